using System.Text.Json.Serialization;

namespace CreepLint.Cli.Reporting.Review;

/// <summary>
/// A JSON report written with <c>--include-text</c>, as the report page needs it. Every score, verdict, category and count
/// is the one the JSON carries (the engine's, after suppressions and the baseline): the page shows them, never works them out.
/// </summary>
internal sealed class ReviewReport
{
    public string Version { get; set; } = string.Empty;

    public bool Redacted { get; set; }

    public List<ReviewMessage> Messages { get; } = [];

    public List<ReviewRule> Rules { get; set; } = [];

    public List<ReviewProblem> Problems { get; set; } = [];

    public ReviewSummary Summary { get; set; } = new();
}

/// <summary>One linted text (a file, a catalog message's part, a JSON Lines record) as the JSON report has it.</summary>
internal sealed class ReviewMessage
{
    public required string Source { get; set; }

    public string? Id { get; set; }

    public string Kind { get; set; } = "message";

    public string? Channel { get; set; }

    public required int Score { get; set; }

    public required string Verdict { get; set; }

    public required List<ReviewFinding> Findings { get; set; }

    public List<ReviewFinding> Baselined { get; set; } = [];

    public ReviewView? View { get; set; }
}

/// <summary>The message as a reader sees it, and its template tags as [offset, length] pairs.</summary>
internal sealed class ReviewView
{
    public required string Text { get; set; }

    public List<int[]> Templates { get; set; } = [];
}

/// <summary>One finding as the JSON report has it, with its place in the view.</summary>
internal sealed class ReviewFinding
{
    public required string RuleId { get; set; }

    public required string Category { get; set; }

    public string Severity { get; set; } = "warning";

    public required int Score { get; set; }

    public string Message { get; set; } = string.Empty;

    public int Line { get; set; }

    public int Column { get; set; }

    public string Excerpt { get; set; } = string.Empty;

    public string Suggestion { get; set; } = string.Empty;

    public bool Suppressed { get; set; }

    public ReviewSuppression? Suppression { get; set; }

    public int? ViewOffset { get; set; }

    public int? ViewLength { get; set; }
}

/// <summary>Where a suppression was written and why.</summary>
internal sealed class ReviewSuppression
{
    public string Kind { get; set; } = "inline";

    public int Line { get; set; }

    public string? Reason { get; set; }
}

/// <summary>A rule named by a finding: its name and why it matters.</summary>
internal sealed class ReviewRule
{
    public required string Id { get; set; }

    public string? Name { get; set; }

    public string? Category { get; set; }

    public string? Severity { get; set; }

    public string? Why { get; set; }
}

/// <summary>An input problem (a file that could not be read, a suppression without a reason).</summary>
internal sealed class ReviewProblem
{
    public string Source { get; set; } = string.Empty;

    public int Line { get; set; }

    public int Column { get; set; }

    public string Code { get; set; } = string.Empty;

    public string Level { get; set; } = string.Empty;

    public string Message { get; set; } = string.Empty;
}

/// <summary>The run's counts, as the JSON report's <c>summary</c>.</summary>
internal sealed class ReviewSummary
{
    public int Files { get; set; }

    public int Messages { get; set; }

    public int Pass { get; set; }

    public int Warn { get; set; }

    public int Fail { get; set; }

    public int Findings { get; set; }

    public int Suppressed { get; set; }

    public int Baselined { get; set; }

    public int Problems { get; set; }

    public int Skipped { get; set; }

    public int Unread { get; set; }
}

/// <summary>Reflection-free (de)serialisation of the report types.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow)]
[JsonSerializable(typeof(ReviewMessage))]
[JsonSerializable(typeof(List<ReviewRule>))]
[JsonSerializable(typeof(List<ReviewProblem>))]
[JsonSerializable(typeof(ReviewSummary))]
internal sealed partial class ReviewJsonContext : JsonSerializerContext;
