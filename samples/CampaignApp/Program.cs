using CampaignApp;
using CreepLint;

// Build the engine once: it is immutable and thread-safe, and every message reuses it.
var engine = CreepLintEngine.CreateBuilder()
    .AddDefaultRules()
    .WithThresholds(new Thresholds(WarnAt: 35, FailAt: 70))
    .Build();
var gate = new MessageGate(engine);

var templates = Path.Combine(AppContext.BaseDirectory, "templates");
Customer[] customers =
[
    new("c-101", new Dictionary<string, string> { ["first_name"] = "Ana", ["last_viewed"] = "Aspen rain jacket", ["view_count"] = "6", ["app_opens"] = "three" }),
    new("c-102", new Dictionary<string, string> { ["first_name"] = "Ben", ["last_viewed"] = "Oakleaf compost bin", ["view_count"] = "4", ["app_opens"] = "five" }),
    new("c-103", new Dictionary<string, string> { ["first_name"] = "Chloe", ["last_viewed"] = "travel cot", ["view_count"] = "9", ["app_opens"] = "two" }),
];
(string Campaign, Customer Customer)[] sends =
[
    ("spring-sale", customers[0]), ("browse-reminder", customers[0]), ("app-nudge", customers[1]), ("spring-sale", customers[2]), ("baby-club", customers[2]),
];

Console.WriteLine($"Campaign run: {sends.Length} messages, {engine.Rules.Length} rules loaded once.");
var counts = new Dictionary<GateAction, int>();
foreach (var (name, customer) in sends)
{
    var decision = gate.Decide(Campaign.Load(templates, name), customer);
    counts[decision.Action] = counts.GetValueOrDefault(decision.Action) + 1;
    var why = string.Join(", ", decision.Result.Findings.Select(f => $"{f.RuleId} {f.Category.ToId()} '{f.Excerpt}'"));
    Console.WriteLine($"{decision.Action.ToString().ToLowerInvariant(),-9} {name,-16} -> {customer.FirstName,-6} score {decision.Result.Score,3}{(why.Length > 0 ? "  " + why : string.Empty)}");
    Console.WriteLine(decision.TextToSend is null ? "          (held for review, nothing sent)" : $"          sent: {decision.TextToSend}");
}

Console.WriteLine(string.Join(", ", Enum.GetValues<GateAction>().Select(a => $"{a.ToString().ToLowerInvariant()} {counts.GetValueOrDefault(a)}")));
