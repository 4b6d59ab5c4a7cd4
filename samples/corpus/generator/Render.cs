using System.Text;
using System.Text.RegularExpressions;
using static CreepLint.Samples.Corpus.Ctx;

namespace CreepLint.Samples.Corpus;

/// <summary>
/// Packages a frame's core text for a channel and register, and applies the label-preserving surface variation:
/// US spelling, SMS abbreviations and capitals, contractions expanded for the formal register, typos. Template
/// placeholders and HTML tags are never touched.
/// </summary>
internal static partial class Render
{
    public static readonly (string Name, int Weight)[] MessageChannels =
    [
        ("email-subject", 15), ("email-preheader", 8), ("email-body", 25), ("sms", 17), ("push", 13), ("in-app", 10), ("ad-headline", 12),
    ];

    public static readonly (string Name, int Weight)[] MessageRegisters = [("formal", 22), ("casual", 35), ("emoji", 18), ("terse", 25)];
    public static readonly (string Name, int Weight)[] RationaleRegisters = [("formal", 35), ("casual", 20), ("terse", 45)];

    public static string Weighted(Random r, (string Name, int Weight)[] options)
    {
        var total = 0;
        foreach (var o in options) total += o.Weight;
        var x = r.Next(total);
        foreach (var o in options)
        {
            if (x < o.Weight) return o.Name;
            x -= o.Weight;
        }
        return options[^1].Name;
    }

    // ------------------------------------------------------------------ packaging

    private static string Emoji(Ctx c) => c.DomainTopic && c.Ch(0.6) && c.D.Emoji.Length > 0 ? c.Pick(c.D.Emoji) : c.Pick(Pools.GenericEmoji);

    private static string Greeting(Ctx c, string register)
    {
        var who = c.NameUsed ? null : c.Nm;
        return register switch
        {
            "formal" => who is null ? c.P("Dear customer,", "Hello,", "Good morning,") : c.P("Dear ", "Hello ") + who + ",",
            "casual" => who is null ? c.P("Hi there!", "Hiya,", "Hey!") : c.P("Hi ", "Hey ", "Hiya ") + who + c.P("!", ","),
            "emoji" => who is null ? c.P("Hey 👋", "Hi there ✨") : c.P("Hey ", "Hi ") + who + " 👋",
            _ => "",
        };
    }

    private static string SignOff(Ctx c, string register) => register switch
    {
        "formal" => c.P("Kind regards, the " + c.Brand + " team", "Yours sincerely, " + c.Brand, "With best wishes, " + c.Brand),
        "casual" => c.P("Love, the " + c.Brand + " team x", "Cheers, " + c.Brand, "Speak soon, the " + c.Brand + " crew"),
        "emoji" => c.P("💛 " + c.Brand, c.Brand + " ✨", "Team " + c.Brand + " 🙌"),
        _ => "",
    };

    private static string Cta(Ctx c, string register) => register switch
    {
        "formal" => c.P("Please visit our website for details.", "Full terms are available online.", "We look forward to seeing you."),
        "terse" => c.P("Shop now.", "Details online.", ""),
        _ => c.P("Shop now.", "Take a look.", "Happy shopping!", "See you soon.", "Tap below to take a look.", "Find out more online."),
    };

    private static readonly string[] s_optOut = ["Reply STOP to opt out", "Txt STOP to end", "STOP to opt out", "Reply STOP to unsubscribe", "Opt out: reply STOP"];

    private static readonly Dictionary<string, string> s_labels = new(StringComparer.Ordinal)
    {
        ["email-subject"] = "Subject: ", ["email-preheader"] = "Preheader: ", ["sms"] = "SMS: ", ["push"] = "Push: ",
        ["in-app"] = "In-app: ", ["ad-headline"] = "Ad: ", ["email-body"] = "",
    };

