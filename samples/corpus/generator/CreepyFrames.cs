using static CreepLint.Samples.Corpus.Ctx;
using static CreepLint.Samples.Corpus.FrameKit;

namespace CreepLint.Samples.Corpus;

/// <summary>
/// Creepy construction families. Every frame shows the reader something the sender logged, inferred or obtained about
/// them (TAXONOMY.md). Each frame carries the single most fitting category.
/// </summary>
internal static class CreepyFrames
{
    private const TopicKind Dom = TopicKind.Domain;
    private const TopicKind Att = TopicKind.Attr;
    private const TopicKind Hard = TopicKind.Hardship;
    private const TopicKind Own = TopicKind.None;

    private const string Behav = "behavioral-detail";
    private const string Surv = "surveillance-language";

    public static Family[] All() =>
    [
        ActSpecific(), Gap(), Crowd(), Observer(), TraitAssert(), LifeEvent(), TraitHeadline(), ModelSegment(),
        SystemVoice(), SenderWatcher(), OtherPerson(), Source(), Location(), Price(), Vulnerability(), Placeholder(),
    ];

    // ------------------------------------------------------------------ helpers

    private static (string, string) TwoDays(Ctx c)
    {
        var a = c.R.Next(7);
        var b = (a + c.N(1, 6)) % 7;
        return (Pools.Days[a], Pools.Days[b]);
    }

    private static string Third(string s) => s.Replace("your ", "their ", StringComparison.Ordinal);

    private static string GapSpan(Ctx c) => c.P("two years", Words(c.N(13, 23)) + " months", D0(c.N(13, 30)) + " months",
        "over " + D0(c.N(400, 800)) + " days", "a year and a half", "three years", "just over a year and a half");

    private static string Bought(Ctx c) => c.P("bought", "ordered");

    private static string Habit(Ctx c) => c.D.Acts[0] switch
    {
        "listen" => c.P("listening", "playlists"),
        "watch" => c.P("viewing", "watching"),
        "read" => c.P("reading", "reading habits"),
        _ => c.P("shopping habits", "browsing", "basket"),
    };

    private static string OfferLower(Ctx c) => Lc(c.Offer());

    // ------------------------------------------------------------------ reader as subject of a logged act + a specific

    private static Family ActSpecific() => Fam("act-specific", true, false, 350, 115, Behav,
    [
        F(Dom, c => { var a = c.Act(); return $"You {a.Past} {c.Times()} {c.Period()}{c.Addr()}.{c.Tail()}"; }),
        F(Dom, c => $"Spent {c.Duration()} on the {Cap(c.Cat())} page {c.DayRef()}?{c.Tail()}"),
        F(Dom, c => { var a = c.Act(); return $"{Cap(c.Times(c.N(3, 12)))} {c.P("in two days", "since Friday", "this week", "before lunch", "since payday")}: that's how often you've {a.Perf}.{c.Tail()}"; }),
        F(Dom, c => $"Those {c.Num(c.N(3, 11))} visits to the {Cap(c.Cat())} section {c.Period()} say it all{c.Addr()}.{c.Tail()}"),
        F(Dom, c => $"At {c.Night()} {c.P("last night", "on " + c.Day())} you were still browsing {c.Cat()}{c.Addr()}.{c.Tail()}"),
        F(Dom, c => $"You searched {c.Search()} {c.Times()} {c.P("before midnight", "last night", "on " + c.Day(), "this week", "in one evening")}.{c.Tail()}"),
        F(Dom, c => { var (d1, d2) = TwoDays(c); return $"{d1} at {c.Clock()}, {d2} at {c.Clock()}, and again today at {c.Clock()}: {c.Prod()} clearly caught your eye.{c.Tail()}"; }),
        F(Dom, c => $"Your {c.Ordinal(c.N(3, 9))} look at {c.Prod()} since {c.Day()}{c.Addr()}!{c.Tail()}"),
        F(Dom, c => { var a = c.Act(); return $"{Cap(c.Duration())} {a.Ger} {c.DayRef()}?{c.Tail()}"; }),
        F(Dom, c => $"You opened our {c.Cat()} email {c.Times()}, always after {c.Night()}.{c.Tail()}"),
        F(Dom, c => { var p = c.Prod(); return $"{Cap(p)} {c.Has} been in your basket since {c.Date()}, and you've checked on {c.It} {c.Times()}.{c.Tail()}"; }),
        F(Dom, c =>
        {
            var d1 = c.Device(); var d2 = c.Device();
            if (d1 == d2) return null;
            var a = c.Act();
            return $"On {d1} at {c.Clock()}, then on {d2} at lunch: you {a.Past} twice in one day{c.Addr()}.{c.Tail()}";
        }),
        F(Dom, c => { var p1 = c.Prod(); var p2 = c.Prod(); return p1 == p2 ? null : $"You compared {p1} with {p2} {c.Times()} on {c.Day()}.{c.Tail()}"; }),
        F(Dom, c => { var a = c.Act(); return $"You {a.Past} {c.Times()} in {c.P("one evening", "a single afternoon", "under an hour", "one lunch break")}. We get the hint{c.Addr()}.{c.Tail()}"; }),
        F(Dom, c => { var a = c.Act(); return $"Same time every {c.Day()}: {c.Night()}, {a.Ger}{c.Addr()}.{c.Tail()}"; }),
        F(Dom, c => $"{Cap(c.Num(c.N(3, 40)))} {c.P("tabs", "visits", "sessions")} and {c.Duration()} later, {c.Prod()} {c.Is} still in your basket.{c.Tail()}"),
        F(Dom, c => $"That's look number {c.N(3, 14)} at {c.Prod()} since {c.Day()}{c.Addr()}.{c.Tail()}"),
        F(Dom, c => $"Back on the {Cap(c.Cat())} page for the {c.Ordinal(c.N(3, 9))} time today?{c.Tail()}"),
        F(Dom, c => $"Still up at {c.Night()}, still browsing {c.Cat()}?{c.Tail()}"),
    ],
    [
        F(Dom, c => { var a = c.Act(); return $"Because you {a.Past} {c.Times()} {c.Period()}."; }),
        F(Dom, c => $"Shown because you spent {c.Duration()} on the {Cap(c.Cat())} page {c.DayRef()}."),
        F(Dom, c => $"Why you're seeing this: you searched {c.Search()} {c.Times()} {c.Period()}."),
        F(Dom, c => { var (d1, d2) = TwoDays(c); return $"Recommended after {c.Num(c.N(3, 12))} visits to {c.Prod()} between {d1} and {d2}."; }),
        F(Dom, c => $"Because you opened the app at {c.Night()} on {c.Num(c.N(3, 6))} nights in a row."),
        F(Dom, c => { var a = c.Act(); return $"Picked because you {a.Past} at {c.Night()} {c.P("last night", "on " + c.Day())}."; }),
        F(Dom, c => $"Reason: {c.Num(c.N(3, 20))} views of {c.Prod()} in {c.P("48 hours", "three days", "a week", "one evening")}."),
        F(Dom, c => $"Because you've gone back to {c.Prod()} every evening since {c.Day()}."),
        F(Dom, c => $"Viewed {c.Times()} on this account since {c.Day()}."),
    ]);

    // ------------------------------------------------------------------ negated / perfect aspect gaps

