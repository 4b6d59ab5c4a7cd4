namespace CreepLint.Samples.Corpus;

/// <summary>A hardship the vulnerability frames bind urgency to.</summary>
internal sealed record Hardship(
    string Key, string[] Q, string[] S, string Noun, string YouAre, string State, string Crowd, string[] Offers);

/// <summary>Kinds of sensitive template field, by what the field's value is.</summary>
internal enum FieldType { Date, Score, Count, Money, Place, Flag, Label, Age }

internal sealed record SensitiveField(string Name, FieldType Type, string Topic);

internal static class Tables
{
    public static readonly Hardship[] Hardships =
    [
        new("grief",
            ["Struggling since the funeral?", "First Christmas without her?", "Finding the house too quiet since he passed?", "Still raw after losing your mum?"],
            ["Grieving is hard", "The first year without your mum is the hardest", "Since the funeral the house must feel so quiet", "Losing your husband has turned everything upside down"],
            "the grief", "grieving", "bereaved in the last 30 days", "recently bereaved customers",
            ["our funeral plan", "our memorial plaque offer", "our companionship line", "our house-clearance service"]),
        new("illness",
            ["Still in pain?", "Waiting list dragging on?", "Back pain keeping you up again?", "Scared the diagnosis means the worst?"],
            ["Your pain isn't going anywhere", "Your condition won't wait", "The treatment is taking its toll on you", "Your joints are only getting worse"],
            "the pain", "in pain", "with a chronic condition", "chronic pain patients",
            ["our joint-relief formula", "private surgery finance", "our supplement course", "our pain-relief cream"]),
        new("debt",
            ["Behind on rent again?", "Bailiffs at the door?", "Can't cover the bills this month?", "Debts piling up?", "Nothing left till payday?"],
            ["Your debt won't wait", "Rent's due and your account is empty", "Payday is still ten days away for you", "The red letters keep coming"],
            "the debt", "behind on your bills", "in arrears", "customers behind on two or more bills",
            ["a payday loan", "our consolidation loan", "an instant cash loan", "a no-checks loan"]),
        new("loneliness",
            ["Feeling alone tonight?", "Nobody visits much these days, do they?", "Quiet evenings since the kids moved out?", "No one to talk to this weekend?"],
            ["No one's messaged you in a while", "Evenings on your own are hard", "Your phone hasn't rung all week", "Nobody visits you much these days"],
            "the loneliness", "lonely", "living alone with no recent contacts", "isolated older customers",
            ["our chat line", "a profile boost", "our companionship club", "lifetime membership"]),
        new("gambling",
            ["Missing the buzz?", "Fancy one more spin?", "Ready to win it back?", "Been a while since your last flutter?"],
            ["You've been so good lately", "One more spin could turn it around for you", "Your losses could come back tonight", "You haven't played in three weeks"],
            "the losses", "chasing your losses", "lapsed after heavy losses", "lapsed high-stakes players",
            ["a £25 free bet", "a 50-free-spins bonus", "a 200% deposit match", "a boosted bet"]),
        new("alcohol",
            ["Drinking to get through the week?", "Struggling to stay off the booze?", "Slipped off the wagon again?"],
            ["Staying sober is hard for you", "Your drinking has crept up again", "A drink would take the edge off your week"],
            "the craving", "in recovery from alcohol", "in alcohol recovery", "customers in recovery",
            ["our gin of the month", "a case of wine", "our 2-for-1 spirits deal"]),
        new("minors",
            ["Under 16?", "Pocket money burning a hole?", "Too young to have a card?"],
            ["Your parents won't check", "Nobody checks ages here", "You're too young for a card, but there's a way"],
            "the wait for pocket money", "under 16", "under 16", "underage players",
            ["a loot-box bundle", "a gem bundle", "a mystery crate", "a crate of energy drinks"]),
        new("unemployment",
            ["Lost your job?", "Redundancy money running low?", "No wages this month?"],
            ["The job hunt is dragging on for you", "Money's tight since your redundancy", "Your last payslip was in March"],
            "the money worries", "out of work", "recently made redundant", "recently unemployed customers",
            ["a cash advance in 10 minutes", "our short-term loan", "a payment holiday"]),
    ];

