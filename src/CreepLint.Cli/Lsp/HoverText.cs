using CreepLint.Cli.Reporting;

namespace CreepLint.Cli.Lsp;

/// <summary>The hover on a flagged span: the finding (rule, category, its score and its message's) and the rule's <c>creeplint explain</c> text as Markdown.</summary>
internal static class HoverText
{
    public static Hover? At(LintOutcome outcome, Position position)
    {
        foreach (var span in outcome.Findings)
        {
            if (!span.Diagnostic.Range.Contains(position))
            {
                continue;
            }

            var f = span.Finding.Finding;
            var o = new StringWriter { NewLine = "\n" };
            o.WriteLine($"**{f.RuleId}{(span.Rule is null ? string.Empty : " " + span.Rule.Name)}** · {f.Category.ToId()} · {f.Severity.Id()} · score {f.Score}");
            o.WriteLine();
            o.WriteLine(RuleExplanation.Escape(f.Message));
            o.WriteLine();
            o.WriteLine($"This message: score {span.Item.Score}, verdict **{span.Item.Verdict.Id()}**.");
            if (span.Rule is { } rule)
            {
                o.WriteLine();
                o.WriteLine("---");
                o.WriteLine();
                o.Write(RuleExplanation.Markdown(rule, outcome.Project.Config!.Settings.SeverityOf(rule, rule.Severity), headingLevel: 0));
            }
            else if (!string.IsNullOrEmpty(f.Suggestion))
            {
                o.WriteLine();
                o.WriteLine($"**Instead.** {f.Suggestion}");
            }

            return new Hover(new MarkupContent("markdown", o.ToString()), span.Diagnostic.Range);
        }

        return null;
    }
}
