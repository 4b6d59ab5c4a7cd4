using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CreepLint.Samples.Corpus;

/// <summary>
/// Everything a frame needs to build one text: the seeded random source, the item's channel, locale and topic, and
/// helpers that produce names, numbers, times, places and offers. One instance per item attempt.
/// </summary>
internal sealed partial class Ctx
{
    public Ctx(Random r, string channel, bool us)
    {
        R = r;
        Channel = channel;
        Us = us;
        Syntax = r.Next(5);
        NameIsPlaceholder = r.NextDouble() < 0.45;
        Nm = NameIsPlaceholder ? NamePh() : FirstName(r);
        BrandStem = Pools.BrandStems[r.Next(Pools.BrandStems.Length)];
    }

    public Random R { get; }
    public string Channel { get; }
    public bool Us { get; }
    /// <summary>Placeholder syntax for this item: 0 Liquid, 1 Handlebars, 2 Mailchimp, 3 Salesforce, 4 ${}.</summary>
    public int Syntax { get; }
    public string Nm { get; }
    public bool NameIsPlaceholder { get; }
    public bool NameUsed { get; set; }
    public string BrandStem { get; }

    public Domain D { get; set; } = Domains.All[0];
    public Attr A { get; set; } = Attributes.All[0];
    public Hardship H { get; set; } = Tables.Hardships[0];
    public SensitiveField F { get; set; } = Tables.Fields[0];
    public string? Topic { get; set; }

    /// <summary>Switches to one of the named domains (for frames whose wording only fits some); returns "" for chaining.</summary>
    public string UseDomain(params string[] keys)
    {
        var k = P(keys);
        D = Array.Find(Domains.All, d => d.Key == k) ?? D;
        Topic = D.Key;
        return "";
    }

    /// <summary>Switches to the named attribute; returns "" for chaining.</summary>
    public string UseAttr(string key)
    {
        A = Array.Find(Attributes.All, a => a.Key == key) ?? A;
        Topic = A.Key;
        return "";
    }

    /// <summary>Sets the topic label; returns "" for chaining.</summary>
    public string SetTopic(string topic)
    {
        Topic = topic;
        return "";
    }

    /// <summary>Plurality of the last product produced.</summary>
    public bool Pl { get; private set; }

    public bool Personal => Channel is not ("ad-headline" or "rationale");
    public bool Short => Channel is "email-subject" or "ad-headline" or "push";

    // ---------------------------------------------------------------- picking

    public string P(params string[] xs) => xs[R.Next(xs.Length)];
    public int PI(params int[] xs) => xs[R.Next(xs.Length)];
    public T Pick<T>(IReadOnlyList<T> xs) => xs[R.Next(xs.Count)];
    public bool Ch(double p) => R.NextDouble() < p;
    public int N(int lo, int hi) => R.Next(lo, hi + 1);

    // ---------------------------------------------------------------- names and brands

    /// <summary>True when the frame is about a product domain: the brand then takes the domain's suffix.</summary>
    public bool DomainTopic { get; set; }

    private string? _brand;

    /// <summary>The sender's brand, fixed for the item once asked for.</summary>
    public string Brand => _brand ??= BrandStem + " " + (DomainTopic ? Pick(D.Sfx) : P("Co", "& Co", "Market", "Living", "Direct", "Goods"));

    /// <summary>", Sam" (or a name placeholder) for personal channels, sometimes; otherwise nothing.</summary>
    public string Addr(double p = 0.4)
    {
        if (!Personal || !Ch(p)) return "";
        NameUsed = true;
        return ", " + Nm;
    }

    /// <summary>"Sam, " at the start of a sentence, sometimes.</summary>
    public string Lead(double p = 0.25)
    {
        if (!Personal || !Ch(p)) return "";
        NameUsed = true;
        return Nm + ", ";
    }

    public static string FirstName(Random r) => Pools.FirstNames[r.Next(Pools.FirstNames.Length)];
    public string Person() => Pick(Pools.FirstNames);
    public string Surname() => Pick(Pools.Surnames);

