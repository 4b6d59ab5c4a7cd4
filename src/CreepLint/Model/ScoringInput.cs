using CreepLint.Matching;
using CreepLint.Text;

namespace CreepLint.Model;

/// <summary>
/// One message as the rule engine saw it, handed to an <see cref="ICreepScorer"/>: the normalised tokens, the template
/// fields and the rules' hits. Valid only during the call it is passed to.
/// </summary>
public readonly ref struct ScoringInput
{
    internal ScoringInput(LintScratch scratch, CompiledRuleSet rules, string text, MessageKind kind)
    {
        Scratch = scratch;
        RuleSet = rules;
        Text = text;
        Kind = kind;
    }

    /// <summary>The source text.</summary>
    public string Text { get; }

    /// <summary>Whether the text is a message or an offer rationale.</summary>
    public MessageKind Kind { get; }

    /// <summary>The number of tokens.</summary>
    public int TokenCount => Scratch.Tokens.Count;

    /// <summary>The number of template fields referenced by placeholders.</summary>
    public int FieldCount => Scratch.Buffer.Fields.Count;

    internal LintScratch Scratch { get; }

    internal CompiledRuleSet RuleSet { get; }

    /// <summary>The normalised (folded, lower-case) text of a token.</summary>
    public ReadOnlySpan<char> GetTokenText(int index)
    {
        var token = Scratch.Tokens[index];
        return Scratch.Buffer.Chars.AsSpan(token.Start, token.Length);
    }

    /// <summary>The source span of a token.</summary>
    public Range GetTokenSource(int index)
    {
        var token = Scratch.Tokens[index];
        return new Range(token.SourceStart, token.SourceEnd);
    }

    /// <summary>The name of a template field as written, such as <c>predicted_due_date</c>.</summary>
    public ReadOnlySpan<char> GetFieldName(int index)
    {
        var field = Scratch.Buffer.Fields[index];
        return Text.AsSpan(field.Start, field.Length);
    }

    /// <summary>The strongest rule match (0–100) of a category in this message, before findings are merged; 0 if none.</summary>
    public int GetRuleScore(CreepCategory category)
    {
        var best = 0;
        foreach (var candidate in Scratch.Candidates)
        {
            if (RuleSet.Rules[candidate.Rule].Info.Category == category && candidate.Score > best)
            {
                best = candidate.Score;
            }
        }

        return best;
    }
}