    public static readonly SensitiveField[] Fields =
    [
        new("predicted_due_date", FieldType.Date, "pregnancy"),
        new("predicted_move_date", FieldType.Date, "moving"),
        new("bereavement_date", FieldType.Date, "bereavement"),
        new("expected_retirement_date", FieldType.Date, "older-age"),
        new("visa_expiry_date", FieldType.Date, "immigration"),
        new("predicted_life_event_date", FieldType.Date, "life-event"),
        new("churn_score", FieldType.Score, "churn"),
        new("propensity_to_buy", FieldType.Score, "propensity"),
        new("gambling_propensity", FieldType.Score, "addiction"),
        new("financial_distress_score", FieldType.Score, "debt"),
        new("alcohol_risk_score", FieldType.Score, "addiction"),
        new("mental_health_risk", FieldType.Score, "mental-health"),
        new("default_probability", FieldType.Score, "debt"),
        new("pregnancy_likelihood", FieldType.Score, "pregnancy"),
        new("view_count", FieldType.Count, "views"),
        new("visit_count", FieldType.Count, "visits"),
        new("session.dwell_seconds", FieldType.Count, "dwell"),
        new("late_night_sessions", FieldType.Count, "sessions"),
        new("search_count", FieldType.Count, "searches"),
        new("inferred_income", FieldType.Money, "income"),
        new("income_band_estimate", FieldType.Money, "income"),
        new("estimated_net_worth", FieldType.Money, "income"),
        new("debt_balance_estimate", FieldType.Money, "debt"),
        new("last_seen_location", FieldType.Place, "location"),
        new("last_seen_store", FieldType.Place, "location"),
        new("home_location_inferred", FieldType.Place, "location"),
        new("geo.last_known_city", FieldType.Place, "location"),
        new("last_clinic_visit", FieldType.Place, "health"),
        new("segment.new_parents", FieldType.Flag, "new-parent"),
        new("segment.recently_bereaved", FieldType.Flag, "bereavement"),
        new("segment.financially_stretched", FieldType.Flag, "debt"),
        new("segment.likely_pregnant", FieldType.Flag, "pregnancy"),
        new("customer.recent_divorce", FieldType.Flag, "divorce"),
        new("profile.is_unemployed", FieldType.Flag, "unemployment"),
        new("health.diabetic", FieldType.Flag, "diabetes"),
        new("segment.problem_gambler", FieldType.Flag, "addiction"),
        new("profile.visa_pending", FieldType.Flag, "immigration"),
        new("health.condition", FieldType.Label, "health"),
        new("inferred_condition", FieldType.Label, "health"),
        new("inferred_orientation", FieldType.Label, "sexual-orientation"),
        new("religion_inferred", FieldType.Label, "religion"),
        new("ethnicity_inferred", FieldType.Label, "ethnicity"),
        new("predicted_life_event", FieldType.Label, "life-event"),
        new("segment.life_stage", FieldType.Label, "life-stage"),
        new("customer.credit_band", FieldType.Label, "credit-score"),
        new("inferred_age", FieldType.Age, "age"),
        new("age_band_estimate", FieldType.Age, "age"),
        new("predicted_age", FieldType.Age, "age"),
    ];

    // Trait-targeting headlines: status or problem phrases with the topic they assert.
    public static readonly (string Text, string Topic)[] StillStatus =
    [
        ("single", "single"), ("renting", "renting"), ("living with your parents", "living-with-parents"),
        ("without kids", "children"), ("without a pension", "finances"), ("in your overdraft", "debt"),
        ("not married", "single"), ("paying off your student loan", "debt"), ("without savings", "finances"),
    ];

    public static readonly (string Text, string Topic)[] Problems =
    [
        ("your weight", "weight"), ("sleep", "sleep"), ("your memory", "memory"), ("bladder leaks", "continence"),
        ("thinning hair", "hair-loss"), ("money", "finances"), ("loneliness", "loneliness"),
        ("erectile problems", "sexual-health"), ("joint pain", "chronic-illness"), ("hot flushes", "midlife"),
    ];

    public static readonly (string Text, string Topic)[] DecadeStates =
    [
        ("still single", "single"), ("feeling invisible", "midlife"), ("worried about retirement", "finances"),
        ("losing your hair", "hair-loss"), ("starting over after a divorce", "divorce"), ("back on the dating apps", "single"),
        ("still renting", "renting"), ("drowning in debt", "debt"), ("hiding grey roots", "ageing"),
    ];

    public static readonly (string Text, string Topic)[] Identities =
    [
        ("single dad", "single-parent"), ("divorcee", "divorce"), ("widow", "bereavement"), ("first-time mum", "new-parent"),
        ("retiree", "older-age"), ("single mum", "single-parent"), ("empty nester", "children"), ("bachelor", "single"),
    ];

    public static readonly string[] Clusters =
    [
        "budget-conscious young mothers", "financially stretched renters", "likely empty nesters", "recently separated men",
        "late-night impulse buyers", "affluent retirees", "health-anxious shoppers", "lapsed high spenders",
        "price-sensitive students", "probable new parents", "heavy weekend drinkers", "likely job seekers",
        "anxious first-time buyers", "lonely over-70s", "recently divorced dads", "payday-to-payday households",
    ];

    public static readonly string[] Tags =
    [
        "likely to churn", "high-value lapsed", "financially stretched", "probable new parent", "empty nester",
        "impulse buyer", "deal seeker", "late-night shopper", "at-risk gambler", "recently separated", "health-anxious",
        "likely mover", "big spender", "discount-dependent", "vulnerable", "persuadable",
    ];

    public static readonly string[] Predictions =
    [
        "cancel your subscription", "switch to another bank", "move house", "start a family", "buy a car", "miss a payment",
        "upgrade your phone", "book a holiday", "get engaged", "retire", "leave us for a competitor", "need a loan",
        "stop shopping with us", "take out a mortgage",
    ];

    public static readonly string[] ScoreNames =
    [
        "churn risk", "propensity score", "credit risk band", "predicted lifetime value", "loyalty-risk score",
        "engagement score", "affordability score", "wellbeing index", "persuadability score",
    ];

    public static readonly string[] Urgency =
    [
        "Offer ends at midnight.", "Only {n} left at this price.", "Apply in the next {n} minutes.",
        "This price disappears in {n} hours.", "Today only.", "Lines close at {time}.", "Sign by Friday or lose the rate.",
        "{n} places left this week.", "The timer's already running.", "Last chance: ends tonight.",
    ];
}
