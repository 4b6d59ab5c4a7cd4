using System.Text.Json;
using CreepLint.Cli.Pipeline;

namespace CreepLint.Cli.Reporting.Review;

/// <summary>
/// What <c>--include-text</c> adds to the JSON report, the data the report page is drawn from: each message's
/// <c>view</c> (its text as a reader sees it, template tags marked), each finding's place in it, the findings the baseline
/// accepted, and the names and explanations of the rules that fired. With <c>--redact</c> the view is masked like every
/// other text and the places follow the masks.
/// </summary>
internal static class ReviewJson
{
    /// <summary>Writes the findings, baselined findings and view of <paramref name="item"/> into its open result object.</summary>
    public static void WriteItem(Utf8JsonWriter json, ReportedItem item, Redactor redactor, ISet<string> rulesSeen)
    {
        var (from, to) = Stretch(item);
        var view = ReaderView.Build(item.Item.Text, item.Item.Format, from, to);
        var shown = redactor.Mask(view.Text);
        WriteFindings(json, "findings", item.Findings, redactor, view, shown, rulesSeen);
        if (!item.Baselined.IsEmpty)
        {
            WriteFindings(json, "baselined", item.Baselined, redactor, view, shown, rulesSeen);
        }

        json.WriteStartObject("view");
        json.WriteString("text", shown.Text);
        json.WriteStartArray("templates");
        foreach (var (offset, length) in view.Templates)
        {
            var (o, l) = shown.Map(offset, length);
            json.WriteStartArray();
            json.WriteNumberValue(o);
            json.WriteNumberValue(l);
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The rules named by findings so far: id, name, category, severity and why it matters.</summary>
    public static void WriteRules(Utf8JsonWriter json, CreepLintEngine engine, IEnumerable<string> ids)
    {
        var rules = engine.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        json.WriteStartArray("rules");
        foreach (var id in ids)
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            if (rules.TryGetValue(id, out var rule))
            {
                json.WriteString("name", rule.Name);
                json.WriteString("category", rule.Category.ToId());
                json.WriteString("severity", rule.Severity.Id());
                json.WriteString("why", rule.Why);
            }
            else if (id == Scoring.ModelBlend.RuleId)
            {
                json.WriteString("name", Scoring.ModelBlend.RuleName);
                json.WriteString("why", "The learned model, trained on labelled messages, rates this message creepy although no rule matched; the highlighted words weighed most.");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>The stretch of the item's text its view shows: a window of a long file shows its own part and its findings' ends.</summary>
    private static (int From, int To) Stretch(ReportedItem item)
    {
        if (item.Item.Part is not { } part)
        {
            return (0, int.MaxValue);
        }

        var to = part.OwnedTo;
        foreach (var f in item.Findings)
        {
            to = Math.Max(to, f.Finding.Offset + f.Finding.Length);
        }

        return (part.OwnedFrom, to);
    }

    private static void WriteFindings(Utf8JsonWriter json, string name, IEnumerable<ReportedFinding> findings, Redactor redactor, ReaderView view, RedactedText shown, ISet<string> rulesSeen)
    {
        json.WriteStartArray(name);
        foreach (var f in findings)
        {
            rulesSeen.Add(f.Finding.RuleId);
            var (offset, length) = view.Locate(f.Finding.Offset, f.Finding.Length);
            JsonReporter.WriteFinding(json, f, redactor, shown.Map(offset, length));
        }

        json.WriteEndArray();
    }
}
