namespace CreepLint.Cli.Reporting;

/// <summary>
/// What <c>creeplint explain</c> says about a rule, written once and rendered as terminal text or as Markdown (the
/// language server's hover and its "explain this rule" page), so every surface says the same.
/// </summary>
internal static class RuleExplanation
{
    /// <summary>The text <c>creeplint explain</c> prints.</summary>
    public static void WriteText(TextWriter o, RuleInfo rule, Severity severity)
    {
        o.WriteLine($"{rule.Id} {rule.Name}");
        o.WriteLine($"category: {rule.Category.ToId()} ({rule.Category.ToTitle()})   severity: {severity.Id()}   confidence: {rule.Confidence}");
        o.WriteLine($"applies to: {AppliesTo(rule)}");
        o.WriteLine();
        o.WriteLine("Why:");
        o.WriteLine($"  {rule.Why}");
        o.WriteLine();
        o.WriteLine("Flags, for example:");
        foreach (var example in rule.BadExamples)
        {
            o.WriteLine($"  ✗ {example.Text}");
        }

        if (!rule.GoodExamples.IsEmpty)
        {
            o.WriteLine();
            o.WriteLine("Leaves alone:");
            foreach (var example in rule.GoodExamples)
            {
                o.WriteLine($"  ✓ {example.Text}");
            }
        }

        o.WriteLine();
        o.WriteLine("Instead:");
        o.WriteLine($"  {rule.Suggestion}");
        if (!rule.References.IsEmpty)
        {
            o.WriteLine();
            o.WriteLine("References:");
            foreach (var reference in rule.References)
            {
                o.WriteLine($"  - {reference}");
            }
        }

        o.WriteLine();
        o.WriteLine($"Defined in {rule.Source}:{rule.Line}. {SuppressHint(rule)}");
    }

    /// <summary>
    /// The same explanation as Markdown, with the rule's doc page linked; <paramref name="headingLevel"/> sets its title's
    /// level, 0 leaves the title out (the hover names the rule already).
    /// </summary>
    public static string Markdown(RuleInfo rule, Severity severity, int headingLevel = 1)
    {
        var o = new StringWriter { NewLine = "\n" };
        if (headingLevel > 0)
        {
            o.WriteLine($"{new string('#', headingLevel)} {rule.Id} {Escape(rule.Name)}");
            o.WriteLine();
        }

        o.WriteLine($"**category** {rule.Category.ToId()} ({Escape(rule.Category.ToTitle())}) · **severity** {severity.Id()} · **confidence** {rule.Confidence} · **applies to** {AppliesTo(rule)}");
        o.WriteLine();
        o.WriteLine($"**Why.** {Escape(rule.Why)}");
        o.WriteLine();
        o.WriteLine($"**Instead.** {Escape(rule.Suggestion)}");
        o.WriteLine();
        WriteList(o, "Flags, for example:", rule.BadExamples.Select(e => "✗ " + e.Text));
        WriteList(o, "Leaves alone:", rule.GoodExamples.Select(e => "✓ " + e.Text));
        WriteList(o, "References:", rule.References);
        o.WriteLine($"[Rule documentation]({DocUri(rule)}) · defined in `{rule.Source}:{rule.Line}` · suppress with `{SuppressComment(rule)}`");
        return o.ToString();
    }

    /// <summary>A bold heading and a bulleted list, separated by blank lines; nothing for an empty list.</summary>
    private static void WriteList(StringWriter o, string heading, IEnumerable<string> items)
    {
        var first = true;
        foreach (var item in items)
        {
            if (first)
            {
                o.WriteLine($"**{heading}**");
                o.WriteLine();
                first = false;
            }

            o.WriteLine($"- {Escape(item)}");
        }

        if (!first)
        {
            o.WriteLine();
        }
    }

    /// <summary>The rule's own section of its category's page under docs/rules/.</summary>
    public static string DocUri(RuleInfo rule) =>
        $"{SarifReporter.ProjectUri}/blob/main/docs/rules/{rule.Category.ToId()}.md#{rule.Id.ToLowerInvariant()}-{rule.Name}";

    private static string SuppressHint(RuleInfo rule) => $"Suppress with: {SuppressComment(rule)}";

    private static string SuppressComment(RuleInfo rule) => $"creeplint-disable-next-line {rule.Id} -- <reason>";

    private static string AppliesTo(RuleInfo rule) => rule.AppliesTo switch
    {
        RuleTarget.Message => "messages",
        RuleTarget.Rationale => "offer rationales",
        _ => "messages and offer rationales",
    };

    /// <summary>Escapes the characters that would turn rule text into Markdown markup (examples hold placeholders and asterisks).</summary>
    internal static string Escape(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '{' or '}')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