    private static Family Gap() => Fam("gap", true, false, 130, 40, Behav,
    [
        F(Dom, c => $"You haven't {Bought(c)} {c.Pick(c.D.GapObjs)} in {GapSpan(c)}{c.Addr()}.{c.Tail()}"),
        F(Dom, c => $"It's been {c.Num(c.N(7, 30))} months since your last {c.Pick(c.D.OrderNouns)}.{c.Tail()}"),
        F(Dom, c => $"You last {Bought(c)} {c.Pick(c.D.GapObjs)} {D0(c.N(90, 900))} days ago.{c.Tail()}"),
        F(Dom, c => $"No {c.Pick(c.D.OrderNouns)} since {c.Date()}{c.Addr()}?{c.Tail()}"),
        F(Dom, c => $"{D0(c.N(120, 999))} days. That's how long it's been since you last {Bought(c)} {c.Pick(c.D.GapObjs)}.{c.Tail()}"),
        F(Dom, c => $"Your last {c.Pick(c.D.OrderNouns)} was on {c.Date()}, {c.Num(c.N(9, 60))} weeks ago.{c.Tail()}"),
        F(Dom, c => $"You used to {c.P("shop with us", "order", "stop by")} every {c.Day()}. The last time was {c.Num(c.N(5, 20))} weeks ago{c.Addr()}.{c.Tail()}"),
        F(Dom, c => $"Since {c.Date()} you haven't {Bought(c)} {c.Pick(c.D.GapObjs)} once.{c.Tail()}"),
        F(Dom, c => $"Month {D0(c.N(7, 26))} without a {c.Pick(c.D.OrderNouns)} from you{c.Addr()}.{c.Tail()}"),
        F(Dom, c => $"It's been exactly {D0(c.N(31, 400))} days since you last opened the app{c.Addr()}.{c.Tail()}"),
        F(Dom, c => $"You cancelled your {c.Pick(c.D.OrderNouns)} on {c.Date()} and haven't been back: that's {D0(c.N(40, 500))} days.{c.Tail()}"),
        F(Dom, c => { var y = c.N(1, 3); return $"{Cap(Words(y))} year{(y > 1 ? "s" : "")}, {Words(c.N(2, 11))} months and {Words(c.N(2, 27))} days since your last {c.Pick(c.D.OrderNouns)}.{c.Tail()}"; }),
        F(Dom, c => $"Your {c.Ordinal(c.N(4, 15))} {c.Pick(c.D.OrderNouns)} was on {c.Date()}. There hasn't been another since{c.Addr()}.{c.Tail()}"),
        F(Dom, c => $"{Cap(GapSpan(c))} since the last {c.Pick(c.D.OrderNouns)}{c.Addr()}.{c.Tail()}"),
        F(Dom, c => $"Last {c.Pick(c.D.OrderNouns)}: {c.Date()}. {c.P("Time for another?", "Ready for the next one?", "Shall we change that?")}{c.Tail()}"),
    ],
    [
        F(Dom, c => $"Because your last {c.Pick(c.D.OrderNouns)} was {D0(c.N(60, 700))} days ago."),
        F(Dom, c => $"Shown because you haven't {Bought(c)} {c.Pick(c.D.GapObjs)} since {c.Date()}."),
        F(Dom, c => $"Win-back offer: {c.Num(c.N(7, 30))} months since your last {c.Pick(c.D.OrderNouns)}."),
        F(Dom, c => $"Triggered {D0(c.N(45, 400))} days after your last {c.P("visit", "order", "login", "purchase", "booking")}{c.P(".", " with us.", " in " + Cap(c.Cat()) + ".")}"),
        F(Dom, c => $"Because you used to order every {c.Day()} and stopped {c.Num(c.N(4, 20))} weeks ago."),
        F(Dom, c => $"Lapsed {D0(c.N(60, 700))} days: last {c.Pick(c.D.OrderNouns)} on {c.Date()}."),
    ]);

    // ------------------------------------------------------------------ a crowd addressed by logged behaviour

    /// <summary>The close of a crowd address: an offer, or (to keep these frames from all running long) a short line.</summary>
    private static string CrowdEnd(Ctx c) => c.Ch(0.45)
        ? c.P("this one's for you.", "hello!", "we have questions.", "respect.", "here's " + c.Pct() + "% off.", "come back!", "we saved you one.")
        : OfferLower(c);

