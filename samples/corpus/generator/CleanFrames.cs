using static CreepLint.Samples.Corpus.Ctx;
using static CreepLint.Samples.Corpus.FrameKit;

namespace CreepLint.Samples.Corpus;

/// <summary>
/// Clean construction families. The hard ones share topics, words and forms with the creepy frames (minimal pairs):
/// the topic named but not asserted, aggregate framing, education, the reader's declared preferences, their own
/// transactions, product facts with numbers, surveillance words used innocently, warm copy that reveals nothing, one
/// price for everyone, group offers, and declared or transactional placeholders. The plain family is ordinary promotion.
/// </summary>
internal static partial class CleanFrames
{
    private const TopicKind Dom = TopicKind.Domain;
    private const TopicKind Att = TopicKind.Attr;
    private const TopicKind Own = TopicKind.None;

    public static Family[] All() =>
    [
        TopicMention(), Aggregate(), Education(), Declared(), Transactional(), ProductFacts(), InnocentWords(),
        WarmWinback(), OnePrice(), GroupOffer(), WarmQuestion(), CleanPlaceholder(), PlainPromo(),
        AccountNotice(), AppEngagement(), WarmAddressedOffer(), PushyPromo(), Transparency(), ProductSchedule(),
    ];

    private static readonly string[] s_durable = ["furniture", "electronics", "kitchen", "sleep", "garden", "running", "fashion", "jewellery"];

    private static string A(string word) => ("aeiou".Contains(char.ToLowerInvariant(word[0]), StringComparison.Ordinal) || word.StartsWith('8') || word.StartsWith("11", StringComparison.Ordinal) || word == "18" ? "an " : "a ") + word;

    private static string Season(Ctx c) => c.P("spring", "summer", "autumn", "winter");
    private static string Holiday(Ctx c) => c.P("Christmas", "Mother's Day", "Father's Day", "Easter", "Halloween", "Valentine's Day");
    private static string OfferLower(Ctx c) => Lc(c.Offer());
    private static string Stars(Ctx c) => "4." + D0(c.N(3, 9));
    private static string Order(Ctx c) => D0(c.N(1000, 99999));
    private static string Service(Ctx c) => c.P("Free blood pressure checks", "Free flu jabs", "Late-night opening", "Same-day delivery", "Free alterations");

    // ------------------------------------------------------------------ the topic named, not asserted

