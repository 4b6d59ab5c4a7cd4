using static CreepLint.Samples.Corpus.Ctx;
using static CreepLint.Samples.Corpus.FrameKit;

namespace CreepLint.Samples.Corpus;

/// <summary>
/// Clean families of ordinary, addressed copy (second generation): account notices, app engagement features, warm
/// addressed offers, loud untargeted promotions and transparency notices. Every frame talks to the reader ("you",
/// "your", a name or a name placeholder) but shows nothing the sender logged, inferred or obtained about them beyond
/// what the reader knowingly gave for this purpose: their own account events, goals, reminders, follows, lists and
/// settings, numbers the reader set or sees in the product themselves, and general descriptions of what a service uses.
/// Never: counts, clock times or durations of the reader's behaviour, measured gaps, places, inferred traits, other
/// people, data from elsewhere, prices justified by the reader.
/// </summary>
internal static partial class CleanFrames
{
    // ------------------------------------------------------------------ shared helpers

    /// <summary>"Sam, " / "Hi Sam, " (or a name placeholder) on personal channels with probability p; the rest of
    /// the sentence is lower-cased after it.</summary>
    private static string Lead(Ctx c, double p, string rest)
    {
        if (!c.Personal || !c.Ch(p)) return rest;
        c.NameUsed = true;
        var lead = c.P("", "", "Hi ", "Hey ", "Hello ") + c.Nm + ", ";
        return lead + Lc(rest);
    }

    /// <summary>The reader's name (literal or placeholder) on personal channels, "there" otherwise ("Hi there").</summary>
    private static string Who(Ctx c)
    {
        if (!c.Personal) return "there";
        c.NameUsed = true;
        return c.Nm;
    }

    private static string Year(Ctx c) => D0(c.N(2022, 2025));

    private static string Cur(Ctx c) => c.Us ? "$" : "£";

    // ------------------------------------------------------------------ product schedules (third generation)

    /// <summary>A round opening or event time (not a minute the reader did something at).</summary>
    private static string Hour(Ctx c) => c.P("9am", "10am", "11am", "noon", "5pm", "6pm", "7pm", "7:30pm", "8pm", "9pm", "10pm", "midnight", "09:00", "18:00", "20:00");

    private static string Event(Ctx c) => c.P("farmers' market", "quiz night", "late-night opening", "tasting evening", "live music night",
        "storytime session", "repair café", "open studio", "book club", "run club", "sewing circle", "car boot sale", "pop-up kitchen");