    private static Family Crowd() => Fam("crowd-behaviour", true, false, 115, 0, Behav,
    [
        F(Dom, c => { var a = c.Act(); return $"To the {D0(c.N(3, 120))} people who {Third(a.Past)} at {c.Night()}: {CrowdEnd(c)}"; }),
        F(Dom, c => { var a = c.Act(); return $"Dear person who {Third(a.Past)} {c.Times()} on {c.P("Valentine's Day", "New Year's Eve", "Christmas Eve", "a Tuesday night", "Boxing Day")}: {c.P("are you OK?", "we have questions.", "respect.", "this one's for you.")}{c.Tail()}"; }),
        F(Dom, c => { var a = c.Act(); return $"To whoever {Third(a.Past)} {c.Times()} {c.Period()}: {CrowdEnd(c)}"; }),
        F(Dom, c => { var a = c.Act(); return $"Shout-out to the customer who {Third(a.Past)} {c.Times()} on {c.Day()}.{c.Tail()}"; }),
        F(Dom, c => { var a = c.Act(); return $"To the one customer in {c.Town()} who {Third(a.Past)} at {c.Night()}: {Lc(c.Hook())}"; }),
        F(Dom, c => { var a = c.Act(); return $"To the {c.Num(c.N(3, 40))} of you who {Third(a.Past)} on {c.Date()} and never checked out: {CrowdEnd(c)}"; }),
        F(Dom, c => { var a = c.Act(); return $"Whoever {Third(a.Past)} at {c.Night()} last night: {CrowdEnd(c)}"; }),
        F(Dom, c => { var a = c.Act(); return $"Dear {D0(c.N(4, 90))} shoppers who {Third(a.Past)} {c.Times()} but never bought: {CrowdEnd(c)}"; }),
        F(Dom, c => { var a = c.Act(); return $"A note to the {D0(c.N(3, 75))} customers who {Third(a.Past)} after midnight on {c.Day()}: {CrowdEnd(c)}"; }),
        F(Dom, c => { var a = c.Act(); return $"Hey, you in {c.Hood()} who {Third(a.Past)} {c.Times()} this week.{c.Tail()}"; }),
        F(Dom, c => $"To the {D0(c.N(3, 60))} people who spent more than {c.Duration()} on the {Cap(c.Cat())} page yesterday: {CrowdEnd(c)}"),
        F(Dom, c => $"Dear {c.P("reader", "shopper", "customer")} who searched {c.Search()} {c.Times()} this week: {CrowdEnd(c)}"),
    ],
    []);

    // ------------------------------------------------------------------ first-person / product voice observing

    private static Family Observer() => Fam("product-voice", true, false, 145, 25, Surv,
    [
        F(Dom, c => $"Psst, it's {c.Prod()}. I saw you looking{c.Addr()}.{c.Tail()}"),
        F(Dom, c => $"Caught you looking at {c.Prod()} again{c.Addr()}.{c.Tail()}"),
        F(Dom, c => $"Still thinking about {c.Prod()} you looked at {c.Times()}?{c.Tail()}", Behav),
        F(Dom, c => $"You created {c.Pick(c.D.Things)} on {c.Date()} but never shared it{c.Addr()}. {c.P("Want to send it to a friend?", "Ready to show it off?", "It's still waiting for you.")}", Behav),
        F(Dom, c => $"Hello again. Yes, it's me, {c.Prod()}. You left me in your basket at {c.Night()}.{c.Tail()}", Behav),
        F(Dom, c => $"I know you've been thinking about me{c.Addr()}. Love, {c.Prod()}."),
        F(Dom, c => $"Saw you checking me out on {c.Day()}. It's {c.Prod()}, by the way.{c.Tail()}"),
        F(Dom, c => $"Remember me? You spent {c.Duration()} with me {c.DayRef()}. It's {c.Prod()}.{c.Tail()}", Behav),
        F(Dom, c => $"It's {c.Prod()} here. We last met on {c.Day()} at {c.Clock()}, and you came back {c.Times()} after that.{c.Tail()}", Behav),
        F(Dom, c => { var p = c.Prod(); return $"You've been eyeing me, I can tell. {Cap(p)} {c.Is} still here{c.Addr()}.{c.Tail()}"; }),
        F(Dom, c => $"You drafted {c.Pick(c.D.Things)} on {c.Date()} at {c.Night()} and never finished it{c.Addr()}.{c.Tail()}", Behav),
        F(Dom, c => $"You got to step {c.N(2, 3)} of 4 of checkout with {c.Prod()} at {c.Night()}, then stopped.{c.Tail()}", Behav),
        F(Dom, c => $"Don't think I didn't see you hovering over 'Buy now'{c.Addr()}. Signed, {c.Prod()}."),
        F(Dom, c => $"I saw you look at me and walk away{c.Addr()}. Come back? Yours, {c.Prod()}."),
    ],
    [
        F(Dom, c => $"Shown because you looked at this {c.Times()} and left.", Behav),
        F(Dom, c => $"Because you stopped at step {c.N(2, 3)} of checkout on {c.Day()} at {c.Clock()}.", Behav),
        F(Dom, c => $"Because you created {c.Pick(c.D.Things)} on {c.Date()} and never shared it.", Behav),
        F(Dom, c => $"Because I saw you looking at {c.Prod()} on {c.Day()}."),
    ]);

    // ------------------------------------------------------------------ an attribute asserted about the reader

    private static Family TraitAssert() => Fam("trait-assertion", true, false, 415, 130, "inferred-trait",
    [
        F(Att, c => $"{c.Pick(c.A.Q)}{c.ATail()}"),
        F(Att, c => $"{c.X(c.Pick(c.A.S))}{c.Addr()}.{c.ATail()}"),
        F(Att, c => $"As {c.Pick(c.A.AsA)}, you'll {c.P("appreciate", "love", "want to see", "get a lot out of")} our {c.AProd()}{c.Addr()}."),
        F(Att, c => $"Other {c.Pick(c.A.Like)} like you are {c.P("stocking up on", "loving", "switching to", "buying")} our {c.AProd()}.{c.ATail()}"),
        F(Att, c => $"Since you're {c.Pick(c.A.YouAre)}{c.Addr()}, {c.P("we've added", "we've picked out", "we've put aside")} our {c.AProd()} for you."),
        F(Att, c => $"Now that you're {c.Pick(c.A.YouAre)}, {Lc(c.AOffer())}"),
        F(Att, c => $"{c.Lead()}{(c.NameUsed ? "we've" : "We've")} put together a few things with {c.Pick(c.A.With)} in mind.{c.ATail()}"),
        F(Att, c => $"Because of {c.Pick(c.A.With)}, we've {c.P("swapped your usual picks for our " + c.A.Range, "moved our " + c.AProd() + " to the top of your feed", "added our " + c.AProd() + " to your next delivery")}{c.Addr()}."),
        F(Att, c => $"Made for {c.Pick(c.A.Like)} like you: our {c.AProd()}, now {c.Pct()}% off."),
        F(Att, c => $"Here's a little help with {c.Pick(c.A.With)}{c.Addr()}: {Lc(c.AOffer())}"),
        F(Att, c => $"{c.Pick(c.A.Q)} You're not alone{c.Addr()}.{c.ATail()}"),
        F(Att, c => $"We know {Lc(c.X(c.Pick(c.A.S)))}{c.Addr()}.{c.ATail()}"),
        F(Att, c => $"{c.Lead()}{(c.NameUsed ? "a" : "A")} quick one for {c.Pick(c.A.Like)} like you: {Lc(c.AOffer())}"),
        F(Att, c => $"{c.Pick(c.A.Q)} {c.P("We've got you.", "We thought so.", "Thought this might help.", "This one's for you.")}{c.ATail()}"),
        F(Att, c => $"{c.X(c.Pick(c.A.S))}, so {c.P("we've taken " + c.Pct() + "% off our " + c.AProd() + " for you", "your next box includes our " + c.AProd(), "we've saved you a " + c.P("seat", "spot", "place") + " at our " + c.P("next event", "Saturday session"))}."),
    ],
    [
        F(Att, c => $"Because you're {c.Pick(c.A.YouAre)}."),
        F(Att, c => $"Picked for you as {c.Pick(c.A.AsA)}."),
        F(Att, c => $"Shown because of {c.Pick(c.A.With)}."),
        F(Att, c => $"Recommended because {Lc(c.X(c.Pick(c.A.S)))}."),
        F(Att, c => $"Why you're seeing this: offers for {c.Pick(c.A.Like)} like you."),
        F(Att, c => $"Offer chosen because you are {c.Pick(c.A.YouAre)}."),
        F(Att, c => $"Suggested with {c.Pick(c.A.With)} in mind."),
    ]);

    // ------------------------------------------------------------------ congratulations and condolences on a private event

    private static Family LifeEvent() => Fam("life-event", true, false, 160, 30, "inferred-trait",
    [
        F(Att, c => c.A.Events.Length == 0 ? null : $"Congratulations on {c.Pick(c.A.Events)}{c.Addr()}!{c.ATail()}"),
        F(Att, c => c.A.Losses.Length == 0 ? null : $"We're so sorry about {c.Pick(c.A.Losses)}{c.Addr()}. {c.P("When you're ready,", "Whenever you need it,")} {Lc(c.AOffer())}"),
        F(Att, c => c.A.Events.Length == 0 ? null : $"Big news about {c.Pick(c.A.Events)}! {c.P("To celebrate,", "To mark it,")} {Lc(c.AOffer())}"),
        F(Att, c => c.A.Events.Length == 0 ? null : $"What a year{c.Addr()}: {c.Pick(c.A.Events)}. {c.AOffer()}"),
        F(Att, c => c.A.Events.Length == 0 ? null : $"To celebrate {c.Pick(c.A.Events)}, here's {c.Pct()}% off our {c.AProd()}."),
        F(Att, c => c.A.Events.Length == 0 ? null : $"A little something for {c.Pick(c.A.Events)}{c.Addr()}: {Lc(c.AOffer())}"),
        F(Att, c => c.A.Losses.Length == 0 ? null : $"Thinking of you after {c.Pick(c.A.Losses)}{c.Addr()}.{c.ATail()}"),
        F(Att, c => c.A.Losses.Length == 0 ? null : $"Our condolences on {c.Pick(c.A.Losses)}. {c.AOffer()}"),
        F(Att, c => c.A.Events.Length == 0 ? null : $"Cheers to {c.Pick(c.A.Events)}{c.Addr()}! {c.AOffer()}"),
        F(Att, c => c.A.Events.Length == 0 ? null : $"We heard about {c.Pick(c.A.Events)}, and we're thrilled for you.{c.ATail()}"),
        F(Att, c => c.A.Losses.Length == 0 ? null : $"Sending love after {c.Pick(c.A.Losses)}. {c.AOffer()}"),
        F(Att, c => c.A.Events.Length == 0 ? null : $"{c.Lead()}{(c.NameUsed ? "here's" : "Here's")} to {c.Pick(c.A.Events)}: {Lc(c.AOffer())}"),
        F(Own, c =>
        {
            var e = c.P("turned 65", "retired", "hit 50", "turned 70", "got your bus pass", "started your pension");
            c.UseAttr(e == "hit 50" ? "midlife" : "older-age");
            return $"Now that you've {e}{c.Addr()}, {Lc(c.AOffer())}";
        }),
    ],
    [
        F(Att, c => c.A.Events.Length == 0 ? null : $"Because you're celebrating {c.Pick(c.A.Events)}."),
        F(Att, c => c.A.Losses.Length == 0 ? null : $"Shown after {c.Pick(c.A.Losses)}."),
        F(Att, c => c.A.Events.Length == 0 ? null : $"Congratulations offer: {c.Pick(c.A.Events)}."),
        F(Att, c => c.A.Losses.Length == 0 ? null : $"Condolence offer following {c.Pick(c.A.Losses)}."),
    ]);

    // ------------------------------------------------------------------ trait-targeting headlines

    private static string Age(Ctx c) => D0(c.PI(30, 35, 40, 45, 50, 55, 60, 65));

    private static Family TraitHeadline() => Fam("trait-headline", true, false, 130, 0, "inferred-trait",
    [
        F(Own, c => { var s = c.Pick(Tables.StillStatus); c.Topic = s.Topic; return $"{Age(c)} and still {s.Text}?{c.Tail()}"; }),
        F(Own, c => { var s = c.Pick(Tables.Problems); c.Topic = s.Topic; return $"Over {Age(c)} and struggling with {s.Text}?{c.Tail()}"; }),
        F(Own, c => { var s = c.Pick(Tables.DecadeStates); c.Topic = s.Topic; return $"In your {c.P("30", "40", "50", "60")}s and {s.Text}?{c.Tail()}"; }),
        F(Own, c => { c.Topic = "age"; return $"Turning {Age(c)} this year{c.Addr()}?{c.Tail()}"; }),
        F(Own, c => { var s = c.Pick(Tables.Identities); c.Topic = s.Topic; return $"{Cap(Words(c.PI(30, 40, 50, 60)))}-something {s.Text} like you?{c.Tail()}"; }),
        F(Own, c => { var s = c.Pick(Tables.StillStatus); c.Topic = s.Topic; return $"Still {s.Text} at {Age(c)}{c.Addr()}?{c.Tail()}"; }),
        F(Own, c => { var s = c.Pick(Tables.Problems); c.Topic = s.Topic; return $"Hit {Age(c)} and noticed {s.Text} getting worse?{c.Tail()}"; }),
        F(Own, c => { c.Topic = "debt"; return $"Under {c.P("25", "30")} and already {c.P("in debt", "behind on your card", "maxed out")}?{c.Tail()}"; }),
        F(Own, c => { c.Topic = "single"; return $"Newly single in your {c.P("30", "40", "50", "60")}s{c.Addr()}?{c.Tail()}"; }),
        F(Own, c => { var s = c.Pick(Tables.Identities); c.Topic = s.Topic; return $"A {Age(c)}-year-old {s.Text} like you deserves {c.P("a fresh start", "a break", "some me-time", "better")}.{c.Tail()}"; }),
        F(Own, c => { var s = c.Pick(Tables.StillStatus); c.Topic = s.Topic; return $"Past {Age(c)} and still {s.Text}? You're not alone.{c.Tail()}"; }),
        F(Own, c => { var s = c.Pick(Tables.DecadeStates); c.Topic = s.Topic; return $"You're in your {c.P("30", "40", "50", "60")}s and {s.Text}. We can help{c.Addr()}.{c.Tail()}"; }),
    ],
    []);

    // ------------------------------------------------------------------ a cluster, segment, score or prediction named to the reader

    private static string When(Ctx c) => c.P("this year", "soon", "in the next six months", "before Christmas", "within a year", "this quarter");

    private static string APct(int n) => (n is 8 or 11 or 18 || n / 10 == 8 ? "an " : "a ") + D0(n) + "%";

    private static string Prob(Ctx c) => "0." + D0(c.N(55, 97));

    private static Family ModelSegment() => Fam("model-segment", true, false, 235, 105, "sensitive-prediction",
    [
        F(Dom, c => $"Customers in your cluster of {c.Pick(Tables.Clusters)} are {c.P("buying", "loving", "switching to")} {c.Prod()} this month.{c.Tail()}"),
        F(Dom, c => $"Our model thinks you're {D0(c.N(55, 96))}% likely to {c.Pick(Tables.Predictions)} {When(c)}{c.Addr()}.{c.Tail()}"),
        F(Dom, c => $"You've been tagged as '{c.Pick(Tables.Tags)}'{c.Addr()}.{c.Tail()}"),
        F(Dom, c => $"Your churn risk just went up to {c.P("high", "very high", D0(c.N(60, 95)) + "%")}{c.Addr()}, so {OfferLower(c)}"),
        F(Dom, c => $"We've scored you {D0(c.N(61, 98))} out of 100 for {c.P("purchase intent", "price sensitivity", "impulse buying", "likelihood to leave")}.{c.Tail()}"),
        F(Dom, c => $"Our algorithm has placed you in the '{c.Pick(Tables.Tags)}' segment.{c.Tail()}"),
        F(Dom, c => $"Our predictions say you'll {c.Pick(Tables.Predictions)} within {c.Num(c.N(2, 9))} months{c.Addr()}.{c.Tail()}"),
        F(Att, c => $"The numbers suggest there's {APct(c.N(55, 96))} chance you're {c.Pick(c.A.YouAre)}.{c.ATail()}"),
        F(Dom, c => $"Our AI estimates your household income at around {c.Money(28000, 140000)} a year{c.Addr()}.{c.Tail()}"),
        F(Att, c => $"Our model has you down as {c.Pick(c.A.AsA)}{c.Addr()}.{c.ATail()}"),
        F(Dom, c => $"Predicted next purchase: {c.Prod()}, in about {c.Num(c.N(3, 20))} days.{c.Tail()}"),
        F(Dom, c => $"Your {c.Pick(Tables.ScoreNames)} dropped to {D0(c.N(12, 48))} this quarter{c.Addr()}.{c.Tail()}"),
        F(Att, c => $"Odds are you're {c.Pick(c.A.YouAre)}: {Words(c.N(6, 9))} in 10 shoppers with a basket like yours are.{c.ATail()}"),
        F(Att, c => $"You fit our '{c.Pick(c.A.Segments)}' profile with {D0(c.N(70, 98))}% confidence{c.Addr()}.{c.ATail()}"),
        F(Dom, c => $"Our data team's forecast puts you among our {c.Pick(Tables.Clusters)}.{c.Tail()}"),
        F(Att, c => $"Our {c.P("algorithm", "machine-learning model", "analytics engine", "AI")} {c.P("suspects", "predicts", "has worked out")} that you're {c.Pick(c.A.YouAre)}.{c.ATail()}"),
        F(Dom, c => $"Churn risk: {c.P("high", "very high", D0(c.N(60, 95)) + "%")}. Retention offer: {c.Pct()}% off the next {c.Pick(c.D.OrderNouns)}{c.Addr()}."),
        F(Dom, c => $"Segment '{c.Pick(Tables.Tags)}' unlocked this offer: {OfferLower(c)}"),
    ],
    [
        F(Dom, c => $"Selected by our {c.P("propensity", "next-best-action", "uplift", "conversion")} model (score {Prob(c)}){c.P(".", " for " + c.Cat() + ".")}"),
        F(Att, c => $"Segment: {c.Pick(c.A.Segments)}."),
        F(Dom, c => $"Our model predicts {APct(c.N(55, 96))} chance you'll {c.Pick(Tables.Predictions)} {When(c)}."),
        F(Att, c => $"Recommended because our model put you in its '{c.Pick(c.A.Segments)}' segment."),
        F(Dom, c => $"Next-best-action: {c.P("retention offer", "win-back voucher", "loyalty upgrade", "save-desk call")}, {c.P("churn", "attrition", "lapse")} probability {Prob(c)}."),
        F(Dom, c => $"Chosen because you scored {Prob(c)} on our {c.P("upsell", "affordability", "impulse-buy", "persuasion")} model."),
        F(Dom, c => $"Cluster {D0(c.N(2, 40))}: {c.Pick(Tables.Clusters)}."),
        F(Att, c => $"Why you're seeing this: our model estimates {APct(c.N(55, 96))} probability that you're {c.Pick(c.A.YouAre)}."),
    ]);

    // ------------------------------------------------------------------ system / monitoring voice

    private static Family SystemVoice() => Fam("system-voice", true, false, 115, 40, Surv,
    [
        F(Dom, c => { var a = c.Act(); return $"Our systems indicate that you've been {a.Ger}{c.Addr()}.{c.Tail()}"; }),
        F(Dom, c => { var a = c.Act(); return $"Our records show you {a.Past} but didn't check out.{c.Tail()}"; }),
        F(Dom, c => { var a = c.Act(); return $"Account activity review: you've been {a.Ger}.{c.Tail()}"; }),
        F(Dom, c => $"Our tracking tools picked up your interest in {c.Cat()}{c.Addr()}.{c.Tail()}"),
        F(Dom, c => $"System notice: your browsing session has been logged and analysed. New {c.Cat()} recommendations below."),
        F(Dom, c => $"Our monitoring shows you've been comparing {c.Cat()}{c.Addr()}.{c.Tail()}"),
        F(Dom, c => $"Automated alert: activity detected on your account in our {Cap(c.Cat())} section.{c.Tail()}"),
        F(Dom, c => $"According to our logs, you're a regular on our {c.Cat()} pages.{c.Tail()}"),
        F(Dom, c => $"Your profile has been updated with your latest browsing behaviour{c.Addr()}.{c.Tail()}"),
        F(Dom, c => $"We record every click, so we know {c.Prod()} {c.Is} on your mind.{c.Tail()}"),
        F(Dom, c => $"Behavioural analysis of your account suggests you're ready for {c.Prod()}.{c.Tail()}"),
        F(Dom, c => $"Our software follows your activity across the app, and it says {c.Prod()} {c.Is} the one{c.Addr()}."),
        F(Dom, c => $"Activity report: your interest in {c.Cat()} has been recorded.{c.Tail()}"),
        F(Dom, c => $"Activity logged: {c.Cat()} pages, {c.Period()}. Recommendations updated{c.Addr()}.{c.Tail()}"),
    ],
    [
        F(Dom, c => $"Generated from {c.P("continuous", "round-the-clock", "ongoing")} monitoring of your {c.P("account activity", "sessions", "app use")}{c.P(".", " in " + Cap(c.Cat()) + ".")}"),
        F(Dom, c => $"Triggered by our tracking of your browsing on {c.Day()}."),
        F(Dom, c => $"Our systems logged your interest in {c.Cat()}."),
        F(Dom, c => $"Based on an analysis of your recorded {c.P("sessions", "clicks", "app activity")}."),
        F(Dom, c => $"Selected after reviewing your activity logs in {Cap(c.Cat())}."),
        F(Dom, c => $"Source: session logs for this account, {Cap(c.Cat())} section."),
    ]);

    // ------------------------------------------------------------------ the sender as watcher

    private static Family SenderWatcher() => Fam("sender-watcher", true, false, 125, 30, Surv,
    [
        F(Dom, c => { var a = c.Act(); return $"We noticed you've been {a.Ger}{c.Addr()}.{c.Tail()}"; }),
        F(Dom, c => $"We've been keeping an eye on your {c.P("basket", "wishlist", "browsing")}{c.Addr()}, and {c.P("you've got great taste", "we like what we see", "we have ideas")}.{c.Tail()}"),
        F(Dom, c => $"We can see you're still thinking about {c.Prod()}.{c.Tail()}"),
        F(Dom, c => { var a = c.Act(); return $"We couldn't help noticing you {a.Past}{c.Addr()}.{c.Tail()}"; }),
        F(Dom, c => { var a = c.Act(); return $"Don't think we didn't notice you {a.Past}.{c.Tail()}"; }),
        F(Dom, c => { var a = c.Act(); return $"Nothing gets past us: you {a.Past}{c.Addr()}.{c.Tail()}"; }),
        F(Dom, c => $"We've been watching your {Habit(c)}{c.Addr()}, and we have thoughts.{c.Tail()}"),
        F(Dom, c => { var a = c.Act(); return $"Our team spotted you {a.Ger}.{c.Tail()}"; }),
        F(Dom, c => $"We know you've had your eye on {c.Prod()}{c.Addr()}.{c.Tail()}"),
        F(Dom, c => { var a = c.Act(); return $"We can tell you've been {a.Ger}.{c.Tail()}"; }),
        F(Dom, c => { var a = c.Act(); return $"Yes, we saw you {a.Ger}{c.Addr()}.{c.Tail()}"; }),
        F(Dom, c => { var a = c.Act(); return $"Been {a.Ger} again? We noticed.{c.Tail()}"; }),
        F(Dom, c => $"We've clocked your interest in {c.Cat()}{c.Addr()}.{c.Tail()}"),
        F(Dom, c => $"Noticed: another late look at {c.Prod()} {c.P("tonight", "last night", "on " + c.Day())}.{c.Tail()}"),
        F(Dom, c => $"We're seeing a lot of interest in {c.Prod()} from this account lately{c.Addr()}.{c.Tail()}"),
    ],
    [
        F(Dom, c => { var a = c.Act(); return $"Because we noticed you {a.Past}."; }),
        F(Dom, c => $"Because our team keeps an eye on what you {c.P("browse", "click", "save", "put in your basket")}{c.P(".", " in " + Cap(c.Cat()) + ".")}"),
        F(Dom, c => { var a = c.Act(); return $"Because we saw you {a.Ger}."; }),
        F(Dom, c => $"Because we've been following your activity in {Cap(c.Cat())}."),
        F(Dom, c => $"Surfaced because we watch every {c.P("session", "visit", "scroll")} for signs you're ready to buy {c.Cat()}."),
    ]);

    // ------------------------------------------------------------------ another person's activity revealed

    private static string Friend(Ctx c) => c.P("Your friend " + c.Person(), c.Person() + " from your contacts",
        "Your colleague " + c.Person(), c.Person() + ", who you follow on " + c.Social() + ",");

    private static Family OtherPerson() => Fam("other-person", true, false, 115, 40, "undisclosed-source",
    [
        F(Dom, c => c.Retail() + $"{Friend(c)} just bought {c.Prod()} from {c.Brand}.{c.Tail()}"),
        F(Dom, c => c.Retail() + $"Your partner ordered {c.Prod()} last week{c.Addr()}. Want a matching one?"),
        F(Dom, c => $"Your friend {c.Person()} has been looking at {c.Prod()}. {c.P("Surprise them!", "Beat them to it?", "Great minds!")}"),
        F(Dom, c => { var a = c.Act(); return $"{c.Person()} from your contacts has been {Third(a.Ger)} {c.Period()}.{c.Tail()}"; }),
        F(Dom, c => c.Retail() + $"Your neighbours at number {D0(c.N(2, 60))} just bought {c.Prod()}. You're the last on the street!"),
        F(Dom, c => $"{Cap(c.Num(c.N(3, 12)))} of your colleagues at {c.Company()} switched to us this month{c.Addr()}.{c.Tail()}"),
        F(Dom, c => $"{Cap(c.Relative())} searched for {c.Prod()} yesterday. Beat them to it?"),
        F(Dom, c => c.Retail() + $"Your housemate {c.Person()} ordered {c.Prod()} to your address last week. Want one too?"),
        F(Dom, c => c.Retail() + $"People in your phone contacts have bought {c.Prod()} {c.Times()} this month.{c.Tail()}"),
        F(Dom, c => $"Your ex just joined {c.Brand}{c.Addr()}. Awkward? Here's {c.Pct()}% off to make up for it."),
        F(Dom, c => { var a = c.Act(); return $"{Cap(c.Relative())} has been {Third(a.Ger)} all week{c.Addr()}. Want to split it?"; }),
        F(Dom, c => $"{Friend(c)} added {c.Prod()} to a wishlist yesterday. Birthday sorted?"),
        F(Dom, c => c.Retail() + $"{c.Person()} (from the contacts on this phone) just bought {c.Prod()}.{c.Tail()}"),
    ],
    [
        F(Dom, c => $"Because your friend {c.Person()} bought this last week."),
        F(Dom, c => c.Retail() + $"Because {c.Relative()}'s account ordered {c.Prod()}."),
        F(Dom, c => $"Because people in your phone contacts follow {c.Brand}."),
        F(Dom, c => $"Because {c.Person()}, one of your {c.Social()} friends, has been looking at this."),
        F(Dom, c => $"Because {c.Num(c.N(3, 9))} of your colleagues at {c.Company()} bought it."),
    ]);

    // ------------------------------------------------------------------ undisclosed sources

    private static string CreditFact(Ctx c) => c.P("a new mortgage this spring", "two new cards this year", "you've just paid off your car loan",
        "a new joint account", "a loan application last month", "you've moved address twice this year");

    private static string BrokerFact(Ctx c) => c.P("just moved house", "shop at " + c.Competitor() + " most weekends", "have a dog",
        "bought a new car in " + c.Month(), "earn over " + c.Money(40000, 120000) + " a year", "fly abroad twice a year",
        "rent rather than own", "have two kids under ten");

    private static string BrokerLabel(Ctx c) => c.P("a new homeowner", "a frequent flyer", "a dog owner", "a high earner",
        "a recent mover", "a car buyer in the market", "a renter");

    private static Family Source() => Fam("undisclosed-source", true, false, 145, 50, "undisclosed-source",
    [
        F(Dom, c => c.UseDomain("banking", "insurance", "cars", "furniture") + $"Your credit file shows {CreditFact(c)}, so {OfferLower(c)}"),
        F(Dom, c => $"Our data partners tell us you {BrokerFact(c)}{c.Addr()}.{c.Tail()}"),
        F(Dom, c => $"We bought a list that says you {BrokerFact(c)}.{c.Tail()}"),
        F(Dom, c => $"Your {c.Social()} likes say you're into {c.Cat()}.{c.Tail()}"),
        F(Dom, c => $"Saw your post about {c.Cat()} on {c.Social()}{c.Addr()}!{c.Tail()}"),
        F(Dom, c => $"Your {c.P("smart TV", "smart speaker", "e-reader", "games console")} told us you've been {c.P("into", "all about", "watching a lot of")} {c.Cat()} lately.{c.Tail()}"),
        F(Dom, c => c.UseDomain("furniture", "insurance", "banking", "garden") + $"Public records show you {c.P("bought a house on " + c.Street() + " in " + c.Month(), "registered a new company in " + c.Month(), "got married in " + c.Month(), "changed your name this year")}{c.Addr()}.{c.Tail()}"),
        F(Dom, c => $"Your shopping on {c.Site()} says you love {c.Cat()}.{c.Tail()}"),
        F(Dom, c => c.UseDomain("insurance", "fitness", "running") + $"Your fitness tracker shared your {c.P("resting heart rate", "sleep data", "step count", "weekly activity")} with us{c.Addr()}.{c.Tail()}"),
        F(Dom, c => $"A data broker flagged you as {BrokerLabel(c)}, so {OfferLower(c)}"),
        F(Dom, c => $"We matched your email address to your {c.Social()} profile{c.Addr()}.{c.Tail()}"),
        F(Dom, c => $"Your voice assistant heard you mention {c.Prod()}.{c.Tail()}"),
        F(Dom, c => c.UseDomain("insurance", "cars") + $"Your car's onboard computer says {c.P("you brake late and hard", "you drive mostly after dark", "you did 400 miles last week", "you park on the street overnight")}{c.Addr()}.{c.Tail()}"),
        F(Dom, c => $"Your bank transactions, shared by our partner, show you spend {c.Money(40, 600)} a month on {c.Cat()}.{c.Tail()}"),
        F(Dom, c => $"Your browsing on {c.Site()} last night tells us you're shopping for {c.Cat()}.{c.Tail()}"),
        F(Dom, c => c.UseDomain("furniture", "garden", "grocery", "sleep", "kitchen") + $"Your {c.P("robot vacuum's map", "smart doorbell", "smart fridge", "thermostat")} {c.P("tells us", "shows", "says")} {c.P("you've had a lot of deliveries lately", "someone new has moved in", "you're home every weekday", "you're away most weekends")}.{c.Tail()}"),
        F(Dom, c => $"Matched via our data partner as {BrokerLabel(c)}{c.Addr()}. {c.Offer()}"),
    ],
    [
        F(Dom, c => $"Recommended using data from our {c.P("marketing partners", "data partners", "retail partners")} about your {c.P("household", "spending", "lifestyle", "finances")}."),
        F(Dom, c => $"Based on your {c.Social()} activity."),
        F(Dom, c => $"Because {c.Site()} told us you looked at {c.Cat()}."),
        F(Dom, c => $"Matched from a third-party {c.P("data provider", "data broker", "audience network")}{c.P(".", " to your " + c.P("email address", "phone number", "postcode") + ".")}"),
        F(Dom, c => $"Because your smart speaker heard you ask about {c.Prod()}."),
        F(Dom, c => c.UseDomain("banking", "insurance", "cars") + $"Because your credit file shows {CreditFact(c)}."),
        F(Dom, c => $"Because a data broker lists you as {BrokerLabel(c)}."),
    ]);

    // ------------------------------------------------------------------ location

    private static Family Location() => Fam("location", true, false, 235, 80, "location-tracking",
    [
        F(Dom, c => $"You're near {c.Store()} right now{c.Addr()}!{c.Tail()}"),
        F(Own, c => { var p = c.Place(out var t); c.Topic = t; return $"Just left {p}?{c.Tail()}"; }),
        F(Dom, c => { c.UseDomain("travel", "coffee", "takeaway", "fashion"); return $"Spotted you landing in {c.City()}{c.Addr()}.{c.Tail()}"; }),
        F(Own, c => { var p = c.Place(out var t); c.Topic = t; return $"Back at {p} again{c.Addr()}?{c.Tail()}"; }),
        F(Dom, c => $"You walked past {c.Store()} {c.Times()} this week.{c.Tail()}"),
        F(Dom, c => c.UseDomain("coffee", "takeaway", "fashion", "pharmacy") + $"Enjoying {c.City()}? There's a {c.Brand} {c.P("two minutes", "five minutes", "a short walk", "300 metres")} from your hotel."),
        F(Own, c => { var p = c.Place(out var t); c.Topic = t; return $"Your phone has been at {p} most {c.Day()}s lately.{c.Tail()}"; }),
        F(Dom, c => $"Your daily commute goes right past {c.Store()}. Pop in on your way{c.Addr()}.{c.Tail()}"),
        F(Own, c => { var p = c.Place(out var t); c.Topic = t; return $"Spent the morning at {p}?{c.Tail()}"; }),
        F(Dom, c => $"You were at {c.Competitor()} on {c.Street()} yesterday{c.Addr()}. We'll beat their price."),
        F(Dom, c => $"Looks like you're in {c.Hood()} tonight.{c.Tail()}"),
        F(Own, c => { var p = c.Place(out var t); c.Topic = t; return $"Spotted you at {p} on {c.Day()}{c.Addr()}.{c.Tail()}"; }),
        F(Own, c => { var p = c.Place(out var t); c.Topic = t; return $"Heading home from {p}?{c.Tail()}"; }),
        F(Dom, c => { c.UseDomain("travel", "coffee", "books", "electronics"); return $"You've been at {c.Airport()} for {c.Duration()} now.{c.Tail()}"; }),
        F(Dom, c => $"{Cap(c.Num(c.N(2, 9)))} minutes from where you are right now: {c.Store()}.{c.Tail()}"),
        F(Dom, c => $"{Cap(c.Num(c.N(2, 9)))} minutes from {c.Store()} right now?{c.Tail()}"),
        F(Own, c => { var p = c.Place(out var t); c.Topic = t; return $"{Cap(c.Duration())} at {p} today{c.Addr()}. {c.P("Time for a treat?", "Long day?", "Fancy a break?")}{c.Tail()}"; }),
    ],
    [
        F(Own, c => { var p = c.Place(out var t); c.Topic = t; return $"Because your device was detected near {p}."; }),
        F(Own, c => { var p = c.Place(out var t); c.Topic = t; return $"Triggered when you arrived at {p}."; }),
        F(Own, c => { var p = c.Place(out var t); c.Topic = t; return $"Because your location history shows weekly visits to {p}."; }),
        F(Dom, c => $"Because you were within {D0(c.N(50, 400))} metres of {c.Store()}."),
        F(Dom, c => $"Offer triggered when your phone entered {c.Town()} retail park."),
        F(Own, c => { var p = c.Place(out var t); c.Topic = t; return $"Because you spent {c.Duration()} at {p} on {c.Day()}."; }),
        F(Dom, c => $"Geofence trigger: within {D0(c.N(50, 400))} metres of {c.Store()} at {c.Clock()}."),
    ]);

    // ------------------------------------------------------------------ price targeting by willingness to pay

    private static Family Price() => Fam("price-wtp", true, false, 160, 60, "price-targeting",
    [
        F(Dom, c => c.Retail() + $"Since you always pay full price, we've kept {c.Prod()} at {c.Price()} for you."),
        F(Dom, c => c.Retail() + $"Your personal price for {c.Prod()} is {c.Price()}{c.Addr()}, based on what you've paid before."),
        F(Dom, c => $"Because you're shopping on {c.P("an expensive phone", "the newest " + c.Pick(Pools.Models) + " phone", "a top-of-the-range laptop")}, your price for {c.Retail()}{c.Prod()} is {c.Price()}."),
        F(Dom, c => { c.Retail(); var p = c.Prod(); return $"You never use coupons, so no discount this time{c.Addr()}. {Cap(p)} {c.Is} {c.Price()}."; }),
        F(Dom, c => { c.Retail(); var p = c.Prod(); return $"Customers like you don't mind paying a bit more, so {p} {c.Is} {c.Price()} for you."; }),
        F(Dom, c => $"Your price is a little higher because our data says you can afford it{c.Addr()}."),
        F(Dom, c => $"We know you'll pay for speed, so express delivery is {c.Money(8, 25)} for you."),
        F(Dom, c => $"No discount for you this time{c.Addr()}: you'd have bought it anyway."),
        F(Dom, c => c.UseDomain("insurance", "banking") + $"Your renewal quote is {c.Money(200, 1400)}. Customers who've stayed as long as you rarely shop around."),
        F(Dom, c => c.UseDomain("travel") + $"Your fare is {c.Money(60, 600)} because you've searched it {c.Times()}."),
        F(Dom, c => { c.Retail(); var p = c.Prod(); return $"Prices on your account are set by your postcode's average income: {p} {c.Is} {c.Price()}."; }),
        F(Dom, c => c.SetTopic("rides") + $"Your battery's at {D0(c.N(3, 9))}%, so tonight's ride home is {c.Money(18, 60)}."),
        F(Dom, c => $"As one of our least price-sensitive shoppers, you get {c.Retail()}{c.Prod()} at our premium rate of {c.Price()}."),
        F(Dom, c => $"Other shoppers got {D0(c.N(15, 30))}% off. You get {D0(c.N(2, 5))}%, because you always come back anyway{c.Addr()}."),
        F(Dom, c => { c.Retail(); var p = c.Prod(); return $"No discount on {p} this time: the last {c.Num(c.N(3, 8))} orders on this account were all paid at full price."; }),
    ],
    [
        F(Dom, c => $"Price adjusted to your {c.P("estimated willingness to pay", "predicted budget", "spending profile", "price sensitivity")}{c.P(".", " for " + c.Cat() + ".")}"),
        F(Dom, c => $"Discount withheld: {c.P("customer usually pays full price", "you rarely use discount codes", "you've never waited for a sale")}{c.P(".", " on " + c.Cat() + ".")}"),
        F(Dom, c => $"Higher tier shown because you're browsing on {c.P("an expensive phone", "a premium laptop", "a new tablet")}."),
        F(Dom, c => c.SetTopic("rides") + $"Surge {c.P("x1.4", "x1.6", "x2", "of " + D0(c.N(20, 80)) + "%")} applied: you've accepted surges before without checking other apps."),
        F(Dom, c => $"Offer capped at {D0(c.N(2, 5))}% because you {c.P("buy every launch on day one", "always reorder within a week", "never leave items in your basket", "check out without comparing prices")}."),
        F(Dom, c => $"Price set from your {c.P("predicted income band", "postcode's average income", "device and location", "purchase history")}{c.P(".", ": " + c.Retail() + c.Prod() + " at " + c.Price() + ".")}"),
        F(Dom, c => $"Why this price? You {c.P("paid full price for", "didn't wait for the sale on", "bought on launch day")} {c.Prod()}, so no discount was applied."),
    ]);

    // ------------------------------------------------------------------ vulnerability pressure bound to a hardship

    private static string Urg(Ctx c) => c.X(c.Pick(Tables.Urgency));

    private static Family Vulnerability() => Fam("vulnerability-pressure", true, false, 215, 45, "vulnerability",
    [
        F(Hard, c => $"{c.Pick(c.H.Q)} Get {c.Pick(c.H.Offers)} now. {Urg(c)}"),
        F(Hard, c => $"{c.Pick(c.H.S)}{c.Addr()}, and {c.Pick(c.H.Offers)} {c.P("won't be here tomorrow", "is only available until " + c.Clock(), "ends at midnight")}."),
        F(Hard, c => $"{c.Pick(c.H.Q)} Don't wait: {c.Pick(c.H.Offers)} is only available until {c.Clock()} tonight."),
        F(Hard, c => $"{c.Pick(c.H.S)}. {Cap(c.Pick(c.H.Offers))}: {Urg(c)}"),
        F(Hard, c => $"{c.Pick(c.H.Q)} Tap in the next {D0(c.N(5, 30))} minutes for {c.Pick(c.H.Offers)}."),
        F(Hard, c => $"Before {c.H.Noun} gets worse{c.Addr()}: {c.Pick(c.H.Offers)}, for {c.Num(c.N(2, 6))} more hours only."),
        F(Hard, c => $"Quick{c.Addr()}! {c.Pick(c.H.S)}, and {c.Pick(c.H.Offers)} ends {c.P("tonight", "at midnight", "in an hour")}."),
        F(Hard, c => $"{Urg(c)} {c.Pick(c.H.Q)} {Cap(c.Pick(c.H.Offers))} could help."),
        F(Hard, c => $"Last chance{c.Addr()}. {c.Pick(c.H.S)}, and this is the last time we can offer {c.Pick(c.H.Offers)} at this price."),
        F(Hard, c => $"{c.Pick(c.H.S)}. We're holding {c.Pick(c.H.Offers)} for you until {c.Clock()} tonight, then it's gone."),
        F(Hard, c => $"Don't face {c.H.Noun} alone{c.Addr()}: {c.Pick(c.H.Offers)}, {c.Num(c.N(2, 5))} spots left."),
        F(Hard, c => $"{c.Pick(c.H.Q)} Only {c.Num(c.N(2, 9))} people can claim {c.Pick(c.H.Offers)} today."),
    ],
    [
        F(Hard, c => $"Urgency banner on: customer {c.H.State}."),
        F(Hard, c => $"Countdown offer aimed at {c.H.Crowd}."),
        F(Hard, c => $"Shown with a timer because you're {c.H.YouAre}."),
        F(Hard, c => $"Flash offer for {c.H.Crowd}; high response to urgency."),
        F(Hard, c => $"Scarcity message targeted at {c.H.Crowd}."),
    ]);

    // ------------------------------------------------------------------ sensitive-field placeholders in neutral copy

    private static string Fld(Ctx c, FieldType t, params string[] only)
    {
        var candidates = Tables.Fields.Where(f => f.Type == t && (only.Length == 0 || only.Contains(f.Name))).ToArray();
        c.F = c.Pick(candidates);
        c.Topic = c.F.Topic;
        return c.Ph(c.F.Name);
    }

    private static string AnyFld(Ctx c)
    {
        c.F = c.Pick(Tables.Fields);
        c.Topic = c.F.Topic;
        return c.Ph(c.F.Name);
    }

    private static string Hi(Ctx c) => c.P("Hi ", "Hello ", "Dear ") + c.PhName();

    private static string Neutral(Ctx c) => c.P("Here's " + c.Pct() + "% off everything this week.", "Free delivery until Sunday.",
        "Our new range has just landed.", "Use code " + c.Code() + " at checkout.", "Doors open at 9am on Saturday.",
        "Members save an extra " + c.Pct() + "% this weekend.");

    private static string Unit(SensitiveField f) => f.Name switch
    {
        "view_count" => "views",
        "visit_count" => "visits",
        "session.dwell_seconds" => "seconds on our site",
        "late_night_sessions" => "late-night sessions",
        _ => "searches",
    };

    private static Family Placeholder() => Fam("sensitive-placeholder", true, false, 230, 30, "sensitive-field",
    [
        F(Own, c => $"{Hi(c)}, ahead of {Fld(c, FieldType.Date)}, here's {c.Pct()}% off {c.P("everything in store", "our new range", "your next order")}."),
        F(Own, c => $"Get ready for {Fld(c, FieldType.Date)}{c.Addr()}: {Lc(Neutral(c))}"),
        F(Own, c => $"{c.PhName()}, your score this month: {Fld(c, FieldType.Score)}. {Neutral(c)}"),
        F(Own, c => $"Thanks for being with us, {c.PhName()} (score: {Fld(c, FieldType.Score)}). {Neutral(c)}"),
        F(Own, c => { var f = Fld(c, FieldType.Count); return $"You've looked at {c.Ph("product.name")} {f} times. {c.Hook()}"; }),
        F(Own, c => { var f = Fld(c, FieldType.Count); return $"{f} {Unit(c.F)} and counting{c.Addr()}! {Neutral(c)}"; }),
        F(Own, c => $"Deals picked for a {Fld(c, FieldType.Money)} income{c.Addr()}: {Lc(Neutral(c))}"),
        F(Own, c => $"Our picks for households on {Fld(c, FieldType.Money)}. {Neutral(c)}"),
        F(Own, c => $"Still near {Fld(c, FieldType.Place)}? Pop in today for {c.Pct()}% off."),
        F(Own, c => $"{c.PhName()}, there's a {c.Brand} five minutes from {Fld(c, FieldType.Place)}."),
        F(Own, c => { _ = Fld(c, FieldType.Flag); return $"{c.IfOpen(c.F.Name)}{FlagCopy(c)}{c.IfClose()}"; }),
        F(Own, c => { _ = Fld(c, FieldType.Flag); return $"{Hi(c)}! {c.IfOpen(c.F.Name)}{FlagCopy(c)} {c.IfClose()}Here's what's new this week."; }),
        F(Own, c => $"New support for people living with {Fld(c, FieldType.Label, "health.condition", "inferred_condition")}. {Neutral(c)}"),
        F(Own, c => $"{Hi(c)}, your {Fld(c, FieldType.Label)} plan starts on Monday."),
        F(Own, c => $"{Fld(c, FieldType.Label, "predicted_life_event", "segment.life_stage")} calls for a treat: {c.Pct()}% off this week."),
        F(Own, c => $"At {Fld(c, FieldType.Age)}, your skin needs more than moisturiser. {Neutral(c)}"),
        F(Own, c => $"{Hi(c)}, here are this week's picks for {Fld(c, FieldType.Age)}-year-olds."),
        F(Own, c => $"{Hi(c)}, we've tailored this week's deals to {AnyFld(c)}."),
        F(Own, c => $"Personalised for you: {AnyFld(c)}. {Neutral(c)}"),
    ],
    [
        F(Own, c => $"Because {AnyFld(c)}."),
        F(Own, c => $"{c.P("Reason", "Why this offer", "Targeting")}: {AnyFld(c)} ({c.P("model score", "confidence", "rank")} {c.Ph("nba.model_score")})."),
        F(Own, c => $"Recommended because: {c.Ph("nba.reason_code")} ({AnyFld(c)})."),
        F(Own, c => $"{c.P("Segment", "Audience", "Rule matched", "Shown to")}: {Fld(c, FieldType.Flag)}{c.P(".", " = true.", " (auto).")}"),
        F(Own, c => $"{c.P("Shown to you", "Picked for you", "Offer selected", "Recommended")} based on {AnyFld(c)}."),
    ]);

    /// <summary>Neutral copy for a conditional block: the topic's products named, nothing asserted.</summary>
    private static string FlagCopy(Ctx c)
    {
        var a = Array.Find(Attributes.All, x => x.Key == c.F.Topic);
        if (a is null) return Neutral(c);
        c.A = a;
        return c.AOffer();
    }
}