    private static Family TopicMention() => Fam("topic-mention", false, true, 300, 40, null,
    [
        F(Att, c => $"Our {c.A.Range} is {c.Pct()}% off this week.{c.Close()}"),
        F(Att, c => $"New in our {c.A.Range}: {c.AProd()}, from {c.Money()}.{c.Close()}"),
        F(Att, c => { var p = c.AProd(); return $"{Cap(p)} {c.Is} now {c.Pct()}% off, in store and online."; }),
        F(Att, c => $"Back in stock: {c.AProd()}, at every {c.Brand} store.{c.Close()}"),
        F(Att, c => $"{Cap(c.Pick(c.A.Services))} at every {c.Brand} branch, no appointment needed.{c.Close()}"),
        F(Att, c => $"We've expanded our {c.A.Range} with {c.Num(c.N(8, 60))} new lines{c.Addr(0.2)}.{c.Close()}"),
        F(Att, c => $"Shop the {c.A.Range} online, with free delivery over {c.Money(20, 60)}.{c.Close()}"),
        F(Att, c => c.A.Public.Length == 0 ? null : $"{c.Pick(c.A.Public)} is coming up: {Lc(c.AOffer())}"),
        F(Att, c => $"Introducing our {c.A.Range}, designed with {c.A.Experts}.{c.Close()}"),
        F(Att, c => $"Everything in our {c.A.Range} is now available for next-day delivery.{c.Close()}"),
        F(Att, c => { var p = c.AProd(); return $"Our {p} {c.Has} been redesigned: {c.P("simpler to order and quicker to arrive", "now with a 30-day trial", "now with half the packaging", "now with free next-day delivery")}."; }),
        F(Att, c => $"{Cap(c.Pick(c.A.Services))}, open to everyone: ask at any {c.Brand} branch.{c.Close()}"),
        F(Att, c => { var p = c.AProd(); return $"{Cap(p)}: {c.Pct()}% off until {c.Day()}, for everyone."; }),
        F(Att, c => $"{c.Lead(0.2)}{(c.NameUsed ? "just" : "Just")} landed in the {c.A.Range}: {c.AProd()}.{c.Close()}"),
        F(Att, c => $"{c.AOffer()} {c.P("In store and online.", "While stocks last.", "Click and collect in an hour.", "Free returns as always.")}"),
        F(Att, c => $"Whatever you're shopping for, our {c.A.Range} has {c.AProdA()} from {c.Money()}.{c.HookTail()}"),
        F(Att, c => $"You'll find {c.AProdA()} in our {c.A.Range}, {c.P("in store and online", "with free delivery", "from " + c.Money())}{c.Addr(0.3)}.{c.HookTail()}"),
        F(Att, c => $"Did you know our {c.A.Range} now ships free? {c.P("Take a look.", "Have a browse.", "See what's new.")}"),
        F(Att, c => $"Shopping for someone else? Our {c.A.Range} has gift cards from {c.Money(5, 30)}.{c.HookTail()}"),
        F(Att, c => { var p = c.AProd(); return $"Whether it's for you or someone you love, our {p} {c.Is} {c.Pct()}% off this week."; }),
        F(Att, c => { var p = c.AProd(); var q = c.AProd(); return p == q ? null : $"Find what you need in our {c.A.Range}: {p}, {q} and more{c.Addr(0.3)}."; }),
        F(Att, c => $"Your local {c.Brand} now stocks our full {c.A.Range}{c.Addr(0.3)}.{c.HookTail()}"),
        F(Att, c => $"{c.Lead(0.3)}{(c.NameUsed ? "our" : "Our")} {c.A.Range} is here whenever you need it: {Lc(c.AOffer())}"),
        F(Att, c => { var p = c.AProdA(); return p.Contains("range", StringComparison.Ordinal) ? null : $"You can now get {p} from our {c.A.Range}, online or in any {c.Brand} branch{c.Addr(0.3)}.{c.HookTail(0.2)}"; }),
        F(Att, c => $"Good news{c.Addr(0.3)}: our {c.A.Range} now ships free, and you can return anything within {c.Num(c.PI(14, 28, 30, 60))} days."),
    ],
    [
        F(Att, c => $"Trending in our {c.A.Range} this week."),
        F(Att, c => $"Bestseller in the {c.A.Range}."),
        F(Att, c => $"New in {c.A.Range}: {c.AProd()}."),
        F(Att, c => $"Featured in this month's {c.A.Range} edit."),
        F(Att, c => $"Popular across our {c.A.Range} right now."),
    ]);

    // ------------------------------------------------------------------ aggregate framing

    private static Family Aggregate() => Fam("aggregate", false, true, 125, 65, null,
    [
        F(Dom, c => { var p = c.Prod(); var q = c.Prod(); return p == q ? null : $"Customers who bought {p} also bought {q}."; }),
        F(Dom, c => $"Popular with {c.Pick(c.D.Crowds)} this week: {c.Prod()}.{c.Tail()}"),
        F(Att, c => $"Popular with {c.Pick(c.A.Crowds)} this month: {c.AProd(true)}.{c.Close()}"),
        F(Dom, c => $"Trending in {c.Town()} this weekend: {c.Cat()}.{c.Tail()}"),
        F(Dom, c => $"{Big(c.N(300, 9000))} people bought {c.Prod()} this month.{c.Tail()}"),
        F(Dom, c => $"Most-loved by {c.Pick(c.D.Crowds)}: {c.Prod()}, rated {Stars(c)} from {Big(c.N(120, 6000))} reviews.{c.HookTail()}"),
        F(Dom, c => { var p = c.Prod(); return $"{Cap(p)} {c.Is} the most-ordered item in our {c.Cat()} range this year."; }),
        F(Dom, c => { var p = c.Prod(); var q = c.Prod(); return p == q ? null : $"What {c.Pick(c.D.Crowds)} are buying this {Season(c)}: {p} and {q}."; }),
        F(Att, c => $"Over {c.Round(1200, 40000)} {c.Pick(c.A.Crowds)} have joined our {c.P("community", "forum", "newsletter")}. {c.P("Everyone is welcome.", "Anyone can join.", "It's free to join.")}"),
        F(Dom, c => { var p = c.Prod(); var q = c.Prod(); return p == q ? null : $"Frequently bought together: {p} and {q}."; }),
        F(Dom, c => $"Our most-viewed {c.Cat()} this week, all in one place{c.Addr(0.3)}.{c.HookTail(0.5)}"),
        F(Dom, c => $"This week's top {c.Num(c.N(5, 10))} {c.Cat()}, picked by thousands of shoppers.{c.Close()}"),
        F(Dom, c => $"Join thousands of {c.Pick(c.D.Crowds)} at our {c.P("open day", "summer fair", "festival", "launch night")} on {c.Day()}.{c.Close()}"),
        F(Att, c => $"Most-read this week: our guide to {Lc(c.Pick(c.A.Edu))}, shared by {Big(c.N(900, 30000))} readers.{c.Close()}"),
        F(Dom, c => $"Viewed {Big(c.N(200, 5000))} times today: {c.Prod()}.{c.HookTail(0.5)}"),
        F(Dom, c => $"You might like what {c.Pick(c.D.Crowds)} are loving this month: {c.Prod()}.{c.Tail()}"),
        F(Dom, c => $"You're in good company: {c.Round(300, 9000)} customers bought {c.Prod()} this month.{c.HookTail()}"),
        F(Dom, c => $"In case you missed it{c.Addr(0.3)}: {c.Prod()} is our bestseller this week.{c.Tail()}"),
    ],
    [
        F(Dom, c => $"Popular in {c.Town()} this week."),
        F(Dom, c => $"Trending with {c.Pick(c.D.Crowds)} this month."),
        F(Dom, c => $"Bestseller in {Cap(c.Cat())}."),
        F(Dom, c => $"Most-read in the {Cap(c.Cat())} section."),
        F(Dom, c => $"Customers who bought {c.Prod()} also bought this."),
        F(Dom, c => $"Top-rated by {c.Pick(c.D.Crowds)}."),
        F(Dom, c => $"Frequently bought with {c.Prod()}."),
        F(Att, c => $"Trending with {c.Pick(c.A.Crowds)} this month."),
        F(Dom, c => $"One of this week's {c.Num(c.N(5, 20))} most-viewed {c.Cat()}."),
    ]);

    // ------------------------------------------------------------------ education, third person, public service

    private static string Hours(Ctx c) => c.P("8am to 8pm on weekdays", "24 hours a day", "seven days a week", "every evening until 10pm");
    private static string Org(Ctx c) => c.P("the " + c.Pick(Pools.BrandStems) + " Trust", c.Pick(Pools.BrandStems) + " Advice", "our charity partner");

    private static Family Education() => Fam("education", false, true, 160, 0, null,
    [
        F(Att, c => $"{c.Pick(c.A.Edu)} explained: our free guide covers {c.A.EduAspects}.{c.Close()}"),
        F(Att, c => c.A.Public.Length == 0 ? null : $"{c.Pick(c.A.Public)} starts on {c.Day()}: {c.Num(c.N(3, 10))} things worth knowing about {Lc(c.Pick(c.A.Edu))}.{c.Close()}"),
        F(Att, c => $"{Cap(c.Pick(c.A.Services))} for anyone who needs it, {Hours(c)}.{c.Close()}"),
        F(Att, c => $"What the evidence says about {Lc(c.Pick(c.A.Edu))}, in plain English, from our {c.A.Experts}.{c.Close()}"),
        F(Att, c => $"Our {c.A.Experts} can talk anyone through {Lc(c.Pick(c.A.Edu))} in a private room, no appointment needed.{c.Close()}"),
        F(Att, c => $"Join our free {Lc(c.Pick(c.A.Edu))} workshop on {c.Day()} at {c.Slot()}. Everyone is welcome.{c.Close()}"),
        F(Att, c => $"Drop-in sessions on {Lc(c.Pick(c.A.Edu))} every {c.Day()} at {c.Slot()}. No booking needed.{c.Close()}"),
        F(Att, c => $"Real stories: {c.Num(c.N(3, 5))} readers share what they learned about {Lc(c.Pick(c.A.Edu))}.{c.Close()}"),
        F(Att, c => $"Ask the expert: {Lc(c.Pick(c.A.Edu))} questions answered live on {c.Day()} at {c.Slot()}.{c.Close()}"),
        F(Att, c => $"{c.Pick(c.A.Edu)}: know the rules. A free guide from {Org(c)}.{c.Close()}"),
        F(Att, c => $"Our free {Lc(c.Pick(c.A.Edu))} guide is now available in {c.Num(c.N(4, 12))} languages.{c.Close()}"),
        F(Att, c => $"New on our blog: {Lc(c.Pick(c.A.Edu))}, and the questions people ask most.{c.Close()}"),
        F(Att, c => $"Anyone can call our {c.P("helpline", "advice line", "support line")} about {Lc(c.Pick(c.A.Edu))}, {Hours(c)}.{c.Close()}"),
        F(Att, c => $"If you or someone you know wants to talk about {Lc(c.Pick(c.A.Edu))}, our {c.A.Experts} are here {Hours(c)}.{c.Close()}"),
        F(Att, c => $"Want to know more about {Lc(c.Pick(c.A.Edu))}? Our free guide, open to everyone, covers {c.A.EduAspects}.{c.Close()}"),
        F(Att, c => $"You can read our {Lc(c.Pick(c.A.Edu))} guide online or pick up a copy at any {c.Brand} branch.{c.Close()}"),
        F(Att, c => $"You don't need an appointment: our {c.A.Experts} give free advice on {Lc(c.Pick(c.A.Edu))} every {c.Day()}.{c.Close()}"),
    ],
    []);

    // ------------------------------------------------------------------ the reader's own declared preference or opt-in

    private static readonly (string Pref, string Then)[] s_prefs =
    [
        ("texts about deliveries only", "we'll keep our texts to delivery updates"), ("vegetarian", "this week's box is meat-free"),
        ("large text", "we've made this email easier to read"), ("a monthly digest", "here's everything from the last four weeks"),
        ("size 12", "we've only shown what's in stock in your size"), ("Fridays only", "this is your one email of the week"),
        ("no sugar", "every recipe this week is sugar-free"), ("gentle", "your plan starts with short sessions"),
        ("beginner", "we've picked the easier options first"), ("eco delivery", "your order will come in one trip"),
    ];

    /// <summary>Sometimes a line that hands control back to the reader (often a question).</summary>
    private static string DeclTail(Ctx c) => c.R.Next(5) switch
    {
        0 => " Want to change this? It's in your settings.",
        1 => " Not quite right? Update your preferences any time.",
        2 => " Anything else you'd like to hear about?",
        _ => "",
    };

    private static Family Declared() => Fam("declared", false, true, 165, 135, null,
    [
        F(Dom, c => $"You told us you love {c.Cat()}, so here's what's new this week{c.Addr()}.{DeclTail(c)}"),
        F(Dom, c => $"Based on the preferences you set, here's this week's pick: {c.Prod()}.{c.HookTail()}"),
        F(Dom, c => { var p = c.Prod(); return $"Because you saved {p}, you'll want to know {c.ItS} {c.Is} now {c.Pct()}% off."; }),
        F(Dom, c => $"You asked us to remind you every {c.Num(c.N(2, 6))} months: time to restock {c.Prod()}."),
        F(Dom, c => $"As requested, here's your {c.P("weekly", "monthly", "Friday")} round-up of new {c.Cat()}{c.Addr()}.{DeclTail(c)}"),
        F(Dom, c => $"You're subscribed to {Cap(c.Cat())} alerts, so here's the latest: {OfferLower(c)}"),
        F(Dom, c => { var p = c.Prod(); return $"{Cap(p)} on your wishlist {c.Is} now {c.Pct()}% off{c.Addr()}."; }),
        F(Dom, c => { var p = c.Prod(); return $"Price alert: {p} you're watching {c.Has} dropped to {c.Price()}."; }),
        F(Dom, c => { var x = c.Pick(s_prefs); return $"You chose '{x.Pref}' in your settings, so {x.Then}.{DeclTail(c)}"; }),
        F(Dom, c => $"Your saved search {c.Search()} has {c.Num(c.N(2, 12))} new matches{c.Addr(0.3)}.{c.HookTail()}"),
        F(Dom, c => $"Because you follow {c.Brand}, here's their new {c.P("collection", "range", "drop")}: {c.Prod()}.{DeclTail(c)}"),
        F(Dom, c => $"You opted in to offers from our partner {c.Pick(Pools.BrandStems)} {c.P("Travel", "Energy", "Books")}, so here's {c.Pct()}% off with them."),
        F(Dom, c => $"Here's the reminder you set up: your {c.Pick(c.D.OrderNouns)} is due on {c.Day()}."),
        F(Att, c => c.A.Club is null ? null : $"As you asked when you joined {c.A.Club}, here's {c.A.ClubContent}{c.Addr()}."),
        F(Dom, c => $"You picked {c.Cat()} as your favourite, so they're first in this email.{DeclTail(c)}"),
        F(Dom, c => $"Thanks for setting your favourite store to {c.Store()}{c.Addr()}. It's open late on {c.Day()}."),
    ],
    [
        F(Dom, c => $"Because you follow {Cap(c.Cat())}."),
        F(Dom, c => $"Based on the interests you picked when you signed up{c.P(".", ": " + c.Cat() + ".")}"),
        F(Dom, c => $"From your saved search {c.Search()}."),
        F(Dom, c => $"Because you added {c.P("this", c.Prod())} to your wishlist{c.P(".", " on " + c.Date() + ".")}"),
        F(Dom, c => $"Matches the {c.P("size", "dietary preferences", "budget", "favourite brands", "delivery day")} you set in your profile."),
        F(Dom, c => $"You asked to see offers on {c.Cat()}."),
        F(Dom, c => $"Because you turned on price alerts for {c.P("this item", c.Prod())}{c.P(".", " at " + c.Price() + ".", " below " + c.Price() + ".")}"),
        F(Dom, c => $"Shown because you selected '{Cap(c.Cat())}' in your preferences."),
        F(Att, c => c.A.Club is null ? null : $"Because you're a member of {c.A.Club}."),
        F(Dom, c => $"You're seeing this because you subscribed to our {c.P("weekly deals", "Friday", "new arrivals", Cap(c.Cat()))} email."),
        F(Dom, c => $"Because you chose {c.Store()} as your home store."),
        F(Dom, c => $"Because you rated {c.Prod()} {c.N(4, 5)} stars."),
    ]);

    // ------------------------------------------------------------------ the reader's own transactions and account events

    private static Family Transactional() => Fam("transactional", false, true, 220, 50, null,
    [
        F(Dom, c => $"Your {c.Num(c.N(2, 6))} items ship {c.Day()}{c.Addr(0.2)}.{c.Close()}"),
        F(Dom, c => $"Your table for {c.Num(c.N(2, 8))} at {c.Slot()} on {c.Day()} is confirmed{c.Addr(0.3)}. See you then!{c.Close()}"),
        F(Dom, c => $"Your order #{Order(c)} has shipped and should arrive {c.P("on " + c.Day(), "tomorrow", "by " + c.Date())}.{c.Close()}"),
        F(Dom, c => $"Your appointment at {c.Store()} is confirmed for {c.Day()} at {c.Slot()}.{c.Close()}"),
        F(Dom, c => $"Receipt: {c.Money(5, 400)} paid to {c.Brand} on {c.Date()}. Keep this for your records.{c.Close()}"),
        F(Dom, c => $"Your {c.P("membership", "subscription", "Premium plan")} renews on {c.Date()} at {c.Money(4, 40)} a month. Manage or cancel any time in Settings.{c.Close()}"),
        F(Dom, c => $"You last changed your password {D0(c.N(60, 400))} days ago. {c.P("It's a good time to pick a new one.", "You can update it in Settings.", "Consider turning on two-step sign-in.")}"),
        F(Dom, c => $"We noticed a new sign-in from {c.P("Chrome on Windows", "Safari on a Mac", "Firefox on Linux", "a new Android phone")} on {c.Day()} at {c.Clock()}. If this was you, there's nothing to do.{c.Close()}"),
        F(Dom, c => c.UseDomain("pharmacy") + $"Your prescription is ready to collect from {c.Brand}, {c.Street()}. Bring your collection code.{c.Close()}"),
        F(Dom, c => $"Your parcel is out for delivery between {c.Window()}{c.Addr(0.3)}.{c.Close()}"),
        F(Dom, c => $"Your points balance is {Big(c.N(200, 9000))}, worth {c.Money(2, 90)} on your next {c.Pick(c.D.OrderNouns)}.{c.Close()}"),
        F(Dom, c => c.UseDomain("travel") + $"Check-in for flight {c.P("BA", "EZ", "FR", "LH", "KL")}{c.N(100, 9999)} to {c.City()} opens at {c.Clock()}.{c.Close()}"),
        F(Dom, c => $"Your {c.Month()} statement is ready: {c.Num(c.N(5, 80))} transactions, {c.Money(50, 3000)} spent.{c.Close()}"),
        F(Dom, c => c.UseDomain("travel") + $"Your booking for {c.Num(c.N(2, 14))} nights in {c.City()} is confirmed{c.Addr(0.3)}.{c.Close()}"),
        F(Dom, c => $"Your delivery slot: {c.Day()}, between {c.Window()}. {c.P("Need to change it? Reply C.", "Want to add something? You can edit your order until 10pm.", "See you then!")}"),
        F(Dom, c => $"Reminder: your {c.P("appointment", "fitting", "service", "consultation")} with us is on {c.Date()} at {c.Slot()}. Reply C to cancel.{c.Close()}"),
        F(Dom, c => $"Your refund of {c.Money(5, 400)} for order #{Order(c)} is on its way.{c.Close()}"),
        F(Dom, c => $"Your direct debit of {c.Money(5, 200)} will be collected on {c.Date()}.{c.Close()}"),
        F(Dom, c => c.UseDomain(s_durable) + $"Your order of {c.Num(c.N(2, 6))} {c.Cat()} has been delivered to your safe place.{c.Close()}"),
    ],
    [
        F(Dom, c => $"Because you booked a trip to {c.City()}: {c.P("day trips nearby", "restaurants near your hotel", "airport transfers")}."),
        F(Dom, c => $"Because it matches {c.Prod()} you ordered on {c.Day()}."),
        F(Dom, c => $"Because your {c.P("plan", "membership", "policy")} renews next month."),
        F(Dom, c => c.Ch(0.5) ? "Because this item is still in your basket." : $"Because {c.Prod()} {c.Is} still in your basket."),
        F(Dom, c => $"Because you bought {c.Prod()}: {c.P("this goes with it", "here's the matching accessory", "here's how to care for it")}."),
        F(Dom, c => $"Because your order #{Order(c)} arrives {c.Day()}."),
    ]);

    // ------------------------------------------------------------------ product facts with numbers

    private static Family ProductFacts() => Fam("product-facts", false, true, 110, 0, null,
    [
        F(Dom, c => c.X(c.Pick(c.D.Facts))),
        F(Dom, c => { var p = c.Prod(); return $"{Cap(p)} {c.Is} rated {Stars(c)} out of 5 by {Big(c.N(150, 9000))} customers."; }),
        F(Dom, c => $"{Big(c.N(3, 40))} people are looking at {c.Prod()} right now.{c.Close()}"),
        F(Dom, c => $"Only {c.Num(c.N(2, 9))} left in stock: {c.Prod()}.{c.Close()}"),
        F(Dom, c => { c.UseDomain(s_durable); var p = c.Prod(); return $"{Cap(p)} {(c.Pl ? c.P("ship", "dispatch") : c.P("ships", "dispatches"))} in {c.Num(c.N(2, 5))} working days."; }),
        F(Dom, c => { c.UseDomain("fashion", "running", "furniture", "sleep", "jewellery", "beauty", "kitchen"); var p = c.Prod(); return $"{Cap(p)}: {c.Num(c.N(3, 14))} colours, {c.Num(c.N(3, 9))} sizes, one price."; }),
        F(Dom, c => c.UseDomain(s_durable) + $"Free returns for {c.Num(c.N(30, 100))} days on {c.Prod()}.{c.Close()}"),
        F(Dom, c => $"{Big(c.N(400, 12000))} sold this week: {c.Prod()}.{c.Close()}"),
        F(Dom, c => c.UseDomain(s_durable) + $"Guaranteed for {c.Num(c.N(2, 10))} years: {c.Prod()}.{c.Close()}"),
        F(Dom, c => { var p = c.Prod(); return $"{Cap(p)} {c.Has} {c.Num(c.N(20, 300))} five-star reviews this month."; }),
        F(Dom, c => { c.UseDomain(s_durable); var p = c.Prod(); return $"{Cap(p)} {c.P("lasts", "will last")} {c.P("two years", "up to five years", "a lifetime")} with normal use."; }),
        F(Dom, c => $"Made in {c.Town()} since {D0(c.N(1890, 2015))}: {c.Prod()}.{c.Close()}"),
        F(Dom, c => c.UseDomain(s_durable) + $"You can return {c.Prod()} for free within {c.Num(c.N(14, 100))} days.{c.HookTail()}"),
        F(Dom, c => c.UseDomain(s_durable) + $"You'll get {A(c.Num(c.N(2, 10)))}-year guarantee with {c.Prod()}{c.Addr(0.3)}.{c.HookTail()}"),
        F(Dom, c => { c.UseDomain(s_durable); var p = c.Prod(); return $"Did you know {p} {c.Is} {c.P("made from recycled materials", "tested by " + Big(c.N(200, 900)) + " customers before launch", "backed by a " + Words(c.N(2, 5)) + "-year guarantee")}?"; }),
    ],
    []);

    // ------------------------------------------------------------------ surveillance-sounding words used innocently

    private static Family InnocentWords() => Fam("innocent-words", false, true, 140, 0, null,
    [
        F(Dom, c => $"Track your parcel in real time: {c.Brand} now shows your driver on the map.{c.Close()}"),
        F(Dom, c => $"We noticed prices rising across the {c.Cat()} market, so we've frozen ours until {c.Month()}.{c.Close()}"),
        F(Dom, c => $"Keep an eye on the weather this weekend: our {c.Town()} {c.P("market", "fair", "open day", "fun run")} is still on.{c.Close()}"),
        F(Dom, c => $"Watch live: our {c.P("launch", "masterclass", "Q&A", "fashion show")} starts at {c.Slot()} on {c.Day()}.{c.Close()}"),
        F(Dom, c => { var p = c.Prod(); var q = c.Prod(); return p == q ? null : $"Meet our new model range: {p}, {q} and more."; }),
        F(Dom, c => $"We predict a sunny {c.Day()}, so {Lc(c.Cat())} are {c.Pct()}% off until then.{c.Close()}"),
        F(Dom, c => $"We've been watching the forecast so you don't have to: our {c.P("outdoor cinema", "garden party", "beach clean", "5k")} on {c.Day()} is on.{c.Close()}"),
        F(Dom, c => $"Our records show {D0(c.N(2019, 2025))} was our best year yet, thanks to customers like you{c.Addr(0.2)}.{c.Close()}"),
        F(Dom, c => { var p = c.Prod(); return $"Caught in the rain? {Cap(p)} {c.Is} {c.P("fully waterproof", "quick to dry", "machine washable")}."; }),
        F(Dom, c => $"See what everyone's {c.P("watching", "reading", "buying", "listening to")} this week at {c.Brand}.{c.Close()}"),
        F(Dom, c => $"Our fraud team monitors payments around the clock, so you can shop {c.Cat()} without worrying.{c.Close()}"),
        F(Dom, c => $"Monitor your home's energy use in our app{c.Addr(0.2)}. You choose what to share, and can switch it off any time.{c.Close()}"),
        F(Dom, c => $"We know how busy {Season(c)} gets, so our delivery slots open a week early{c.Addr(0.3)}.{c.HookTail()}"),
        F(Dom, c => $"Spotted: the new {c.Cat()}, landing in stores on {c.Day()}. {c.P("Will you be first in line?", "Ready?", "Want a reminder?")}"),
        F(Dom, c => $"Keep tabs on your spending with our new budgeting tool, free in the {c.Brand} app.{c.Close()}"),
        F(Dom, c => $"We can see the finish line: our {c.Town()} store refit is done and we reopen on {c.Day()}.{c.Close()}"),
        F(Dom, c => $"Our {c.P("trend forecasters", "buyers", "stylists")} predict {c.Cat()} will be big this {Season(c)}.{c.Close()}"),
    ],
    []);

    // ------------------------------------------------------------------ warm win-back that reveals nothing

    private static Family WarmWinback() => Fam("warm-winback", false, true, 70, 0, null,
    [
        F(Dom, c => $"We miss you{c.Addr()}! Here's {c.Pct()}% off your next order, no strings attached.{c.Close()}"),
        F(Dom, c => $"It's been a while{c.Addr()}. Come and see what's new in {c.Cat()}.{c.Close()}"),
        F(Dom, c => $"Long time no see! {c.Offer()}"),
        F(Dom, c => $"The door's always open{c.Addr()}. {c.Offer()}"),
        F(Dom, c => $"We've changed a lot lately: {c.P("new " + c.Cat(), "a brand-new app", "faster delivery", "a fresh look")}. Come and take a look{c.Addr(0.3)}.{c.Close()}"),
        F(Dom, c => $"Your account's still here whenever you want it{c.Addr()}. {c.Offer()}"),
        F(Dom, c => $"We'd love to see you again. {c.Offer()}"),
        F(Dom, c => $"A little welcome-back gift{c.Addr()}: {OfferLower(c)}"),
        F(Dom, c => $"Pop back soon: {OfferLower(c)}"),
        F(Dom, c => $"Come back and see us{c.Addr()}. {c.Offer()}"),
        F(Dom, c => $"Fancy catching up? {c.Offer()}"),
    ],
    []);

    // ------------------------------------------------------------------ one price for everyone

    private static Family OnePrice() => Fam("one-price", false, true, 60, 20, null,
    [
        F(Dom, c => { c.Retail(); var p = c.Prod(); return $"One price for everyone: {p} {c.Is} {c.Price()}, whoever you are."; }),
        F(Dom, c => c.SetTopic("rides") + $"No surge pricing, ever: a ride at {c.Night()} costs the same as one at noon.{c.Close()}"),
        F(Dom, c => c.UseDomain("travel") + $"The same fare for every passenger, every day{c.P("", " of the week", ", booked early or late")}: {c.Money(10, 90)} to {c.City()}.{c.Close()}"),
        F(Dom, c => $"Prices are the same in the app, online and in store{c.Addr(0.2)}. {c.Offer()}"),
        F(Dom, c => c.Retail() + $"Everyone pays {c.Price()} for {c.Prod()}, however and whenever they book.{c.Close()}"),
        F(Dom, c => $"Our prices don't change based on who's looking{c.Addr(0.3)}. {c.Offer()}"),
        F(Dom, c => { c.Retail(); var p = c.Prod(); return $"You pay what everyone pays: {p} {c.Is} {c.Price()}, online and in store."; }),
        F(Dom, c => $"No personalised pricing at {c.Brand}: the price you see is the price everyone sees.{c.Close()}"),
        F(Dom, c => $"Flat {c.Money(2, 6)} delivery on every order, {c.P("wherever you live", "however much you spend", "every day of the week")}.{c.Close()}"),
        F(Dom, c => $"New and existing customers pay the same: {c.Money(5, 60)} a month for {c.P("the basic plan", "every plan", "the standard tier")}.{c.Close()}"),
        F(Dom, c => $"Fixed price for everyone: {c.P("a service", "a fitting", "delivery and assembly", "a repair")} costs {c.Money(20, 150)}.{c.Close()}"),
    ],
    [
        F(Dom, c => $"Discount available to all customers this {c.P("weekend", "week", "month")}."),
        F(Dom, c => $"Same price shown to every visitor{c.P("", " today", " of the " + Cap(c.Cat()) + " page")}."),
        F(Dom, c => $"Offer open to everyone until {c.Day()}."),
        F(Dom, c => $"Price set for all customers{c.P("; no personal pricing", ", the same everywhere")}."),
    ]);

    // ------------------------------------------------------------------ group offers by public eligibility

    private static Family GroupOffer() => Fam("group-offer", false, true, 70, 15, null,
    [
        F(Dom, c => c.SetTopic("older-age") + $"Seniors save {c.Pct()}% every {c.Day()}.{c.Close()}"),
        F(Dom, c => $"Students get {c.Pct()}% off {c.Cat()} with a valid ID.{c.Tail()}"),
        F(Dom, c => c.SetTopic("older-age") + $"Over-60s travel free on {c.Day()}s{c.P("", " before 10am", " all summer")}.{c.Close()}"),
        F(Dom, c => $"NHS staff and teachers: {c.Pct()}% off {c.Cat()} all year.{c.Close()}"),
        F(Dom, c => $"Kids eat free every {c.Day()} with any adult main{c.P("", ", all school holidays")}.{c.Close()}"),
        F(Dom, c => $"Members get early access to {c.Cat()} from {c.Day()}.{c.Close()}"),
        F(Dom, c => $"Blue Light card holders save {c.Pct()}% on {c.Cat()}.{c.Close()}"),
        F(Dom, c => $"Veterans save {c.Pct()}% on {c.Day()}s at every {c.Brand} store.{c.Close()}"),
        F(Dom, c => $"Carers go free with every paying visitor at {c.Brand}.{c.Close()}"),
        F(Dom, c => c.SetTopic("older-age") + $"Over-50s walking club: every {c.Day()} at {c.Slot()}, free for all.{c.Close()}"),
        F(Dom, c => $"Apprentices and students save {c.Pct()}% on {c.Cat()} this term.{c.Close()}"),
        F(Dom, c => $"Are you a student? You can get {c.Pct()}% off {c.Cat()} with any valid student card.{c.Close()}"),
        F(Dom, c => c.SetTopic("older-age") + $"If you're over 60, you can travel free on {c.Day()}s with a {c.Brand} card.{c.Close()}"),
    ],
    [
        F(Dom, c => $"Discount for all {c.P("students", "members", "key workers", "teachers")}."),
        F(Dom, c => $"Offer open to every {c.P("member of our Over-60s Club", "student with a valid card", "loyalty member")}."),
        F(Dom, c => $"Available to all {c.P("Blue Light card holders", "members", "NHS staff")} with a valid card."),
    ]);

    // ------------------------------------------------------------------ warm questions that assert nothing

    private static string WQ(Ctx c) => c.P("Ready for summer?", "Fancy a night in?", "Planning a weekend away?", "Need a gift idea?",
        "Feeling creative?", "Got plans for the long weekend?", "Hungry?", "Cold snap on the way?", "Still looking for the perfect gift?",
        "Love a bargain?", "Thirsty?", "Fancy something new?", "Ready for the weekend?", "Spring cleaning?", "Hosting this year?",
        "Off somewhere nice?", "Sunny out?");

    private static Family WarmQuestion() => Fam("warm-question", false, true, 100, 0, null,
    [
        F(Dom, c => $"{c.Lead(0.3)}{(c.NameUsed ? Lc(WQ(c)) : WQ(c))} {c.Offer()}"),
        F(Dom, c => $"{WQ(c)} {Cap(c.Prod())} might be just the thing."),
        F(Dom, c => $"{c.Offer()} {WQ(c)}"),
        F(Dom, c => $"Quick question{c.Addr()}: {Lc(WQ(c))} {c.Offer()}"),
        F(Dom, c => $"{WQ(c)} We've got {c.Cat()} from {c.Money(5, 90)}."),
        F(Dom, c => $"Who's ready for {Season(c)}? {c.Offer()}"),
        F(Dom, c => $"Looking for {c.Cat()}? {c.Offer()}"),
        F(Dom, c => $"Can't decide? Our {c.P("team", "experts", "stylists", "staff")} will help you pick {c.Cat()}{c.Addr(0.3)}."),
        F(Dom, c => $"What are you up to this {c.Day()}? Our {c.P("open day", "tasting", "workshop", "late opening")} starts at {c.Slot()}."),
        F(Dom, c => $"Did you know {c.P("you can pay in three instalments at no extra cost", "every order can be returned for free", "we plant a tree for every order", "you can collect in store within an hour")}?"),
        F(Dom, c => $"How's your week going{c.Addr()}? {c.Offer()}"),
        F(Dom, c => $"Treat yourself this {c.Day()}? {c.Offer()}"),
    ],
    []);

    // ------------------------------------------------------------------ declared and transactional placeholders

    private static string Nm(Ctx c) => c.PhName();

    private static Family CleanPlaceholder() => Fam("clean-placeholder", false, true, 140, 20, null,
    [
        F(Own, c => $"Hi {Nm(c)}, your order {c.Ph("order.number")} is on its way."),
        F(Own, c => $"{Nm(c)}, your {c.Ph("plan_name")} plan renews on {c.Ph("renewal_date")}."),
        F(Own, c => $"{Nm(c)}, your statement for {c.Ph("statement_month")} is ready to view."),
        F(Own, c => $"{Nm(c)}, your password reset code is {c.Ph("reset_code")}. It expires in {c.P("10", "15", "30")} minutes."),
        F(Own, c => $"{Nm(c)}, {c.Ph("saved_item.name")} is back in stock in your size."),
        F(Own, c => $"Your booking at {c.Ph("restaurant.name")} for {c.Ph("booking.party_size")} at {c.Ph("booking.time")} is confirmed."),
        F(Own, c => $"{c.IfOpen("subscriber.wants_weekly")}Here's your weekly round-up, {Nm(c)}.{c.IfClose()}"),
        F(Own, c => $"Hi {Nm(c)}, your {c.Ph("preferred_store")} store is open late on {c.Day()}."),
        F(Own, c => $"{Nm(c)}, your points balance is {c.Ph("points_balance")}. Spend them on anything in store."),
        F(Own, c => $"Your appointment at {c.Ph("branch_name")} is at {c.Ph("appointment.time")} on {c.Ph("appointment.date")}."),
        F(Own, c => $"Happy birthday, {Nm(c)}! Here's {c.Ph("birthday_offer")}, valid all month."),
        F(Own, c => $"Thanks for your review of {c.Ph("product.name")}, {Nm(c)}! It's now live on our site."),
        F(Own, c => $"{Nm(c)}, your {c.Ph("course.name")} course starts on {c.Ph("course.start_date")}."),
        F(Own, c => $"{c.IfOpen("order.is_gift")}Your gift message: {c.Ph("gift_message")}{c.IfClose()}"),
        F(Own, c => $"Hi {Nm(c)}, the delivery postcode you saved ({c.Ph("delivery.postcode")}) is now in our same-day zone."),
        F(Own, c => $"{Nm(c)}, your {c.Ph("order.item_count")} items from order {c.Ph("order.number")} arrive {c.Ph("delivery.date")}."),
        F(Own, c => $"Hi {Nm(c)}, you asked us to remind you: {c.Ph("reminder.item")} is due on {c.Ph("reminder.date")}."),
        F(Own, c => $"{Nm(c)}, your {c.Ph("subscription.box_name")} box ships every other {c.Day()}, as you set it. Skip a week any time."),
        F(Own, c => $"Welcome to {c.Brand}, {Nm(c)}! Your member number is {c.Ph("member.number")}."),
        F(Own, c => $"Good news, {Nm(c)}: the {c.Ph("wishlist_item.name")} on your wishlist is now {c.Ph("wishlist_item.price")}."),
        F(Own, c => $"{Nm(c)}, your table for {c.Ph("booking.covers")} on {c.Ph("booking.date")} is confirmed. Need to change it? Reply C."),
        F(Own, c => $"Your {c.Ph("ticket.event_name")} tickets are in your wallet, {Nm(c)}. Doors open at {c.Ph("ticket.doors_time")}."),
    ],
    [
        F(Own, c => $"Because you follow {c.Ph("followed_brand.name")}."),
        F(Own, c => $"Because {c.Ph("saved_item.name")} is on your wishlist."),
        F(Own, c => $"Based on the size in your profile ({c.Ph("profile.size")})."),
    ]);

    // ------------------------------------------------------------------ plain promotions (g-plain-*)

    private static Family PlainPromo() => Fam("plain-promo", false, false, 190, 70, null,
    [
        F(Dom, c => $"{Cap(Season(c))} sale: up to {c.Pct()}% off {c.Cat()}.{c.Close()}"),
        F(Dom, c => $"New season {c.Cat()} have landed.{c.Close()}"),
        F(Dom, c => $"Open late every {c.Day()} until {c.Evening()}.{c.Close()}"),
        F(Dom, c => $"Free delivery on orders over {c.Money(20, 80)} this weekend.{c.Close()}"),
        F(Dom, c => $"Meet {c.Prod()}. {c.Offer()}"),
        F(Dom, c => $"{Holiday(c)} gifts from {c.Money(5, 40)}.{c.Close()}"),
        F(Dom, c => $"Buy one, get one free on {c.Cat()} until {c.Day()}.{c.Close()}"),
        F(Dom, c => $"Our {c.P("summer fair", "winter market", "birthday sale", "open day")} is back on {c.Date()}.{c.Close()}"),
        F(Dom, c => $"Download the {c.Brand} app for {c.P("early access to sales", "free delivery on your first order", "member prices")}.{c.Close()}"),
        F(Dom, c => $"{Cap(c.Num(c.N(5, 40)))} new {c.Cat()} just dropped.{c.Close()}"),
        F(Dom, c => $"Last chance: {OfferLower(c)}"),
        F(Dom, c => $"Sign up to our newsletter for {c.P("10% off your first order", "first look at new arrivals", "recipes and offers")}.{c.Close()}"),
        F(Dom, c => $"Gift cards are now available in any amount from {c.Money(5, 25)}.{c.Close()}"),
        F(Dom, c => $"Our {c.Town()} store reopens on {c.Day()} with a brand-new look.{c.Close()}"),
        F(Dom, c => $"Weekend deal: {OfferLower(c)}"),
        F(Dom, c => $"{Cap(c.Cat())}, reimagined. {c.Offer()}"),
        F(Dom, c => c.Offer()),
        F(Dom, c => $"Your weekend just got better{c.Addr(0.3)}: {OfferLower(c)}"),
        F(Dom, c => $"Don't miss out{c.Addr(0.3)}: {OfferLower(c)}"),
        F(Dom, c => $"You're invited: our {c.P("summer fair", "late-night opening", "tasting evening", "launch party")} is on {c.Date()}.{c.HookTail()}"),
        F(Dom, c => $"Need a gift? {Holiday(c)} gifts from {c.Money(5, 40)}, wrapped for free.{c.Close()}"),
        F(Dom, c => $"Treat yourself{c.Addr(0.3)}: {OfferLower(c)}"),
        F(Dom, c => $"Have you seen our new {c.Cat()}? {c.Offer()}"),
        F(Dom, c => $"You'll love our new {c.Cat()}{c.Addr(0.3)}. {c.Offer()}"),
        F(Dom, c => $"Everything you need for {Season(c)}: {OfferLower(c)}"),
        F(Dom, c => $"You're going to love our new {c.Cat()}{c.Addr(0.3)}. {c.Offer()}"),
        F(Dom, c => $"Here's {c.Pct()}% off for you{c.Addr(0.3)}, this weekend only.{c.Close(0.3)}"),
        F(Dom, c => $"Meet your new favourite: {c.Prod()}. {c.Offer()}"),
        F(Dom, c => $"Whatever you're planning this {Season(c)}, we've got the {c.Cat()}.{c.Close()}"),
    ],
    [
        F(Dom, c => $"Editor's pick{c.P("", " in " + Cap(c.Cat()), " for " + Season(c))}."),
        F(Dom, c => $"Sponsored by {c.Brand}: shown to all readers of this page."),
        F(Dom, c => $"Featured in this week's {Cap(c.Cat())} sale."),
        F(Dom, c => $"Staff favourite at {c.Brand}."),
        F(Dom, c => $"New this week in {Cap(c.Cat())}."),
        F(Dom, c => $"Seasonal pick for {Season(c)}: {c.Cat()}."),
        F(Dom, c => $"Shown to everyone visiting the {Cap(c.Cat())} page."),
        F(Dom, c => $"Part of our {Season(c)} {c.P("collection", "edit", "sale")}."),
    ]);
}
