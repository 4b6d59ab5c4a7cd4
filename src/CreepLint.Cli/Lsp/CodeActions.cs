namespace CreepLint.Cli.Lsp;

/// <summary>
/// The quick fixes for the findings under a range: suppress the rule on the line (a comment in the file's own syntax with
/// a reason to fill in), explain the rule, and remove a suppression that no longer suppresses anything (CL0302).
/// No rule in the pack carries a mechanical rewrite of its span (suggestions are example sentences, not edits), so
/// none is offered.
/// </summary>
internal static class CodeActions
{
    /// <summary>What the inserted comment asks the author to replace.</summary>
    public const string ReasonPlaceholder = "<reason: why this is acceptable>";

    public static List<CodeAction> For(LintOutcome outcome, TextDocument document, Range range)
    {
        var actions = new List<CodeAction>();
        var explained = new HashSet<string>(StringComparer.Ordinal);
        var syntax = CommentSyntax.For(outcome.Format, document.Path);
        foreach (var span in outcome.Findings)
        {
            if (!span.Diagnostic.Range.Intersects(range))
            {
                continue;
            }

            var ruleId = span.Finding.Finding.RuleId;
            var line = span.Diagnostic.Range.Start.Line;
            if (AddToDirectiveAbove(document, line, ruleId) is { } extend)
            {
                // A new comment line would push the finding away from the directive already above it: name the rule there.
                actions.Add(new CodeAction(
                    $"Suppress {ruleId} on this line (add it to the creeplint-disable-next-line above)", Protocol.QuickFix, [span.Diagnostic],
                    new WorkspaceEdit(new() { [document.Uri] = [extend] })));
            }
            else if (syntax is { } comment && CommentSyntax.CanInsertAbove(outcome.Format, document.Line(line)))
            {
                var text = document.Line(line);
                var indent = text[..(text.Length - text.TrimStart().Length)].ToString();
                var insert = $"{indent}{comment.Open}creeplint-disable-next-line {ruleId} -- {ReasonPlaceholder}{comment.Close}{document.NewLine}";
                var at = new Position(line, 0);
                actions.Add(new CodeAction(
                    $"Suppress {ruleId} on this line (creeplint-disable-next-line)", Protocol.QuickFix, [span.Diagnostic],
                    new WorkspaceEdit(new() { [document.Uri] = [new TextEdit(new Range(at, at), insert)] })));
            }

            if (span.Rule is not null && explained.Add(ruleId)) // The model's own finding (CL0001) has no rule to explain.
            {
                var name = $"{ruleId} {span.Rule.Name}";
                actions.Add(new CodeAction($"Explain {name}", Protocol.QuickFix, [span.Diagnostic],
                    Command: new ClientCommand($"Explain {name}", Protocol.ExplainCommand, [ruleId, document.Uri])));
            }
        }

        foreach (var problem in outcome.Problems)
        {
            if (problem.Problem.Code == "CL0302" && problem.Diagnostic.Range.Intersects(range) && RemovableLine(document, problem.Diagnostic.Range.Start.Line) is { } whole)
            {
                actions.Add(new CodeAction("Remove the unused suppression", Protocol.QuickFix, [problem.Diagnostic],
                    new WorkspaceEdit(new() { [document.Uri] = [new TextEdit(whole, string.Empty)] }), IsPreferred: true));
            }
        }

        return actions;
    }

    /// <summary>
    /// When the line above <paramref name="line"/> holds a <c>creeplint-disable-next-line IDS -- reason</c> directive, the edit
    /// that adds <paramref name="ruleId"/> to its ids; else null.
    /// </summary>
    private static TextEdit? AddToDirectiveAbove(TextDocument document, int line, string ruleId)
    {
        const string Directive = "creeplint-disable-next-line";
        var above = document.Line(line - 1);
        var at = above.IndexOf(Directive, StringComparison.Ordinal);
        var reason = at < 0 ? -1 : above[at..].IndexOf(" --", StringComparison.Ordinal);
        if (reason < 0)
        {
            return null;
        }

        var end = new Position(line - 1, at + reason);
        var ids = above[(at + Directive.Length)..(at + reason)].Trim();
        return new TextEdit(new Range(end, end), ids.IsEmpty ? $" {ruleId}" : $", {ruleId}");
    }

    /// <summary>The whole of <paramref name="line"/> with its line break, when the line holds nothing but the suppression comment.</summary>
    private static Range? RemovableLine(TextDocument document, int line)
    {
        var text = document.Line(line).Trim();
        foreach (var (open, close) in s_wholeLineComments)
        {
            if (text.StartsWith(open, StringComparison.Ordinal) && text.EndsWith(close, StringComparison.Ordinal))
            {
                var end = line + 1 < document.LineCount ? new Position(line + 1, 0) : new Position(line, document.Line(line).Length);
                return new Range(new Position(line, 0), end);
            }
        }

        return null;
    }

    private static readonly (string Open, string Close)[] s_wholeLineComments =
        [("<!--", "-->"), ("{{!--", "--}}"), ("{{!", "}}"), ("{%", "%}"), ("{#", "#}"), ("<%#", "%>"), ("@*", "*@"), ("{{/*", "*/}}"), ("//", string.Empty), ("#", string.Empty)];
}