    /// <summary>A name placeholder in this item's syntax.</summary>
    public string NamePh() => Syntax switch
    {
        0 => P("{{ first_name }}", "{{ customer.first_name }}", "{{ contact.firstname }}"),
        1 => P("{{firstName}}", "{{customer.firstName}}"),
        2 => "*|FNAME|*",
        3 => "%%FirstName%%",
        _ => P("${firstName}", "${user.firstName}"),
    };

    /// <summary>Any field in this item's syntax: snake_case names are converted for Handlebars, Mailchimp, Salesforce and ${}.</summary>
    public string Ph(string field) => Syntax switch
    {
        0 => "{{ " + field + " }}",
        1 => "{{" + Camel(field) + "}}",
        2 => "*|" + field.Replace('.', '_').ToUpperInvariant() + "|*",
        3 => "%%" + Pascal(field) + "%%",
        _ => "${" + Camel(field) + "}",
    };

    public string IfOpen(string field) => Syntax switch
    {
        1 => "{{#if " + Camel(field) + "}}",
        2 => "*|IF:" + field.Replace('.', '_').ToUpperInvariant() + "|*",
        3 => "%%[IF " + Pascal(field) + " THEN]%%",
        4 => "<#if " + Camel(field) + ">",
        _ => "{% if " + field + " %}",
    };

    public string IfClose() => Syntax switch
    {
        1 => "{{/if}}",
        2 => "*|END:IF|*",
        3 => "%%[ENDIF]%%",
        4 => "</#if>",
        _ => "{% endif %}",
    };

    private static string Camel(string f)
    {
        var sb = new StringBuilder();
        var up = false;
        foreach (var ch in f)
        {
            if (ch == '_') { up = true; continue; }
            sb.Append(up ? char.ToUpperInvariant(ch) : ch);
            up = false;
        }
        return sb.ToString();
    }

    private static string Pascal(string f)
    {
        var c = Camel(f.Replace('.', '_'));
        return char.ToUpperInvariant(c[0]) + c[1..];
    }

    // ---------------------------------------------------------------- numbers