    /// <summary>Wraps a core text for its channel and register.</summary>
    public static string Package(Ctx c, string core, string channel, string register)
    {
        if (channel == "rationale")
        {
            var r = core;
            if (r.StartsWith("Because ", StringComparison.Ordinal) && c.Ch(0.15))
                r = c.Ch(0.5) ? c.P("Why am I seeing this? ", "Why this? ") + r : "Why you're seeing this: " + Lc(r);
            if (register == "formal") r = Formal(r);
            return r;
        }

        if (register == "formal") core = Formal(core);
        var sb = new StringBuilder();
        switch (channel)
        {
            case "email-subject":
            {
                var t = core;
                if (SentenceCount(t) == 1 && (register == "terse" || c.Ch(0.5))) t = StripStop(t);
                if (!c.NameUsed && register is "casual" or "emoji" && c.Ch(0.25) && SafeToLower(t))
                {
                    c.NameUsed = true;
                    t = c.Nm + ", " + Lc(t);
                }
                if (register == "emoji") t = c.Ch(0.5) ? Emoji(c) + " " + t : t + " " + Emoji(c);
                sb.Append(t);
                break;
            }
            case "email-preheader":
                sb.Append(core);
                if (register == "emoji") sb.Append(' ').Append(Emoji(c));
                break;
            case "email-body":
            {
                var greets = !core.StartsWith("Hi ", StringComparison.Ordinal) && !core.StartsWith("Hello ", StringComparison.Ordinal)
                    && !core.StartsWith("Dear ", StringComparison.Ordinal) && !core.StartsWith("Hey ", StringComparison.Ordinal);
                var greet = greets ? Greeting(c, register) : "";
                var cta = c.Ch(0.55) ? Cta(c, register) : "";
                var sign = register == "terse" || c.Ch(0.4) ? "" : SignOff(c, register);
                var body = register == "emoji" ? core + " " + Emoji(c) : core;
                if (c.Ch(0.3))
                {
                    if (greet.Length > 0) sb.Append("<p>").Append(greet).Append("</p>");
                    sb.Append("<p>").Append(c.Ch(0.3) ? BoldFirst(body) : body).Append("</p>");
                    if (cta.Length > 0) sb.Append("<p><a href=\"").Append(c.Ph("cta_url")).Append("\">").Append(StripStop(cta)).Append("</a></p>");
                    if (sign.Length > 0) sb.Append("<p>").Append(sign).Append("</p>");
                }
                else
                {
                    foreach (var part in new[] { greet, body, cta, sign })
                    {
                        if (part.Length == 0) continue;
                        if (sb.Length > 0) sb.Append(' ');
                        sb.Append(part);
                    }
                }
                break;
            }
            case "sms":
            {
                var tag = c.Ch(0.7) ? (c.Ch(0.5) ? c.Brand.ToUpperInvariant() : c.Brand) + ": " : "";
                var t = core;
                if (register is "casual" or "emoji" or "terse" ? c.Ch(0.55) : c.Ch(0.15)) t = SmsStyle(c, t);
                if (register == "emoji") t += " " + Emoji(c);
                var stop = register == "terse" ? "STOP to end" : c.Pick(s_optOut);
                t = tag + t + " " + stop;
                if (c.Ch(0.1)) t = Upper(t);
                sb.Append(t);
                break;
            }
            case "push":
                if (c.Ch(0.3)) sb.Append(c.Brand).Append(": ");
                sb.Append(register == "emoji" ? (c.Ch(0.5) ? Emoji(c) + " " + core : core + " " + Emoji(c)) : core);
                break;
            case "in-app":
                sb.Append(register == "emoji" ? core + " " + Emoji(c) : core);
                if (register != "terse" || c.Ch(0.3)) sb.Append(' ').Append(c.P("Tap to see more.", "See more ›", "[Shop now]", "Take a look →", "Tap to open."));
                break;
            default: // ad-headline
                sb.Append(register == "emoji" ? core + " " + Emoji(c) : core);
                if (c.Ch(0.35)) sb.Append(c.P(" | ", " – ", " · ")).Append(c.Brand);
                break;
        }
        var text = sb.ToString();
        if (c.Ch(0.07) && s_labels.TryGetValue(channel, out var label) && label.Length > 0) text = label + text;
        return text;
    }

    private static int SentenceCount(string s)
    {
        var n = 0;
        for (var i = 0; i < s.Length; i++)
            if (s[i] is '.' or '?' or '!' && (i == s.Length - 1 || s[i + 1] == ' ')) n++;
        return n;
    }

    private static bool SafeToLower(string s)
    {
        var w = s.Split(' ')[0];
        return w is "You" or "Your" or "We" or "Our" or "Still" or "Since" or "Spent" or "Those" or "Customers" or "Popular"
            or "New" or "Free" or "Back" or "Shop" or "Everything" or "It's" or "Here's" or "The" or "Just" or "Because";
    }

    private static string BoldFirst(string s)
    {
        var i = s.IndexOf(". ", StringComparison.Ordinal);
        if (i < 0) i = s.IndexOf("? ", StringComparison.Ordinal);
        if (i < 0 || s.Contains('<', StringComparison.Ordinal)) return s;
        return "<b>" + s[..(i + 1)] + "</b>" + s[(i + 1)..];
    }

    // ------------------------------------------------------------------ segment-wise transforms (never inside placeholders or tags)

