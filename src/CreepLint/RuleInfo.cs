using System.Collections.Immutable;

namespace CreepLint;

/// <summary>An example text carried by a rule; bad examples must trigger the rule, good ones must not.</summary>
/// <param name="Text">The example text.</param>
/// <param name="Kind">Whether the example is linted as a message or a rationale.</param>
public readonly record struct RuleExample(string Text, MessageKind Kind);

/// <summary>The description of a loaded rule: what it catches, why, and what to write instead.</summary>
public sealed class RuleInfo
{
    internal RuleInfo(
        string id, string name, CreepCategory category, Severity severity, int confidence, string message, string why, string suggestion,
        ImmutableArray<string> references, RuleTarget appliesTo, ImmutableArray<RuleExample> badExamples, ImmutableArray<RuleExample> goodExamples,
        string source, int line, string language)
    {
        Language = language;
        Id = id;
        Name = name;
        Category = category;
        Severity = severity;
        Confidence = confidence;
        Message = message;
        Why = why;
        Suggestion = suggestion;
        References = references;
        AppliesTo = appliesTo;
        BadExamples = badExamples;
        GoodExamples = goodExamples;
        Source = source;
        Line = line;
    }

    /// <summary>The stable id, such as <c>CL1001</c>.</summary>
    public string Id { get; }

    /// <summary>The kebab-case name, such as <c>asserted-health-condition</c>.</summary>
    public string Name { get; }

    /// <summary>The category every finding of this rule carries.</summary>
    public CreepCategory Category { get; }

    /// <summary>The effective severity (after any setting given to the builder or, in the CLI, the configuration).</summary>
    public Severity Severity { get; }

    /// <summary>Base confidence 1–100 before context adjusts it.</summary>
    public int Confidence { get; }

    /// <summary>The finding message template; <c>{match}</c> stands for the matched text.</summary>
    public string Message { get; }

    /// <summary>Why this is creepy: the explanation a user reads.</summary>
    public string Why { get; }

    /// <summary>What to write instead.</summary>
    public string Suggestion { get; }

    /// <summary>Policy or guidance links.</summary>
    public ImmutableArray<string> References { get; }

    /// <summary>The kinds of text the rule applies to.</summary>
    public RuleTarget AppliesTo { get; }

    /// <summary>Texts the rule must flag.</summary>
    public ImmutableArray<RuleExample> BadExamples { get; }

    /// <summary>Texts the rule must leave alone.</summary>
    public ImmutableArray<RuleExample> GoodExamples { get; }

    /// <summary>The file (or resource) the rule was loaded from.</summary>
    public string Source { get; }

    /// <summary>The line of the rule in <see cref="Source"/>.</summary>
    public int Line { get; }

    /// <summary>The language of the messages the rule reads (its file's <c>language:</c>, <c>en</c> without one), such as <c>de</c>.</summary>
    public string Language { get; }

    /// <summary>This rule with another effective severity.</summary>
    internal RuleInfo WithSeverity(Severity severity) =>
        new(Id, Name, Category, severity, Confidence, Message, Why, Suggestion, References, AppliesTo, BadExamples, GoodExamples, Source, Line, Language);

    /// <inheritdoc/>
    public override string ToString() => $"{Id} {Name} ({Category.ToId()}, {Severity.ToString().ToLowerInvariant()})";
}