    private static readonly string[] s_ones =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
    private static readonly string[] s_tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    public static string Words(int n)
    {
        if (n < 20) return s_ones[n];
        if (n < 100) return s_tens[n / 10] + (n % 10 == 0 ? "" : "-" + s_ones[n % 10]);
        return n.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A number as digits or as words.</summary>
    public string Num(int n) => n <= 20 && Ch(0.45) ? Words(n) : n > 20 && n < 100 && Ch(0.15) ? Words(n) : D0(n);

    public static string D0(int n) => n.ToString("0", CultureInfo.InvariantCulture);

    public static string Big(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public string Ordinal(int n)
    {
        string[] words = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth"];
        if (n < words.Length && Ch(0.6)) return words[n];
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return D0(n) + suffix;
    }

    /// <summary>A count of repetitions: "4 times", "four times", "twice", "a couple of times", "dozens of times".</summary>
    public string Times(int n)
    {
        if (n == 2) return P("twice", "two times", "2 times", "a couple of times", "twice");
        if (n >= 24 && Ch(0.35)) return P("dozens of times", "a couple of dozen times", "more than 20 times");
        if (n == 12 && Ch(0.5)) return "a dozen times";
        return Num(n) + " times";
    }

    public string Times() => Times(TimesN());
    public int TimesN() => Ch(0.15) ? 2 : Ch(0.12) ? N(24, 60) : N(3, 14);

    public string Pct() => D0(PI(10, 15, 20, 25, 30, 40, 50));

    public string Money(int lo, int hi)
    {
        var amount = N(lo, hi);
        var cur = Us ? "$" : "£";
        if (amount < 100 && Ch(0.35)) return cur + D0(Math.Max(1, amount - 1)) + ".99";
        return cur + Big(amount);
    }

    public string Money() => Money(5, 250);

    private static readonly Dictionary<string, (int Lo, int Hi)> s_prices = new(StringComparer.Ordinal)
    {
        ["running"] = (40, 180), ["furniture"] = (180, 1800), ["fashion"] = (25, 250), ["beauty"] = (8, 60), ["grocery"] = (2, 12),
        ["coffee"] = (3, 18), ["wine"] = (8, 60), ["electronics"] = (60, 1500), ["gaming"] = (10, 70), ["streaming"] = (4, 14),
        ["music"] = (5, 15), ["books"] = (8, 25), ["travel"] = (60, 1200), ["cars"] = (150, 900), ["pets"] = (8, 90),
        ["garden"] = (20, 600), ["fitness"] = (8, 60), ["takeaway"] = (8, 30), ["banking"] = (20, 200), ["insurance"] = (150, 1200),
        ["jewellery"] = (40, 1500), ["pharmacy"] = (3, 25), ["cinema"] = (6, 40), ["sleep"] = (40, 900), ["kitchen"] = (20, 400),
    };

    /// <summary>A price that fits the current domain.</summary>
    public string Price()
    {
        var (lo, hi) = s_prices.TryGetValue(D.Key, out var r) ? r : (10, 200);
        return Money(lo, hi);
    }

    /// <summary>Switches away from domains whose products cannot be bought or priced (banking pages); returns "".</summary>
    public string Retail()
    {
        while (D.Key == "banking") D = Domains.All[R.Next(Domains.All.Length)];
        return "";
    }

    public string Code() => Pick(Pools.Codes) + D0(PI(10, 15, 20, 25));

    // ---------------------------------------------------------------- time and place

    public string Day() => Pick(Pools.Days);
    public string Month() => Pick(Pools.Months);

    public string Date()
    {
        var m = Month();
        var d = N(1, 28);
        return Us ? m + " " + D0(d) : D0(d) + " " + m;
    }

    public string Clock(bool night = false)
    {
        int h = night ? PI(22, 23, 0, 1, 2, 3, 4) : N(6, 23);
        int m = Ch(0.3) ? PI(0, 15, 30, 45) : N(1, 59);
        var h12 = h % 12 == 0 ? 12 : h % 12;
        var ampm = h < 12 ? "am" : "pm";
        var mm = m.ToString("00", CultureInfo.InvariantCulture);
        return R.Next(6) switch
        {
            0 => h.ToString("00", CultureInfo.InvariantCulture) + ":" + mm,
            1 => D0(h12) + ":" + mm + " " + ampm,
            2 => D0(h12) + ":" + mm + (Us ? " " + ampm.ToUpperInvariant() : ampm),
            3 when m == 0 => D0(h12) + ampm,
            3 => D0(h12) + ":" + mm + ampm,
            4 when h < 5 => P("just after " + D0(h12) + "am", D0(h12) + " in the morning", "gone " + D0(h12) + "am"),
            _ => D0(h12) + ":" + mm + ampm,
        };
    }

    public string Night() => Clock(true);

    /// <summary>A scheduled time (appointments, events): daytime, on the quarter hour.</summary>
    public string Slot()
    {
        var h = N(9, 19);
        var m = PI(0, 15, 30, 45);
        var h12 = h % 12 == 0 ? 12 : h % 12;
        var mm = m.ToString("00", CultureInfo.InvariantCulture);
        return R.Next(3) switch
        {
            0 => h.ToString("00", CultureInfo.InvariantCulture) + ":" + mm,
            1 => D0(h12) + (m == 0 ? "" : ":" + mm) + (h < 12 ? "am" : "pm"),
            _ => D0(h12) + ":" + mm + (Us ? (h < 12 ? " AM" : " PM") : (h < 12 ? "am" : "pm")),
        };
    }

    /// <summary>A closing time in the evening.</summary>
    public string Evening() => P("8pm", "9pm", "10pm", "9:30pm", "midnight", "8:30pm", "21:00", "22:00");

    /// <summary>A delivery or opening window: two clock times an hour or two apart, in order.</summary>
    public string Window()
    {
        var h = N(7, 19);
        var len = N(1, 3);
        string T(int hour) => Us ? D0(hour % 12 == 0 ? 12 : hour % 12) + (hour < 12 ? " AM" : " PM") : hour.ToString("00", CultureInfo.InvariantCulture) + ":00";
        return T(h) + " and " + T(h + len);
    }

    /// <summary>A rounded large number for aggregate claims ("over 2,400").</summary>
    public string Round(int lo, int hi) => Big(N(lo, hi) / 100 * 100);

    /// <summary>The item's name as a placeholder (the same one the greeting would use); marks the name as used.</summary>
    public string PhName()
    {
        NameUsed = true;
        return NameIsPlaceholder ? Nm : _phName ??= NamePh();
    }

    private string? _phName;

    public string Duration() => R.Next(9) switch
    {
        0 => D0(N(12, 55)) + " minutes",
        1 => Words(PI(20, 25, 30, 35, 40, 45, 50)) + " minutes",
        2 => "an hour and a half",
        3 => P("1 hour ", "2 hours ", "3 hours ") + D0(N(2, 58)) + " minutes",
        4 => "over " + Words(N(2, 4)) + " hours",
        5 => "nearly an hour",
        6 => D0(N(3, 9)) + " hours",
        7 => D0(N(40, 190)) + " seconds",
        _ => D0(N(15, 50)) + " minutes",
    };

    public string Period() => P("this week", "since Monday", "in the last 48 hours", "this month", "since the weekend",
        "in two days", "today", "since " + Day(), "over the weekend", "in the past ten days", "since payday");

    public string DayRef() => P("last night", "on " + Day(), "on " + Day() + " night", "yesterday", "this morning",
        "on " + Day() + " evening", "at the weekend", "on " + Date());

    public string Town() => Pick(Pools.TownA) + Pick(Pools.TownB);
    public string Street() => Pick(Pools.StreetA) + " " + Pick(Pools.StreetB);
    public string City() => Pick(Pools.Cities);
    public string Hood() => Pick(Pools.Neighbourhoods);
    public string Store() => P("our " + Street() + " store", "our " + Town() + " branch", "our " + Street() + " shop", "our store on " + Street());
    public string Hospital() => P("St Aldhelm's Hospital", "Northgate General", Town() + " General Hospital", "the Royal " + Town() + " Infirmary");
    public string Airport() => P(Town() + " Airport", "Terminal 2 at " + Town() + " Airport", "the departures lounge at " + Town() + " Airport");
    public string Competitor() => Pick(Pools.BrandStems) + " " + P("Market", "Superstore", "Outlet", "Sports", "Home");

    /// <summary>A place a person can be seen at, with the topic it reveals.</summary>
    public string Place(out string topic)
    {
        switch (R.Next(16))
        {
            case 0: topic = "health"; return "the fertility clinic on " + Street();
            case 1: topic = "health"; return Hospital();
            case 2: topic = "unemployment"; return "the job centre on " + Street();
            case 3: topic = "gambling"; return "the casino on " + Street();
            case 4: topic = "health"; return "the sexual health clinic on " + Street();
            case 5: topic = "religion"; return "the mosque on " + Street();
            case 6: topic = "fitness"; return "the gym on " + Street();
            case 7: topic = "travel"; return Airport();
            case 8: topic = "competitor"; return Competitor() + " on " + Street();
            case 9: topic = "family"; return P("your mum's", "your sister's", "your dad's") + " in " + Town();
            case 10: topic = "cars"; return "the car dealership on " + Street();
            case 11: topic = "retail"; return Town() + " retail park";
            case 12: topic = "leisure"; return "the pub on " + Street();
            case 13: topic = "debt"; return "the pawnbroker on " + Street();
            case 14: topic = "health"; return "the cancer centre at " + Hospital();
            default: topic = "leisure"; return "the " + Town() + " leisure centre";
        }
    }

    public string Device() => Pick(Pools.Devices);
    public string Site() => Pick(Pools.OtherSites);
    public string Social() => Pick(Pools.Socials);
    public string Company() => Pick(Pools.Companies);
    public string Relative() => Pick(Pools.Relatives);

    // ---------------------------------------------------------------- products, acts, offers

    /// <summary>A product of the current domain, with "the" unless it is a title or an open noun ('!').</summary>
    public string Prod(bool article = true) => Realise(Pick(D.Prods), article);

    public string ProdOf(string[] specs, bool article) => Realise(Pick(specs), article);

    private string Realise(string spec, bool article)
    {
        var noArticle = spec.StartsWith('!');
        var s = noArticle ? spec[1..] : spec;
        Pl = s.EndsWith('*');
        if (Pl) s = s[..^1];
        s = X(s);
        return article && !noArticle ? "the " + s : s;
    }

    public string Is => Pl ? "are" : "is";
    public string Ships => Pl ? "ship" : "ships";
    public string Has => Pl ? "have" : "has";
    public string It => Pl ? "them" : "it";
    public string ItS => Pl ? "they" : "it";

    public string Cat() => Pick(D.Cats);
    public string Search() => Ch(0.5) ? "'" + X(Pick(D.Searches)) + "'" : "\"" + X(Pick(D.Searches)) + "\"";

    public (string Past, string Perf, string Ger) Act()
    {
        var set = Domains.ActSets[Pick(D.Acts)];
        var a = Pick(set);
        var p = Prod();
        return (a.Past.Replace("{p}", p, StringComparison.Ordinal), a.Perf.Replace("{p}", p, StringComparison.Ordinal),
            a.Ger.Replace("{p}", p, StringComparison.Ordinal));
    }

    private static readonly string[] s_genericOffers =
    [
        "{Cat} are {pct}% off until {day}.", "Free delivery on all {cat} this week.", "Use code {code} for {pct}% off.",
        "Our new {cat} have just landed.", "Everything in {Cat} is {pct}% off this weekend.", "{pct}% off {cat} until midnight on {day}.",
        "Free returns on every order.", "Order by 8pm for next-day delivery.", "Members save an extra {pct}% this week.",
        "Prices start at {money}.", "New {cat} arrive every {day}.", "Save {pct}% when you buy two.",
    ];

    private static readonly string[] s_universalOffers =
        ["Use code {code} for {pct}% off.", "Members save an extra {pct}% this week.", "New {cat} arrive every {day}."];

    private static readonly HashSet<string> s_noDelivery = new(StringComparer.Ordinal)
        { "insurance", "streaming", "music", "fitness", "cinema", "travel", "gaming" };

    /// <summary>A neutral offer sentence that fits the current domain.</summary>
    public string Offer()
    {
        if (D.Key == "banking" || Ch(0.5)) return X(Pick(D.Offers));
        return X(s_noDelivery.Contains(D.Key) ? Pick(s_universalOffers) : Pick(s_genericOffers));
    }

    public string Hook() => P("Still thinking it over?", "Maybe today's the day?", "Ready when you are.", "Need a hand deciding?",
        "Want us to hold it for you?", "Go on, treat yourself.", "Take another look?", "Still on the fence?", "Shall we?",
        "It's still here.", "Just saying.", "Come and have a look.", "Fancy a look?", "Why wait?", "Ready to treat yourself?",
        "Have you seen it yet?", "Need a hand choosing?");

    /// <summary>" " + an offer or a nudge, or nothing on short channels sometimes.</summary>
    public string Tail()
    {
        if (Short ? Ch(0.45) : Ch(0.2)) return "";
        var x = R.NextDouble();
        return " " + (x < 0.65 ? Offer() : x < 0.85 ? Hook() : Pick(s_closes));
    }

    public string AProd(bool article = false) => Realise(Pick(A.Products), article);

    /// <summary>An attribute product with an indefinite article when singular ("a pregnancy pillow", "ovulation tests").</summary>
    public string AProdA()
    {
        var p = AProd();
        return Pl ? p : ("aeiou".Contains(char.ToLowerInvariant(p[0]), StringComparison.Ordinal) ? "an " : "a ") + p;
    }

    private static readonly string[] s_aOffers =
    [
        "Our {ap} {is} {pct}% off this week.", "{AP} {is} {pct}% off until {day}.", "Free delivery on our {ap} this month.",
        "Try our {ap}, from {amoney}.", "Use code {code} for {pct}% off our {ap}.", "Our {range} is {pct}% off this week.",
        "Our {ap} {is} back in stock.", "{AP} from {amoney}, delivered in plain packaging.", "Everything in our {range} ships free this week.",
        "Shop our {ap} today.",
    ];

    public string AOffer()
    {
        var t = Pick(s_aOffers);
        var ap = AProd();
        t = t.Replace("{ap}", ap, StringComparison.Ordinal).Replace("{AP}", Cap(ap), StringComparison.Ordinal)
            .Replace("{is}", Is, StringComparison.Ordinal).Replace("{range}", A.Range, StringComparison.Ordinal)
            .Replace("{amoney}", Money(5, 90), StringComparison.Ordinal);
        return X(t);
    }

    public string ATail()
    {
        if (Short ? Ch(0.45) : Ch(0.2)) return "";
        return " " + AOffer();
    }

    private static readonly string[] s_closes =
    [
        "Take a look when you're ready.", "Find yours online.", "Pick yours up in store.", "See what you think.",
        "Whatever you choose, delivery is free.", "You can order online or in store.", "We think you'll love it.",
        "Let us know what you think.", "Ready when you are.", "Have you had a look yet?", "Fancy a look?", "What do you think?",
        "Could this be yours?", "Why not treat yourself?", "You'll find it all online.",
    ];

    /// <summary>" " + a neutral closing line (second person, often a question) with probability p, else nothing.</summary>
    public string Close(double p = 0.5) => Ch(p) ? " " + Pick(s_closes) : "";

    /// <summary>" " + a neutral nudge (often a question) with probability p, else nothing.</summary>
    public string HookTail(double p = 0.35) => Ch(p) ? " " + Hook() : "";

    // ---------------------------------------------------------------- template expansion

    [GeneratedRegex(@"\{(pct|day|money|money2|low|n|cat|Cat|p|P|town|street|month|time|code|brand|city|M|date|name)\}")]
    private static partial Regex TokenRegex();

    /// <summary>Expands the single-brace tokens of data strings; leaves template placeholders such as {{ x }} alone.</summary>
    public string X(string template) => TokenRegex().Replace(template, m => m.Groups[1].Value switch
    {
        "pct" => Pct(),
        "day" => Day(),
        "money" => Money(),
        "money2" => Money(200, 2000),
        "low" => Money(3, 15),
        "n" => D0(N(2, 9)),
        "cat" => Cat(),
        "Cat" => Cap(Cat()),
        "p" => Prod(),
        "P" => Prod(false),
        "town" => Town(),
        "street" => Street(),
        "month" => Month(),
        "time" => Clock(),
        "code" => Code(),
        "brand" => Brand,
        "city" => City(),
        "M" => Pick(Pools.Models),
        "date" => Date(),
        _ => Nm,
    });

    // ---------------------------------------------------------------- casing

    public static string Cap(string s)
    {
        if (s.Length == 0 || s[0] is '{' or '*' or '%' or '$' or '<') return s;
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsLetter(s[i])) return char.IsLower(s[i]) ? s[..i] + char.ToUpperInvariant(s[i]) + s[(i + 1)..] : s;
            if (s[i] != '\'' && s[i] != '"') return s;
        }
        return s;
    }

    private static readonly HashSet<string> s_keepCase = new(StringComparer.Ordinal)
    {
        "I", "Shabbat", "Lent", "Valentine's", "Diwali", "Ramadan", "Mass", "Eid", "Christmas", "Pride", "Universal", "BSL",
        "HbA1c", "Crohn's", "ADHD", "IVF", "HRT", "Black", "LGBTQ+", "Home", "Mother's", "Father's", "Friday", "Monday", "Sunday", "Saturday",
    };

    /// <summary>Lower-cases the first letter unless the first word is a name, a festival or an acronym.</summary>
    public static string Lc(string s)
    {
        if (s.Length < 2 || !char.IsUpper(s[0]) || char.IsUpper(s[1])) return s;
        var end = s.IndexOf(' ', StringComparison.Ordinal);
        var word = end < 0 ? s : s[..end];
        if (s_keepCase.Contains(word) || Array.IndexOf(Pools.FirstNames, word.TrimEnd(',')) >= 0) return s;
        return char.ToLowerInvariant(s[0]) + s[1..];
    }

    public static string StripStop(string s) => s.EndsWith('.') ? s[..^1] : s;
}