    /// <summary>
    /// Schedules, times, days, durations and counts that belong to the product, the shop, an event or an offer, never to
    /// the reader: the specifics creepy messages quote about a reader, said about something else.
    /// </summary>
    private static Family ProductSchedule() => Fam("product-schedule", false, true, 360, 40, null,
    [
        F(Dom, c => $"Every {c.Day()} at {Hour(c)}, our {Event(c)} fills {c.P("the square", "the shop floor", "the back room", "the car park", "the courtyard")}. {c.P("Come hungry.", "All welcome.", "Bring a friend.", "No booking needed.")}"),
        F(Dom, c => $"Tonight only: {OfferLower(c)} from {Hour(c)}.{c.Close(0.3)}"),
        F(Dom, c => $"{c.Num(c.PI(24, 48, 72))} hours only: {OfferLower(c)}."),
        F(Dom, c => $"{c.Store()} now opens at {Hour(c)} on {c.Day()}s{c.P("", " and stays open until " + Hour(c), ", with late opening on Thursdays")}."),
        F(Dom, c => $"Back in stock after a {c.Num(c.N(2, 6))}-{c.P("week", "month")} wait: {c.Prod()}. {c.P("Get yours before they go again.", "Limited numbers.", "Ships the same day.")}"),
        F(Dom, c => Lead(c, 0.4, $"A reminder that our stores close at {c.P("4pm", "5pm", "6pm", "2pm")} on {c.P("Christmas Eve", "New Year's Eve", "Easter Sunday", "bank holiday Monday")}{c.P(" and reopen on the " + c.P("27th", "2nd", "Tuesday") + ".", ".")}")),
        F(Dom, c => $"Our {c.P("night bus", "shuttle", "late train", "river bus", "delivery van")} runs every {c.Num(c.PI(10, 15, 20, 30))} minutes until {Hour(c)}{c.P("", " on weekends", " this summer")}."),
        F(Dom, c => $"Catch the {c.P("final episode", "season premiere", "live final", "first match")} of {c.P("Frostline", "The Orchard", "Harbour Lights", "Night Shift", "Cold Water")} live on {c.Day()} at {Hour(c)}."),
        F(Dom, c => $"Doors open at {Hour(c)}; last entry {c.P("an hour before close", "at " + Hour(c), "30 minutes before the end")}. {c.P("Tickets on the door.", "Free for members.", "Under-12s go free.")}"),
        F(Dom, c => $"{c.Prod(false)} lasts up to {c.Num(c.N(8, 40))} hours on one charge and recharges in {c.Num(c.PI(30, 45, 60, 90))} minutes."),
        F(Dom, c => Lead(c, 0.5, $"{c.P("Brunch", "Happy hour", "Kids' club", "Pizza night", "Curry night")} is back {c.P("at the " + c.P("Crown", "Anchor", "Swan") + " ", "")}every {c.Day()} from {Hour(c)}.")),
        F(Dom, c => $"The winners of our {c.P("photo competition", "recipe contest", "summer draw", "design challenge")} are in. {c.P("See the gallery.", "Congratulations to all " + c.Num(c.N(3, 12)) + " of them!", "Read their stories on our blog.")}"),
        F(Dom, c => $"Delivery slots now open from {Hour(c)} every {c.Day()}{c.P(", " + c.P("booked in minutes", "free over " + c.Money(30, 60)), "")}."),
        F(Dom, c => $"{c.P("Our", "The")} {c.P("summer", "winter", "spring", "autumn")} sale {c.P("starts", "ends")} on {c.Date()} at {Hour(c)}: {c.Num(c.N(2, 9))} days of {OfferLower(c)}"),
        F(Dom, c => $"New drops land every {c.Day()} at {Hour(c)}. {c.P("Set a reminder in the app.", "Follow us to hear first.", "Don't miss the next one.")}"),
        F(Dom, c => $"{c.Prod(false)} is now {c.Num(c.N(2, 5))} times faster to {c.P("set up", "charge", "clean", "assemble")}, says our {Year(c)} lab test."),
    ],
    [
        F(Dom, c => $"Because it's back in stock after a {c.Num(c.N(2, 6))}-week wait."),
        F(Dom, c => $"Shown because our {Event(c)} is on every {c.Day()} at {Hour(c)}."),
        F(Dom, c => $"Because this offer ends at {Hour(c)} tonight, for everyone."),
    ]);

    // ------------------------------------------------------------------ account notices

    private static string Approved(Ctx c) => c.P("photo", "review", "profile picture", "listing", "comment", "recipe", "ID check", "return request");

    private static string Limit(Ctx c) => c.P(
        "daily limit of " + c.Num(c.N(3, 10)) + " free articles",
        "daily limit of " + c.Num(c.N(5, 25)) + " free downloads",
        "monthly limit of " + D0(c.PI(3, 5, 10)) + " free transfers",
        "daily limit of " + Cur(c) + Big(c.PI(500, 1000, 2000, 5000)) + " on card payments",
        "free plan limit of " + c.Num(c.N(3, 5)) + " saved lists",
        "weekly limit of " + c.Num(c.N(2, 5)) + " free rentals");

    private static string SettingChange(Ctx c) => c.P(
        "you'll now get our emails on " + c.Day() + "s only", "marketing texts are now off", "your delivery address has been updated",
        "your display name has been changed", "your newsletter is now monthly instead of weekly", "paperless statements are now on",
        "your default payment card has been changed", "push notifications are now off for offers");

    private static string Report(Ctx c) => c.P(
        "your " + c.Month() + " statement", "a copy of your account data", "your tax summary for " + Year(c), "your order history export",
        "your annual account summary", "your " + c.Month() + " invoice", "your warranty documents");

    private static string Plan(Ctx c) => c.Brand + " " + c.P("Premium", "Plus", "Unlimited", "Family", "Gold", "Pro");

    private static Family AccountNotice() => Fam("account-notice", false, true, 300, 40, null,
    [
        F(Dom, c => $"Your {Approved(c)} has been approved and is now live{c.Addr()}.{c.Close(0.3)}"),
        F(Dom, c => Lead(c, 0.3, $"You've reached your {Limit(c)}. {c.P("It resets at midnight.", "It resets on the 1st.", "Upgrade any time for more.", "Your allowance resets tomorrow.")}")),
        F(Dom, c => $"Heads up{c.Addr()}: you've used {c.PI(75, 80, 90, 95)}% of your {c.P("monthly data", "cloud storage", "plan's storage", "monthly allowance")}. {c.P("You can add more in Settings.", "Free up space or upgrade in the app.", "It resets on the 1st.", "Need more?", "Want to add a data pass?")}"),
        F(Dom, c => $"Your settings were updated on {c.Date()}: {SettingChange(c)}. {c.P("If you didn't make this change, let us know.", "You can change it back any time.", "No need to do anything else.")}"),
        F(Dom, c => Lead(c, 0.9, $"Your {c.Month()} update is here: {c.P("what's new at " + c.Brand + ", plus " + OfferLower(c), "new " + c.Cat() + ", store news and this month's offers.", "everything new in " + c.Cat() + " this month.")}")),
        F(Dom, c => $"Your {c.P("monthly", "weekly", "quarterly", c.Month())} summary is ready{c.Addr()}. {c.P("See it in the app.", "Tap to view it.", "Log in to take a look.", "It's in your account now.")}"),
        F(Dom, c => $"The {c.P("report", "download", "document")} you asked for is ready: {Report(c)}{c.P("", " (ref " + D0(c.N(10000, 99999)) + ")", ", " + c.Num(c.N(2, 40)) + " pages")}. {c.P("The link works for " + c.Num(c.N(3, 14)) + " days.", "You'll find it under Account > Documents.", "Download it from your account.")}"),
        F(Dom, c => $"Your subscription to {Plan(c)} is active{c.Addr()}: {c.Money(3, 20)} a month from {c.Date()}. {c.P("You can change or cancel it any time in Settings.", "Manage it from your account page.", "Welcome aboard!", "Any questions?")}"),
        F(Dom, c => $"Your free trial ends on {c.Date()}. After that it's {c.Money(3, 20)} a month, unless you cancel{c.Addr(0.3)}."),
        F(Dom, c => $"Security notice: your password was changed on {c.Date()}. If this wasn't you, {c.P("reset it now.", "contact us straight away.", "please call our support team.")}{c.P("", "", " Questions? Reply to this email.")}"),
        F(Dom, c => $"We've updated our privacy policy{c.Addr()}. The choices you've made stay as they are; {c.P("you can read a short summary in your account.", "here's a plain-English summary.", "nothing else changes for you.")}"),
        F(Dom, c => $"Thanks{c.Addr()}! Your email address is verified, and your account is all set.{c.P("", " What would you like to do first?", " Need a hand getting started?")}"),
        F(Dom, c => $"Two-step sign-in is now on for your {c.Brand} account{c.Addr()}. {c.P("You'll get a code each time you sign in on a new device.", "Your account is now extra secure.", "You can switch it off in Settings.")}"),
        F(Dom, c => $"Your card ending {D0(c.N(1000, 9999))} expires at the end of {c.Month()}. Update it to keep your {c.P("plan", "membership", "subscription", "deliveries")} running{c.Addr(0.3)}."),
        F(Dom, c => $"Welcome to {c.P("Gold", "Premium", "Plus")}{c.Addr()}! Your upgrade is live: {c.P("free delivery on every order", "no adverts", "priority support", "early access to sales")} starts today."),
        F(Dom, c => Lead(c, 0.4, $"Thanks for your feedback. It's been passed to our {c.P("customer team", "product team", c.Town() + " store team")}, and we'll reply within {c.Num(c.N(2, 5))} working days.{c.P("", " Your case number is " + D0(c.N(100000, 999999)) + ".", " Anything to add? Just reply.")}")),
        F(Dom, c => $"Your request to {c.P("pause your membership", "close your account", "change your delivery day", "update your name", "merge your accounts")} has been received{c.Addr()}{c.P("", " (ref " + c.P("CR", "RQ", "AC") + "-" + D0(c.N(1000, 99999)) + ")")}. We'll confirm by email.{c.P("", " Questions? Just reply.", " Changed your mind? Let us know.")}"),
        F(Dom, c => $"Good news: your {c.P("refund of " + c.Money(5, 300), "return", "warranty claim", "photo ID check", "exchange for order #" + D0(c.N(10000, 99999)))} has been approved{c.Addr()}.{c.Close(0.3)}"),
        F(Dom, c => $"Storage almost full: {c.Num(c.N(1, 5))} GB left on your {c.Brand} plan. {c.P("Upgrade for more space?", "Clear some space to keep syncing.", "Want more room?")}"),
        F(Dom, c => $"Your profile is {c.PI(60, 70, 75, 80, 90)}% complete{c.Addr()}. Add {c.P("your sizes", "a delivery address", "a profile photo", "your preferences")} to finish it."),
        F(Dom, c => $"Reminder{c.Addr()}: your {c.Brand} gift card has {c.Money(5, 80)} left, and it's valid until {c.Date()}."),
        F(Dom, c => $"Is your contact number still {c.P("right", "up to date")}? {c.P("Check your details in a minute in Account settings.", "Take a moment to check it in your account.")}"),
        F(Own, c => c.SetTopic("account") + $"New terms from {c.Date()}{c.Addr()}: {c.P("nothing changes about your plan or price.", "your price and plan stay the same.", "a summary is in your account.")}"),
        F(Own, c => c.SetTopic("account") + $"Your account details were updated on {c.Date()}{c.Addr()}. {c.P("Didn't do this? Reply HELP.", "If that was you, you're all set.", "Not you? Let us know.")}"),
    ],
    [
        F(Dom, c => $"Service message: sent to every {c.Brand} account holder."),
        F(Dom, c => $"You're getting this because you have a {c.Brand} account{c.P(".", " and it's about your plan.", " and it affects your service.")}"),
        F(Dom, c => $"Sent because you turned on {c.P("security alerts", "account notifications", "billing reminders", "storage alerts")}."),
        F(Dom, c => $"Account notice: {c.P("required by law", "sent to all customers", "about a change to our terms")}. Not a marketing message."),
        F(Dom, c => $"Sent because your {c.P("plan", "trial", "card", "subscription")} {c.P("renews", "ends", "expires")} on {c.Date()}."),
    ]);

    // ------------------------------------------------------------------ app engagement features

    /// <summary>An app and its units: topic, unit, plural unit, what a goal is counted in, a goal the reader might set.</summary>
    private static (string Topic, string Unit, string Units, string Goal) App(Ctx c) => c.R.Next(7) switch
    {
        0 => ("language-app", "lesson", "lessons", Big(c.PI(10, 20, 30, 50)) + " XP a day"),
        1 => ("fitness", "workout", "workouts", c.Num(c.N(2, 5)) + " workouts a week"),
        2 => ("steps", "walk", "walks", Big(c.PI(6000, 7500, 8000, 10000, 12000)) + " steps a day"),
        3 => ("books", "chapter", "chapters", c.Num(c.PI(10, 20, 30)) + " pages a day"),
        4 => ("puzzles", "puzzle", "puzzles", c.Num(c.N(1, 3)) + " puzzles a day"),
        5 => ("music-practice", "practice session", "practice sessions", c.Num(c.PI(10, 15, 20, 30)) + " minutes of practice a day"),
        _ => ("running", "run", "runs", c.Num(c.PI(10, 15, 20, 25, 30)) + " km a week"),
    };

    private static string Course(Ctx c) => c.P("Spanish", "French", "Italian", "Japanese", "German", "Portuguese", "Korean");

    private static string Badge(Ctx c) => c.P("First Steps", "Explorer", "Collector", "Trailblazer", "Bookworm", "High Five", "All-Rounder", "Team Player", "Perfect Week");

    private static string Media(Ctx c) => c.P("music", "books", "films", "games", "podcasts", "reading", "running");

    private static string Show(Ctx c) => c.Pick(Pools.Shows);

    private static Family AppEngagement() => Fam("app-engagement", false, true, 300, 80, null,
    [
        F(Own, c => { var a = App(c); c.SetTopic(a.Topic); return $"You're on a {D0(c.N(3, 60))}-day streak{c.Addr()}! {c.P("Don't break it: one " + a.Unit + " keeps it going.", "Keep it alive with a quick " + a.Unit + " today.", "Don't break it now!")}"; }),
        F(Own, c => { var a = App(c); c.SetTopic(a.Topic); return Lead(c, 0.4, $"You hit your goal of {a.Goal} this week. {c.P("Nice work!", "Time to aim higher?", "Keep it up!", "Want to raise it?")}"); }),
        F(Own, c => { var a = App(c); c.SetTopic(a.Topic); return $"Here's the reminder you turned on{c.Addr()}: time for today's {a.Unit}.{c.P("", " Ready?", " Got " + c.Num(c.PI(5, 10, 15)) + " minutes?", " You can change the time in Settings.")}"; }),
        F(Own, c => c.SetTopic("badges") + $"New badge unlocked{c.Addr()}: {Badge(c)}! {c.P("See it on your profile.", "That's " + D0(c.N(2, 29)) + " of 30 collected.", "Collect the full set?", "Can you get all 30?")}"),
        F(Dom, c => c.UseDomain("music") + $"Your {c.P("weekly playlist", "daily mix", "Friday mix", "new-releases playlist")} is here{c.Addr()}: {c.Num(c.PI(20, 25, 30, 40))} tracks, fresh for this week."),
        F(Dom, c => c.UseDomain("streaming", "books", "music", "cinema") + $"Your {c.P("", c.Num(c.N(5, 12)) + " ")}picks for this week are ready{c.Addr()}. {c.P("Have a look.", "Dive in.", "Something new to enjoy?", "Press play.")}"),
        F(Own, c => c.SetTopic("streaming") + $"New episodes of the shows you follow: {Show(c)} is back on {c.Day()}.{c.HookTail(0.2)}"),
        F(Own, c => c.SetTopic("photos") + $"We made a new {c.P("", "1-minute ", "60-second ")}memories video for you{c.Addr()}. {c.P("Tap to watch and share.", "Take a look back.", "Watch it now.", "Want to share it?")}"),
        F(Own, c => c.SetTopic("year-in-review") + $"Relive your year in {Media(c)}{c.Addr()}: your {Year(c)} review is ready.{c.P("", " Who'll you share it with?", " Tap to start.", " It's only here until " + c.Date() + ".")}"),
        F(Own, c => c.SetTopic("year-in-review") + Lead(c, 0.3, $"Your {Year(c)} {c.P("Wrapped", "Rewind", "Year in Review", "Recap")} is here! {c.P("See your top " + c.P("songs", "shows", "books", "artists") + " of the year.", "Share it with your friends.", "Tap to unwrap it.")}")),
        F(Own, c => { var a = App(c); c.SetTopic(a.Topic); return Lead(c, 0.3, $"{Cap(c.Num(c.N(2, 8)))} new {a.Units} are ready in your plan. {c.P("Start whenever you like.", "Pick up where you left off?", "Let's go!")}"); }),
        F(Own, c => { var a = App(c); c.SetTopic(a.Topic); return $"The {c.Month()} challenge you joined ends on {c.Day()}{c.Addr()}. {c.P("There's still time to finish it.", "Can you finish strong?", "One last push!")}"; }),
        F(Own, c => c.SetTopic("language-app") + $"Level up{c.Addr()}! You've finished unit {c.N(2, 12)} of your {Course(c)} course.{c.P("", " Ready for the next one?", " Unit " + D0(c.N(13, 20)) + " unlocks when you are.")}"),
        F(Own, c => c.SetTopic("puzzles") + $"Ready for today's {c.P("puzzle", "crossword", "quiz", "word")}? {c.P("A new one is waiting for you.", "No. " + D0(c.N(100, 1500)) + " is a tricky one.", "It's live now.", "You've got until midnight.")}"),
        F(Own, c => c.SetTopic("books") + $"The stories you follow have updated{c.Addr()}: {c.Num(c.N(2, 9))} new chapters on your reading list."),
        F(Own, c => c.SetTopic("photos") + $"{c.P("Your photos from this day in " + D0(c.N(2015, 2022)) + " are ready to look back on.", "A new collage from your " + c.P("summer", "winter", "weekend") + " photos is ready.", "Your " + c.Month() + " photo book is ready to edit.")}{c.HookTail(0.2)}"),
        F(Own, c => { var a = App(c); c.SetTopic(a.Topic); return Lead(c, 0.3, $"Your streak freeze is on, so a rest day won't reset your {D0(c.N(5, 90))}-day streak."); }),
        F(Own, c => { var a = App(c); c.SetTopic(a.Topic); return $"Nice{c.Addr()}! You completed the {a.Unit} plan you set for this week. {c.P("Set a new one?", "Ready for next week?", "Take a bow.")}"; }),
        F(Own, c => c.SetTopic("streaming") + $"{Show(c)} is now on your watchlist{c.Addr()}. We'll let you know when {c.P("season " + D0(c.N(2, 6)), "new episodes", "the finale", "episode " + D0(c.N(2, 10)))} lands."),
        F(Own, c => c.SetTopic("badges") + Lead(c, 0.3, $"You've earned {c.Pct()}% off your next order for finishing the {c.P("spring", "summer", "January", "30-day")} challenge. Nice one!")),
        F(Own, c => c.SetTopic("podcasts") + $"New episode{c.Addr()}: {c.P("the podcast", "a show")} you subscribe to just {c.P("dropped", "released")} episode {c.N(12, 240)}.{c.HookTail(0.2)}"),
        F(Own, c => { var a = App(c); c.SetTopic(a.Topic); return $"How did this week go{c.Addr()}? Log your {a.Units} and see your progress in the app."; }),
    ],
    [
        F(Own, c => c.SetTopic("streaming") + $"Because you follow {Show(c)}."),
        F(Own, c => c.SetTopic("music") + $"Part of your {c.P("weekly playlist", "daily mix", "Friday mix")}."),
        F(Own, c => c.SetTopic("reminders") + $"Because you turned on {c.P("daily", "weekly", "streak", "goal")} reminders."),
        F(Own, c => c.SetTopic("books") + $"From {c.P("your reading list", "your watchlist", "the series you follow")}."),
        F(Own, c => c.SetTopic("year-in-review") + $"Your {Year(c)} review: a feature available to every {c.P("listener", "reader", "member")}."),
        F(Own, c => { var a = App(c); c.SetTopic(a.Topic); return $"Because of the goal you set: {a.Goal}."; }),
        F(Own, c => c.SetTopic("streaming") + $"Because you follow {Show(c)}: {c.P("season " + D0(c.N(2, 6)), "episode " + D0(c.N(2, 12)), "the new season")} is out now."),
        F(Own, c => c.SetTopic("year-in-review") + $"Part of your {Year(c)} {c.P("Wrapped", "review", "recap")}, which you can share or hide."),
        F(Own, c => { var a = App(c); c.SetTopic(a.Topic); return $"Reminder you set for {c.Slot()} on {c.P("weekdays", "every day", c.Day() + "s")}: today's {a.Unit}."; }),
    ]);

    // ------------------------------------------------------------------ warm offers addressed to the reader

    private static string Tier(Ctx c) => c.P("Gold", "Silver", "Platinum", "Insider", "VIP");

    private static string Treat(Ctx c) => c.P("a free coffee", "free delivery", "a free dessert", "double points", "a free gift", "a free cinema ticket", "a mystery treat");

    private static Family WarmAddressedOffer() => Fam("warm-addressed-offer", false, true, 340, 50, null,
    [
        F(Dom, c => $"Happy birthday{c.Addr(0.6)}! Here's {c.Pct()}% off anything this month.{c.P("", "", " Fancy treating yourself?")}"),
        F(Dom, c => $"Hi {Who(c)}, {c.Pct()}% off this weekend. {c.P("Just for members.", "Ends " + c.Day() + ".", "Use code " + c.Code() + ".", "See you soon.")}"),
        F(Dom, c => Lead(c, 0.5, $"You have {Big(c.N(150, 9000))} points: that's {c.Money(1, 90)} off your next {c.P("order", "shop", "visit", "purchase")}.")),
        F(Dom, c => $"Happy {c.P("first", "second", "third", "fifth", "1st", "2nd", "3rd")} anniversary with {c.Brand}{c.Addr()}! To say thanks, {c.P("here's free delivery for a month.", "here's " + c.Pct() + "% off.", "your next treat's on us.")}"),
        F(Dom, c => $"We miss you{c.Addr(0.5)}. Come back for {c.Pct()}% off {c.P("anything", "your next order", c.Cat())}.{c.P("", " Shall we?", " See you soon?")}"),
        F(Dom, c => $"It's been a while{c.Addr(0.5)}! Here's a little something to welcome you back: {OfferLower(c)}"),
        F(Dom, c => $"A birthday treat for you{c.Addr()}: {Treat(c)}, all week.{c.P("", " How will you celebrate?", " See you soon?")}"),
        F(Dom, c => Lead(c, 0.5, $"As a {Tier(c)} member, you get early access to our sale from {c.Day()}.")),
        F(Dom, c => $"Thanks for being a member{c.Addr()}. Here's a thank-you code: {c.Code()}.{c.P("", " What will you treat yourself to?", " Ready to use it?")}"),
        F(Dom, c => $"Your {c.Month()} member treat is here{c.Addr()}: {OfferLower(c)}"),
        F(Dom, c => $"Hello {Who(c)}, your points are waiting. {c.P("Spend them on anything in store.", "Use them online or in store.", "Every 100 points is " + Cur(c) + "1.")}"),
        F(Dom, c => $"Don't forget{c.Addr()}: your {c.Money(5, 25)} voucher expires on {c.Date()}.{c.P("", " What will you spend it on?", " Need ideas?")}"),
        F(Dom, c => $"Hey {Who(c)}! Fancy {c.Pct()}% off? Use {c.Code()} before {c.Day()}."),
        F(Dom, c => $"Thanks for sticking with us{c.Addr()}. Enjoy {c.Pct()}% off everything until {c.Day()}."),
        F(Dom, c => Lead(c, 0.5, $"You're invited: a members' evening on {c.Date()}, with {c.Pct()}% off all night.")),
        F(Dom, c => $"Your birthday month is here{c.Addr(0.5)}! Claim {Treat(c)} any time before the end of the month."),
        F(Dom, c => Lead(c, 0.4, $"Psst: our sale starts tomorrow, and you get in a day early.")),
        F(Dom, c => $"Refer a friend and you'll both get {c.Money(5, 20)} off{c.Addr()}. {c.P("Share your code from the app.", "Your link is in your account.", "There's no limit.")}"),
        F(Dom, c => $"Hi {Who(c)}, just a note to say thank you for shopping with us. {c.Offer()}"),
        F(Dom, c => $"Come back and see us{c.Addr(0.5)}: your next order ships free{c.P(".", ", no minimum spend.", " until " + c.Day() + ".")}"),
        F(Dom, c => Lead(c, 0.8, $"Your {Tier(c)} membership gives you {c.Pct()}% off {c.Cat()} this week.{c.HookTail(0.2)}")),
        F(Dom, c => $"{c.P("Ooh", "Good news", "Yay")}{c.Addr()}, you've got {c.Money(3, 15)} in rewards to spend. {c.P("Treat yourself?", "What will you pick?", "Spend it any time.")}"),
    ],
    [
        F(Dom, c => $"Birthday offer: {c.P("you added your birthday to your profile.", "from the birthday you gave us when you joined.", "because you asked for a birthday treat.")}"),
        F(Dom, c => $"Because you're a {Tier(c)} member of {c.Brand} Rewards."),
        F(Dom, c => $"Member offer, sent to everyone in {c.Brand} {c.P("Rewards", "Club", "Insiders")}."),
        F(Dom, c => $"Welcome-back offer, sent to all {c.P("customers", "members", "subscribers")} this {c.P("month", "season", "week")}."),
        F(Dom, c => $"Because you have {Big(c.N(150, 9000))} points to spend{c.P(".", " before " + c.Date() + ".")}"),
        F(Dom, c => $"Birthday offer, valid for {c.Num(c.PI(7, 14, 30))} days around the birthday you gave us."),
        F(Dom, c => $"Because your {c.Brand} membership is {c.P("2", "3", "5", "10")} years old this {c.P("week", "month")}."),
    ]);

    // ------------------------------------------------------------------ loud untargeted promotions (g-plain)

    private static string Prem(Ctx c) => c.Us
        ? "1-900-" + D0(c.N(200, 999)) + "-" + D0(c.N(1000, 9999))
        : c.P("0906", "0907", "0909", "0871") + " " + D0(c.N(100, 999)) + " " + D0(c.N(1000, 9999));

    private static string ShortCode(Ctx c) => D0(c.PI(8, 6, 8, 7)) + D0(c.N(1000, 9999));

    private static string Rate(Ctx c) => c.P(Cur(c) + "1.50/min", "150p/min", "60p/min", "25p/min", Cur(c) + "1.20/min");

    private static string TxtRate(Ctx c) => c.P(Cur(c) + "1/msg", Cur(c) + "1.50/msg", Cur(c) + "3/wk", "150p/msg", Cur(c) + "2/wk");

    /// <summary>A round prize amount, as spam uses ("£500", "£1,250").</summary>
    private static string Prz(Ctx c, int lo, int hi) => Cur(c) + Big(c.N(lo / 50, hi / 50) * 50);

    private static string Prize(Ctx c) => c.P(
        "a " + Prz(c, 500, 5000) + " cash prize", "a holiday for two in " + c.City(), "a brand-new phone", Prz(c, 100, 900) + " in shopping vouchers",
        "a luxury cruise", "a 65-inch TV", "a year's free shopping", "a new car", Prz(c, 250, 2000) + " cash");

    private static string KeyW(Ctx c) => c.P("WIN", "CLAIM", "PRIZE", "GO", "YES", "ENTER", "BONUS", "FREE");

    private static Family PushyPromo() => Fam("pushy-promo", false, false, 320, 20, null,
    [
        F(Own, c => c.SetTopic("prize-draw") + $"{c.P("", "Fancy a holiday? ", "Feeling lucky? ", "Want to win big? ")}You have been selected to win {Prize(c)}! Call {Prem(c)} now to claim. Calls cost {Rate(c)}."),
        F(Own, c => c.SetTopic("prize-draw") + $"CLAIM your {Prz(c, 100, 2000)} prize now! Txt {KeyW(c)} to {ShortCode(c)}. {TxtRate(c)}, 18+, T&Cs apply."),
        F(Own, c => c.SetTopic("prize-draw") + $"{c.P("Free entry into our weekly draw!", "Free entry 4 u in our weekly draw!", "U could win " + Prize(c) + " in our weekly draw!")} Txt {KeyW(c)} to {ShortCode(c)} to enter. Std txt rates apply."),
        F(Own, c => c.SetTopic("prize-draw") + $"URGENT! Call now to claim your reward. Valid {c.PI(12, 24, 48)} hrs only. {Prem(c)}"),
        F(Own, c => c.SetTopic("vouchers") + $"Dear voucher holder, your {Prz(c, 25, 500)} {c.P("shopping", "holiday", "store")} voucher is ready to redeem. Call {Prem(c)} {c.P("before " + c.Day() + ".", "to claim.", "now!")}"),
        F(Own, c => c.SetTopic("ringtones") + $"Get the latest ringtones 4 ur mobile! Txt {c.P("TONE", "RING", "POLY")} to {ShortCode(c)}. {Cur(c)}{c.PI(3, 4, 5)}/wk until u send STOP."),
        F(Own, c => c.SetTopic("chat-line") + $"{c.P("Chat to new people tonight!", "100s of people online now!", "The UK's liveliest chat line!", "Fancy a chat tonight?")} Call {Prem(c)}{c.P("", " & u could be chatting in seconds", " and you'll be connected straight away")}. {Rate(c)}, 18+ only."),
        F(Own, c => c.SetTopic("prize-draw") + $"WINNER!! As a valued network customer you have been selected to receive a {Prz(c, 500, 2000)} prize reward! Call {Prem(c)}. Claim code {c.P("KL", "XM", "GB", "TR")}{c.N(100, 999)}. Valid {c.PI(12, 24)} hrs."),
        F(Own, c => c.SetTopic("prize-draw") + $"Congratulations! You've won {Prize(c)}. To claim, call {Prem(c)} before {c.Day()}.{c.P("", " Why wait?", " What are you waiting for?")}"),
        F(Own, c => c.SetTopic("vouchers") + $"FREE MSG: Ur {Prz(c, 50, 500)} {c.P("shopping voucher", "gift card", "cash reward")} is waiting! Reply {KeyW(c)} to claim b4 {c.Day()}."),
        F(Own, c => c.SetTopic("prize-draw") + $"Last chance 4 u 2 win {Prize(c)}! Txt {KeyW(c)} to {ShortCode(c)} now. Draw closes midnight."),
        F(Dom, c => $"{c.P("MEGA SALE", "HUGE SALE", "FLASH SALE", "BIGGEST SALE EVER")}!! UP TO {c.PI(50, 60, 70, 80)}% OFF EVERYTHING. {c.P("ENDS MIDNIGHT!", "TODAY ONLY!", "DON'T MISS OUT!", "GRAB UR BARGAINS NOW!", "WHAT R U WAITING 4?", "SEE U THERE!", "ARE YOU READY?")}"),
        F(Own, c => c.SetTopic("dating") + $"Hot new dating app: {Big(c.N(20, 900) * 1000)} members and counting. Txt {c.P("DATE", "MEET", "MATCH")} to {ShortCode(c)} to join FREE. {c.P("Who will u meet?", "Could u be next?", "What are you waiting for?", "")} 18+"),
        F(Dom, c => $"Spin the wheel for a chance to win {c.P(Prize(c), "free " + c.Cat() + " for a year", c.Pct() + "% off")}! {c.P("Play now in the app.", "One spin a day, every day.", "What will you win?", "Will you be lucky today?", "Your spin is waiting.")}"),
        F(Own, c => c.SetTopic("prize-draw") + $"Ur mobile number has won {Prz(c, 500, 5000)} in our {c.Month()} draw! Call {Prem(c)} to claim. {Rate(c)}."),
        F(Own, c => c.SetTopic("prize-draw") + $"Reply {KeyW(c)} now 4 ur chance to bag {Prize(c)}! Entries close {c.Day()}. {TxtRate(c)}."),
        F(Own, c => c.SetTopic("prize-draw") + $"U have been awarded a {c.City()} holiday or {Prz(c, 1000, 3000)} cash! Call {Prem(c)} 2 claim. T&Cs: PO Box {c.N(100, 9999)}."),
        F(Dom, c => $"{c.P("DOUBLE", "TRIPLE")} POINTS WEEKEND!! Every {Cur(c)}1 u spend = {c.PI(2, 3)} points. {c.P("Don't miss it!!!", "Ready, set, SHOP!!!", "Where will u spend them?")}"),
        F(Dom, c => $"Flash sale: {c.Pct()}% off for the next {c.Num(c.N(2, 6))} hours only! Use code {c.Code()} NOW. {c.P("Ready?", "Don't say we didn't tell you!", "Go go go!", "What are you waiting for?")}"),
        F(Own, c => c.SetTopic("prize-draw") + $"U r guaranteed {Prz(c, 500, 1500)} cash or a {Prz(c, 1500, 5000)} prize! To claim txt CLAIM to {ShortCode(c)}. {TxtRate(c)}."),
        F(Own, c => c.SetTopic("deals-club") + $"Join our VIP club! Get the hottest deals sent straight 2 ur phone. Txt VIP to {ShortCode(c)}. {TxtRate(c)}."),
        F(Own, c => c.SetTopic("prize-draw") + $"Your number was picked at random in our {c.P("summer", "spring", "Christmas", "weekly")} giveaway! Call {Prem(c)} to find out what you've won."),
        F(Own, c => c.SetTopic("ringtones") + $"Get this week's No.1 ringtone, {c.Pick(Pools.Tracks)}, on ur phone! Txt TONE {c.N(1, 99)} to {ShortCode(c)}. {TxtRate(c)}."),
        F(Dom, c => $"LAST CHANCE!!! {c.Pct()}% off {c.Cat()} ends TONIGHT. {c.P("Shop now b4 it's gone!", "Don't say we didn't tell u!", "Will u miss out?")}"),
    ],
    [
        F(Own, c => c.SetTopic("prize-draw") + $"Prize draw advert{c.P("", " from " + c.Brand)}, shown to all {c.P("visitors", "app users", "readers of this page", "subscribers")}."),
        F(Own, c => c.SetTopic("prize-draw") + $"Promotion open to all UK residents aged 18+{c.P(".", ". No purchase necessary.", ". Random draw.", ". Closes " + c.Date() + ".")}"),
        F(Dom, c => $"{c.P("Sitewide sale banner", "Flash-sale banner", "Competition banner", "Prize draw banner")}, {c.P("the same for everyone", "shown to every visitor", "not personalised")}."),
    ]);

    // ------------------------------------------------------------------ transparency and privacy notices

    private static string Uses(Ctx c) => c.P(
        "the items you've bought and rated", "your orders and saved items", "your purchases and the interests you chose",
        "your ratings and the " + c.P("brands", "categories", "shows", "authors") + " you follow", "your past orders with us",
        "the preferences you set in your profile", "your orders from the last " + c.Num(c.PI(12, 18, 24)) + " months",
        "the items you've rated 4 or 5 stars", "the " + c.P("3", "5") + " interests you picked when you joined");

    private static string Where(Ctx c) => c.P("in Settings", "in Settings > Privacy", "in your account", "under Account > Recommendations",
        "in the app's privacy settings", "in Privacy settings");

    /// <summary>Optional closing line of a privacy notice: how long changes take, or a question.</summary>
    private static string TxTail(Ctx c) => c.R.Next(7) switch
    {
        0 => " Changes can take up to " + c.P("24", "48") + " hours to apply.",
        1 => " It takes " + c.P("2 taps", "1 minute", "about 30 seconds") + ".",
        2 => " Want to change it?",
        3 => " Questions? Read our privacy notice.",
        _ => "",
    };

    private static Family Transparency() => Fam("transparency-notice", false, true, 150, 130, null,
    [
        F(Dom, c => $"We use {Uses(c)} to recommend {c.Cat()}. You can turn this off {Where(c)}.{TxTail(c)}"),
        F(Dom, c => $"You can see why you're seeing {c.P("any ad", "this ad", "an offer", "a recommendation")} {Where(c)}{c.Addr()}.{TxTail(c)}"),
        F(Dom, c => $"Your recommendations are based on {Uses(c)}. {c.P("Change them any time " + Where(c) + ".", "You're in charge: edit them " + Where(c) + ".")}"),
        F(Dom, c => $"Want fewer suggestions for {c.Cat()}? Tap 'Not interested' on any item and we'll show less like it."),
        F(Dom, c => $"We've changed how recommendations work{c.Addr()}: they now use only {Uses(c)}, and never anything you do on other websites."),
        F(Dom, c => $"Personalised {c.P("ads", "offers", "recommendations")} are {c.P("on", "off")} for your account. {c.P("Change this", "Switch it", "Manage it")} {Where(c)}.{TxTail(c)}"),
        F(Dom, c => $"You're in control{c.Addr()}: choose which emails you get, and how often, {c.P("in your preferences.", "from the link below.", "in your account.")}{c.P("", " Fancy just " + c.Num(c.N(1, 2)) + " a week?", " Want fewer?", " Prefer texts?")}"),
        F(Dom, c => $"Your privacy choices are saved{c.Addr()}: {c.P("personalised recommendations on, partner offers off", "offers by email only", "no marketing texts", "recommendations off")}.{TxTail(c)}"),
        F(Dom, c => $"How we pick your offers: we look at {Uses(c)}. We never buy information about you from other companies."),
        F(Dom, c => $"You can download a copy of the data you've shared with us from Account > Privacy{c.Addr(0.3)}. It takes about {c.Num(c.N(5, 30))} minutes to prepare."),
        F(Dom, c => $"Clear your {c.P("search history", "recently viewed list", "history")} any time{c.Addr()}, and your recommendations will start fresh."),
        F(Dom, c => $"Prefer not to get {c.P("recommendations", "personalised offers", "suggestions")}? Switch them off in {c.P("one tap", "2 taps", "under a minute")}{c.Addr()}."),
        F(Dom, c => $"Why do you see these picks? They come from {Uses(c)}. {c.P("Edit your interests here.", "Not right? Tell us what you'd rather see.", "You can reset them any time.")}"),
        F(Dom, c => $"We'll only use your {c.P("email address", "phone number")} for {c.P("order updates", "delivery updates", "account messages")}, unless you tick the box for offers."),
        F(Dom, c => $"Ads are labelled 'Sponsored'. Tap the three dots on any ad to see why it's shown and to hide ads like it{c.Addr(0.3)}."),
        F(Dom, c => $"Your cookie settings{c.Addr()}: {c.P("only essential cookies are on", "analytics cookies are off", "you've accepted essential and preference cookies")}. Change them from the link at the bottom of any page.{TxTail(c)}"),
        F(Dom, c => $"Reminder{c.Addr()}: you can pause personalised recommendations for {c.P("30 days", "as long as you like", "a week")} {Where(c)}."),
        F(Dom, c => $"We keep your {c.P("search history", "order history", "saved searches")} for {c.Num(c.PI(6, 12, 18, 24))} months, then delete it. You can clear it sooner {Where(c)}{c.Addr(0.3)}."),
        F(Dom, c => $"New in your account{c.Addr()}: a privacy page that shows what you've shared with us, and lets you delete it."),
    ],
    [
        F(Dom, c => $"Why am I seeing this? Because of {Uses(c)}. Change this {Where(c)}."),
        F(Dom, c => $"Based on your past orders with {c.Brand}. Manage recommendations {Where(c)}."),
        F(Dom, c => $"Recommended from {Uses(c)}. Not right? Tap 'Not interested'."),
        F(Dom, c => $"This ad is shown to everyone who visits this page. It isn't based on anything about you."),
        F(Dom, c => $"Shown because it's related to things you've bought here. You can turn off personalised suggestions {Where(c)}."),
        F(Dom, c => $"Personalisation uses {c.P("your orders and saved items only", "only what you've rated", "only the interests you picked")}. Edit {Where(c)}."),
        F(Dom, c => $"Why this? You follow {Cap(c.Cat())}. Unfollow to see less."),
        F(Dom, c => $"Shown because of the {c.P("language and country", "country", "currency")} you chose in settings."),
        F(Dom, c => $"Based on your ratings. {c.P("Rate more items to improve your picks.", "Change a rating any time.")}"),
        F(Dom, c => $"General pick, not personalised: you've turned personalisation off."),
        F(Dom, c => $"Personalised from your orders with us in the last {c.Num(c.PI(6, 12, 24))} months. Change this {Where(c)}."),
        F(Dom, c => $"Because of your settings: {c.P("offers weekly", Cap(c.Cat()) + " first", "email only", "no partner offers")}. Change them {Where(c)}."),
        F(Dom, c => $"How this was chosen: {c.P("it's popular in " + Cap(c.Cat()), "it's new this week", "it matches a category you follow")}. {c.P("Learn more in our privacy notice.", "See all your choices " + Where(c) + ".")}"),
    ]);
}
