using System.Collections.Immutable;

namespace CreepLint.Suppressions;

/// <summary>How far a suppression reaches.</summary>
internal enum DirectiveScope
{
    /// <summary><c>creeplint-disable-next-line</c>: the next line only.</summary>
    NextLine,

    /// <summary><c>creeplint-disable</c> … <c>creeplint-enable</c>: the lines in between.</summary>
    Block,

    /// <summary><c>creeplint-disable-file</c>: the whole file.</summary>
    File,

    /// <summary>A catalog message's <c>suppress:</c> entry: every part of that message.</summary>
    Message,
}

/// <summary>One suppression written by the user, with where it is and whether it suppressed anything.</summary>
internal sealed class Directive(DirectiveScope scope, ImmutableArray<string> ids, string? reason, int line, int column)
{
    public DirectiveScope Scope { get; } = scope;

    /// <summary>Rule ids, names or category ids; empty means every rule.</summary>
    public ImmutableArray<string> Ids { get; } = ids;

    public string? Reason { get; } = reason;

    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>For a block: the line of the matching <c>creeplint-enable</c> (or the end of the file).</summary>
    public int EndLine { get; set; } = int.MaxValue;

    /// <summary>Set once the directive has suppressed a finding; unused directives are reported.</summary>
    public bool Used { get; set; }

    public string Describe() =>
        (Scope switch
        {
            DirectiveScope.NextLine => "creeplint-disable-next-line",
            DirectiveScope.Block => "creeplint-disable",
            DirectiveScope.File => "creeplint-disable-file",
            _ => "suppress:",
        }) + (Ids.IsEmpty ? string.Empty : " " + string.Join(", ", Ids));

    public bool Covers(RuleInfo? rule, string ruleId, int line)
    {
        var inScope = Scope switch
        {
            DirectiveScope.NextLine => line == Line + 1,
            DirectiveScope.Block => line > Line && line < EndLine,
            _ => true,
        };
        if (!inScope)
        {
            return false;
        }

        if (Ids.IsEmpty)
        {
            return true;
        }

        foreach (var id in Ids)
        {
            if (string.Equals(id, ruleId, StringComparison.OrdinalIgnoreCase) ||
                (rule is not null && (string.Equals(id, rule.Name, StringComparison.OrdinalIgnoreCase) || string.Equals(id, rule.Category.ToId(), StringComparison.OrdinalIgnoreCase))) ||
                (ruleId == Scoring.ModelBlend.RuleId && Scoring.ModelBlend.IsNamedBy(id)))
            {
                return true;
            }
        }

        return false;
    }
}