    [GeneratedRegex(@"\{\{.*?\}\}|\{%.*?%\}|\*\|.*?\|\*|%%.*?%%|\$\{.*?\}|<[^>]+>")]
    private static partial Regex ProtectedRegex();

    /// <summary>Applies a transform to the text outside template placeholders and HTML tags.</summary>
    public static string Outside(string text, Func<string, string> f)
    {
        var sb = new StringBuilder();
        var last = 0;
        foreach (Match m in ProtectedRegex().Matches(text))
        {
            sb.Append(f(text[last..m.Index]));
            sb.Append(m.Value);
            last = m.Index + m.Length;
        }
        sb.Append(f(text[last..]));
        return sb.ToString();
    }

    private static string Upper(string s) => Outside(s, x => x.ToUpperInvariant());

    private static readonly (string From, string To)[] s_formal =
    [
        ("you're", "you are"), ("You're", "You are"), ("you've", "you have"), ("You've", "You have"), ("we've", "we have"),
        ("We've", "We have"), ("it's", "it is"), ("It's", "It is"), ("don't", "do not"), ("Don't", "Do not"),
        ("haven't", "have not"), ("can't", "cannot"), ("Can't", "Cannot"), ("we're", "we are"), ("We're", "We are"),
        ("that's", "that is"), ("That's", "That is"), ("here's", "here is"), ("Here's", "Here is"), ("isn't", "is not"),
        ("didn't", "did not"), ("won't", "will not"), ("you'll", "you will"), ("You'll", "You will"), ("we'll", "we will"),
        ("hasn't", "has not"), ("couldn't", "could not"), ("there's", "there is"), ("There's", "There is"),
    ];

    private static readonly (string From, string To)[] s_formalPerfect =
    [
        ("it's been", "it has been"), ("It's been", "It has been"), ("there's been", "there has been"), ("that's been", "that has been"),
        ("he's been", "he has been"), ("she's been", "she has been"), ("it's got", "it has got"),
    ];

    [GeneratedRegex(@"\b[A-Za-z]+'[a-z]+\b")]
    private static partial Regex ContractionRegex();

    private static string Formal(string s) => FormalWords(Outside(s, seg =>
    {
        foreach (var (from, to) in s_formalPerfect) seg = seg.Replace(from, to, StringComparison.Ordinal);
        return seg;
    }));

    private static string FormalWords(string s) => Outside(s, seg => ContractionRegex().Replace(seg, m =>
    {
        foreach (var (from, to) in s_formal) if (m.Value == from) return to;
        return m.Value;
    }));

    private static readonly (string From, string To, double P)[] s_sms =
    [
        ("you're", "ur", 1), ("You're", "Ur", 1), ("your", "ur", 1), ("Your", "Ur", 1), ("you", "u", 1), ("You", "U", 1),
        ("tonight", "2nite", 1), ("Tonight", "2nite", 1), ("today", "2day", 1), ("Today", "2day", 1), ("tomorrow", "2moro", 1),
        ("please", "pls", 1), ("thanks", "thx", 1), ("before", "b4", 1), ("great", "gr8", 1), ("for", "4", 0.5),
        ("are", "r", 0.4), ("text", "txt", 1), ("message", "msg", 1), ("and", "&", 0.35), ("with", "w/", 0.35), ("minutes", "mins", 1),
    ];

    [GeneratedRegex(@"\b[A-Za-z']+\b")]
    private static partial Regex WordRegex();

    private static string SmsStyle(Ctx c, string s) => Outside(s, seg => WordRegex().Replace(seg, m =>
    {
        foreach (var (from, to, p) in s_sms)
            if (m.Value == from) return p >= 1 || c.Ch(p) ? to : from;
        return m.Value;
    }));

    // ------------------------------------------------------------------ US spelling

    private static readonly Dictionary<string, string> s_us = new(StringComparer.Ordinal)
    {
        ["favourite"] = "favorite", ["favourites"] = "favorites", ["colour"] = "color", ["colours"] = "colors",
        ["centre"] = "center", ["personalised"] = "personalized", ["mum"] = "mom", ["mums"] = "moms", ["mum's"] = "mom's",
        ["nappies"] = "diapers", ["trainers"] = "sneakers", ["postcode"] = "ZIP code", ["postcode's"] = "ZIP code's",
        ["jumper"] = "sweater", ["theatre"] = "theater", ["grey"] = "gray", ["licence"] = "license", ["catalogue"] = "catalog",
        ["analysed"] = "analyzed", ["behaviour"] = "behavior", ["behavioural"] = "behavioral", ["neighbours"] = "neighbors",
        ["neighbour"] = "neighbor", ["travellers"] = "travelers", ["cancelled"] = "canceled", ["cancelling"] = "canceling",
        ["jewellery"] = "jewelry", ["autumn"] = "fall", ["film"] = "movie", ["films"] = "movies", ["fortnight"] = "two weeks",
        ["moisturiser"] = "moisturizer", ["moisturisers"] = "moisturizers", ["tyres"] = "tires", ["basket"] = "cart",
        ["trolley"] = "cart", ["takeaway"] = "takeout", ["takeaways"] = "takeouts", ["holiday"] = "vacation",
        ["holidays"] = "vacations", ["crisps"] = "chips", ["organised"] = "organized", ["flavours"] = "flavors",
        ["Jewellers"] = "Jewelers", ["harbourfront"] = "harborfront", ["orthopaedic"] = "orthopedic", ["pyjamas"] = "pajamas",
        ["programme"] = "program", ["labelled"] = "labeled", ["practising"] = "practicing", ["paediatric"] = "pediatric",
    };

