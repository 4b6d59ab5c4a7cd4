using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace CreepLint.Analyzers.Fixes;

/// <summary>
/// Suppresses a finding in C# with CreepLint's own comment and a reason to fill in:
/// <c>// creeplint-disable-next-line CL1001 -- TODO: …</c> above the line, or, when the finding is inside a string
/// that spans lines, <c>creeplint-disable</c> … <c>creeplint-enable</c> around the statement or member.
/// </summary>
/// <remarks>
/// No rule of the default pack carries a machine-applicable rewrite (a rule's suggestion is advice on what to say
/// instead, not a replacement for the span), so this is the only fix offered; see the README's "In campaign code".
/// </remarks>
[ExportCodeFixProvider(Microsoft.CodeAnalysis.LanguageNames.CSharp, Name = nameof(SuppressionCodeFix)), Shared]
public sealed class SuppressionCodeFix : CodeFixProvider
{
    /// <summary>The reason placeholder the fix writes; a suppression without a reason is reported (CL0301), this one says what to write.</summary>
    public const string ReasonPlaceholder = "TODO: say why this wording is acceptable";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds => [.. Descriptors.All.Where(d => d.Category.StartsWith(Descriptors.CategoryPrefix, StringComparison.Ordinal)).Select(d => d.Id)];

    /// <inheritdoc/>
    public override FixAllProvider? GetFixAllProvider() => null; // Each suppression needs its own reason.

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Location.IsInSource || !diagnostic.Properties.TryGetValue(FindingDiagnostics.RuleIdProperty, out var ruleId) || ruleId is null)
            {
                continue;
            }

            var title = $"Suppress {ruleId} with a creeplint-disable comment";
            context.RegisterCodeFix(
                CodeAction.Create(title, ct => SuppressAsync(context.Document, root, diagnostic.Location.SourceSpan, ruleId, ct), equivalenceKey: "creeplint-suppress-" + ruleId),
                diagnostic);
        }
    }

    private static async Task<Document> SuppressAsync(Document document, SyntaxNode root, TextSpan span, string ruleId, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var node = root.FindNode(span, getInnermostNodeForTie: true);
        var enclosing = node.AncestorsAndSelf().FirstOrDefault(n => n is StatementSyntax or MemberDeclarationSyntax or ParameterSyntax) ?? node;
        var findingLine = text.Lines.GetLineFromPosition(span.Start);
        var firstLine = text.Lines.GetLineFromPosition(enclosing.SpanStart);
        var changes = new List<TextChange>(2);
        if (SpansLines(node, text) && findingLine.LineNumber != firstLine.LineNumber)
        {
            // The finding is inside a string that spans lines, where no comment can go: a block around the whole statement.
            var lastLine = text.Lines.GetLineFromPosition(enclosing.Span.End);
            var indent = Indentation(text, firstLine);
            var newLine = NewLine(text, firstLine);
            changes.Add(new TextChange(new TextSpan(firstLine.Start, 0), $"{indent}// creeplint-disable {ruleId} -- {ReasonPlaceholder}{newLine}"));
            changes.Add(new TextChange(new TextSpan(lastLine.EndIncludingLineBreak, 0), $"{indent}// creeplint-enable {ruleId}{newLine}"));
        }
        else
        {
            changes.Add(new TextChange(new TextSpan(findingLine.Start, 0), $"{Indentation(text, findingLine)}// creeplint-disable-next-line {ruleId} -- {ReasonPlaceholder}{NewLine(text, findingLine)}"));
        }

        return document.WithText(text.WithChanges(changes));
    }

    private static bool SpansLines(SyntaxNode node, SourceText text) =>
        text.Lines.GetLineFromPosition(node.Span.Start).LineNumber != text.Lines.GetLineFromPosition(node.Span.End).LineNumber;

    private static string Indentation(SourceText text, TextLine line)
    {
        var end = line.Start;
        while (end < line.End && text[end] is ' ' or '\t')
        {
            end++;
        }

        return text.ToString(TextSpan.FromBounds(line.Start, end));
    }

    private static string NewLine(SourceText text, TextLine line) =>
        line.EndIncludingLineBreak > line.End ? text.ToString(TextSpan.FromBounds(line.End, line.EndIncludingLineBreak)) : "\n";
}
