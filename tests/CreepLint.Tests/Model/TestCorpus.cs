using CreepLint.Model;
using CreepLint.Training;

namespace CreepLint.Tests.Model;

/// <summary>Finds the repository's labelled corpus and builds small custom corpora for training tests.</summary>
internal static class TestCorpus
{
    public static string Root { get; } = FindRoot();

    public static string Train => Path.Combine(Root, "samples", "corpus", "train.jsonl");

    public static string Dev => Path.Combine(Root, "samples", "corpus", "dev.jsonl");

    /// <summary>A kind of creepiness the default pack has no rule for: shaming readers about their loyalty tier.</summary>
    public static IReadOnlyList<TrainingExample> LoyaltyTierShaming { get; } =
    [
        .. new[]
        {
            "Still stuck on Bronze, {{ first_name }}? Members who spend as little as you rarely make Silver.",
            "You've been Bronze for three years. Most members move up; you haven't.",
            "Your tier hasn't budged since 2021. Maybe this is the year you finally reach Gold?",
            "Only Bronze again this year: your spending just isn't Gold material.",
            "Gold members get lounge access. Bronze members like you get this email.",
            "Embarrassing, isn't it? Everyone you shop with has reached Silver except you.",
            "You keep missing Silver by a mile. Spend £200 more and stop being Bronze.",
            "Bronze forever? Your basket says yes.",
            "You're still Bronze while your friends went Gold.",
            "Your Bronze status says a lot about your budget.",
            "Falling behind: you're the only Bronze member on your street.",
            "Don't stay stuck at the bottom tier forever, {{ first_name }}.",
            "Another year on Bronze. Your spending never quite gets there, does it?",
            "Still Bronze? Gold is for members who actually shop with us.",
            "You're one of our least valuable members: still Bronze after 40 orders.",
            "Your Bronze card is looking a bit tired, {{ first_name }}. Time to spend like a Gold member?",
            "Bronze again? Your wallet must be feeling the pinch.",
            "Still not Silver, even after all this time? Your spending says it all.",
            "Members on your tier rarely last. Don't be the Bronze member who gives up.",
            "We expected more from you than Bronze.",
        }.Select((t, i) => new TrainingExample(t, MessageKind.Message, true, CreepCategory.PriceTargeting, "loyalty", i + 1)),
        .. new[]
        {
            "Our loyalty scheme has three tiers: Bronze, Silver and Gold. See what each one offers.",
            "Gold tier members get free delivery on every order this month.",
            "Double points weekend: every tier earns twice as fast.",
            "Your points balance is ready to view in the app.",
            "New for Silver members: early access to the summer sale.",
            "Join our rewards club for free and start at Bronze.",
            "Tier benefits have been refreshed for 2026. Read the new guide.",
            "Bronze, Silver or Gold, every member gets a birthday treat.",
            "You chose email updates about rewards: here are this month's offers.",
            "Points never expire while your account is active.",
            "Refer a friend and you both earn 500 bonus points.",
            "Upgrade thresholds are listed on our rewards page.",
            "Gold status now includes free returns for a whole year.",
            "Every Bronze member can now redeem points on coffee.",
            "Silver and Gold members: your lounge passes are in the app.",
            "Reach Gold by collecting 5,000 points in a calendar year.",
            "Our rewards club turns five: bonus points for every tier.",
            "Spend £50 this week and earn triple points, whatever your tier.",
        }.Select((t, i) => new TrainingExample(t, MessageKind.Message, false, null, "loyalty", i + 21)),
    ];

    public static CreepLintEngine RulesOnly() => CreepLintEngine.CreateBuilder().AddDefaultRules().WithoutModel().Build();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CreepLint.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CreepLint.sln not found above the test directory.");
    }
}