    private static string CaseLike(string model, string word) =>
        char.IsUpper(model[0]) ? char.ToUpperInvariant(word[0]) + word[1..] : word;

    public static string ToUs(string s) => Outside(s, seg =>
    {
        seg = seg.Replace('£', '$').Replace("NHS staff", "healthcare workers", StringComparison.Ordinal)
            .Replace("payment holiday", "payment deferral", StringComparison.Ordinal)
            .Replace("Blue Light card holders", "first responders", StringComparison.Ordinal)
            .Replace("car park", "parking lot", StringComparison.Ordinal);
        return WordRegex().Replace(seg, m =>
        {
            var w = m.Value;
            var key = char.ToLowerInvariant(w[0]) + w[1..];
            if (s_us.TryGetValue(w, out var to)) return to;
            if (s_us.TryGetValue(key, out to)) return CaseLike(w, to);
            return w;
        });
    });

    // ------------------------------------------------------------------ tidy and typos

    public static string Tidy(string s)
    {
        s = s.Replace("  ", " ", StringComparison.Ordinal).Replace(" .", ".", StringComparison.Ordinal)
            .Replace("?.", "?", StringComparison.Ordinal).Replace("!.", "!", StringComparison.Ordinal)
            .Replace(" ,", ",", StringComparison.Ordinal).Replace(",.", ".", StringComparison.Ordinal)
            .Replace("..", ".", StringComparison.Ordinal).Replace(" ?", "?", StringComparison.Ordinal);
        return s.Trim();
    }

    [GeneratedRegex(@"\b[a-z]{5,}\b", RegexOptions.IgnoreCase)]
    private static partial Regex TypoWordRegex();

    public static IEnumerable<string> Words(string text)
    {
        foreach (Match m in WordRegex().Matches(text)) yield return m.Value.ToLowerInvariant();
    }

    /// <summary>One typo (adjacent swap, dropped letter or doubled letter) in a word of five or more letters outside
    /// placeholders, never producing a word the corpus already uses. Null when no safe typo was found.</summary>
    public static string? Typo(string text, Random r, HashSet<string> vocabulary)
    {
        var matches = new List<(int Index, string Word)>();
        var offset = 0;
        foreach (var seg in SplitOutside(text))
        {
            if (!seg.Protected)
                foreach (Match m in TypoWordRegex().Matches(seg.Text))
                    if (!IsAllUpper(m.Value)) matches.Add((offset + m.Index, m.Value));
            offset += seg.Text.Length;
        }
        if (matches.Count == 0) return null;
        for (var attempt = 0; attempt < 12; attempt++)
        {
            var (index, word) = matches[r.Next(matches.Count)];
            string typo;
            var op = r.Next(3);
            var i = r.Next(1, word.Length - 1);
            if (op == 0)
            {
                if (i >= word.Length - 1 || word[i] == word[i + 1]) continue;
                typo = word[..i] + word[i + 1] + word[i] + word[(i + 2)..];
            }
            else if (op == 1) typo = word[..i] + word[(i + 1)..];
            else typo = word[..(i + 1)] + word[i] + word[(i + 1)..];
            if (vocabulary.Contains(typo.ToLowerInvariant())) continue;
            return text[..index] + typo + text[(index + word.Length)..];
        }
        return null;
    }

    private static bool IsAllUpper(string w)
    {
        foreach (var ch in w) if (char.IsLower(ch)) return false;
        return true;
    }

    private static IEnumerable<(string Text, bool Protected)> SplitOutside(string text)
    {
        var last = 0;
        foreach (Match m in ProtectedRegex().Matches(text))
        {
            yield return (text[last..m.Index], false);
            yield return (m.Value, true);
            last = m.Index + m.Length;
        }
        yield return (text[last..], false);
    }
}
