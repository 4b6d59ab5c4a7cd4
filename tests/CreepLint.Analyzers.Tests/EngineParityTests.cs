using System.Text;
using Microsoft.CodeAnalysis;

namespace CreepLint.Analyzers.Tests;

/// <summary>
/// One owner: the analyzer reports what <see cref="CreepLintEngine"/> returns. Every example text of every rule (bad and
/// good) is written as a C# literal with escapes; each diagnostic must be exactly one of the engine's findings, at the
/// characters the finding covers as written, a warning exactly when the engine's verdict is warn or fail.
/// </summary>
public sealed class EngineParityTests
{
    private static readonly List<(string Text, MessageKind Kind)> s_examples = [.. CreepLintEngine.Default.Rules
        .SelectMany(r => r.BadExamples.Concat(r.GoodExamples))
        .Select(e => (e.Text, e.Kind))
        .Distinct()];

    [Test]
    public void Every_rule_example_is_reported_as_the_engine_finds_it()
    {
        var source = new StringBuilder("namespace Campaigns;\n\npublic sealed class Examples\n{\n");
        var expected = new List<(string Id, int Start, int End, DiagnosticSeverity Severity, string Verdict)>();
        for (var i = 0; i < s_examples.Count; i++)
        {
            var (text, kind) = s_examples[i];
            source.Append(kind == MessageKind.Rationale ? "    [CreepLint.MessageTemplate(\"rationale\")]\n" : "    [CreepLint.MessageTemplate]\n");
            source.Append("    public string M").Append(i).Append(" => \"");
            var (literal, starts, ends) = Escape(text);
            var at = source.Length;
            source.Append(literal).Append("\";\n\n");

            var result = CreepLintEngine.Default.Lint(text, kind);
            foreach (var f in result.Findings)
            {
                var severity = f.Severity == Severity.Info || result.Verdict == Verdict.Pass ? DiagnosticSeverity.Info : DiagnosticSeverity.Warning;
                expected.Add((f.RuleId, at + starts[f.Offset], at + ends[f.Offset + f.Length - 1], severity, $"message {VerdictId(result.Verdict)}, score {result.Score}"));
            }
        }

        source.Append("}\n");
        var diagnostics = AnalyzerRun.Analyze(source.ToString());
        var actual = diagnostics.Select(d => (d.Id, d.Location.SourceSpan.Start, d.Location.SourceSpan.End, d.Severity, Verdict: Tail(d))).ToList();
        var wanted = expected.Select(e => (e.Id, e.Start, e.End, e.Severity, Verdict: e.Verdict)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(s_examples, Has.Count.GreaterThan(100), "every rule carries examples");
            Assert.That(wanted.Count(e => e.Severity == DiagnosticSeverity.Warning), Is.GreaterThan(50), "the examples include creepy messages");
            Assert.That(actual, Is.EquivalentTo(wanted));
        });
    }

    /// <summary>The message's verdict and score as the diagnostic states them.</summary>
    private static string Tail(Diagnostic d)
    {
        var message = d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        var at = message.LastIndexOf("message ", StringComparison.Ordinal);
        return at < 0 ? message : message[at..^1];
    }

    private static string VerdictId(Verdict verdict) => verdict switch { Verdict.Pass => "pass", Verdict.Warn => "warn", _ => "fail" };

    /// <summary>A C# regular string literal body for <paramref name="text"/> (escapes for quotes, backslashes, controls and everything past ASCII) and where each character starts and ends in it.</summary>
    internal static (string Literal, int[] Starts, int[] Ends) Escape(string text)
    {
        var literal = new StringBuilder();
        var starts = new int[text.Length];
        var ends = new int[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            starts[i] = literal.Length;
            var c = text[i];
            literal.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < ' ' or > '~' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
            ends[i] = literal.Length;
        }

        return (literal.ToString(), starts, ends);
    }
}
