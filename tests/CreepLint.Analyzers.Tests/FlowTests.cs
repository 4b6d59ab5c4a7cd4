using Microsoft.CodeAnalysis;

namespace CreepLint.Analyzers.Tests;

/// <summary>Which C# text is linted: what flows into a member marked <c>[MessageTemplate]</c>, and nothing else; each diagnostic on the words as written.</summary>
public sealed class FlowTests
{
    private static List<(string Id, string At, DiagnosticSeverity Severity)> Run(string source) =>
        [.. AnalyzerRun.Analyze(source).Select(d => (d.Id, AnalyzerRun.At(d), d.Severity))];

    [Test]
    public void Expression_bodied_property_reports_each_finding_on_its_words()
    {
        var found = Run("""
            using CreepLint;
            public sealed class Cribs
            {
                [MessageTemplate] public string Subject => "We noticed you looked at cribs 6 times";
            }
            """);
        Assert.That(found, Is.EqualTo(new[]
        {
            ("CL5001", "We noticed", DiagnosticSeverity.Warning),
            ("CL3001", "you looked at cribs 6 times", DiagnosticSeverity.Warning),
        }));
    }

    [Test]
    public void Arguments_assignments_initializers_and_returns_flow_into_marked_members()
    {
        var found = Run("""
            using CreepLint;
            public sealed class Email
            {
                [MessageTemplate(Channel = "subject")] public string Subject { get; set; } = "Congratulations, you're expecting!";
                [MessageTemplate] public string? Body;
                public static void Send([MessageTemplate] string text) { }
                [return: MessageTemplate] public static string Push(bool late) => late ? "We noticed you were up at 3am" : "Our spring sale starts today";
                public static Email Make() => new() { Subject = "Money tight this month? Join our budgeting workshop.", Body = "We can see you browsing." };
                public static void Go() => Send("We've been watching you browse.");
            }
            """);
        Assert.That(found.Select(f => f.At), Is.SupersetOf(new[] { "you're expecting", "We noticed", "Money tight", "We can see you", "We've been watching you" }));
        Assert.That(found.Select(f => f.At), Has.None.Contains("spring sale"));
    }

    [Test]
    public void Unmarked_members_lambdas_and_variables_are_not_linted()
    {
        var found = Run("""
            using System;
            using CreepLint;
            public sealed class Other
            {
                public string Subject => "Congratulations, you're expecting!";
                [MessageTemplate] public static string Make()
                {
                    Func<string> log = () => "We noticed you looked at cribs 6 times";
                    var text = "Congratulations, you're expecting!";
                    return text;
                }
            }
            """);
        Assert.That(found, Is.Empty);
    }

    [Test]
    public void A_constant_is_reported_once_where_it_is_written()
    {
        var found = Run("""
            using CreepLint;
            public static class Copy
            {
                public const string Pregnancy = "Congratulations, you're expecting!";
                [MessageTemplate] public static string A => Pregnancy;
                [MessageTemplate] public static string B => Pregnancy;
            }
            """);
        Assert.That(found, Does.Contain(("CL1001", "you're expecting", DiagnosticSeverity.Warning)));
        Assert.That(found, Is.Unique, "each finding once, though the constant flows into two members");
    }

    [Test]
    public void Interpolation_holes_are_placeholders_named_by_their_member_path()
    {
        var found = Run("""
            using CreepLint;
            public sealed record Customer(string FirstName, string PredictedDueDate);
            public static class Baby
            {
                [MessageTemplate] public static string Body(Customer c) => $"Hi {c.FirstName}, your baby is due {c.PredictedDueDate}.";
            }
            """);
        Assert.That(found.Select(f => f.At), Does.Contain("c.PredictedDueDate"), "the sensitive field is flagged on the hole");
        Assert.That(found.Select(f => f.At), Has.None.EqualTo("c.FirstName"));
        Assert.That(found.Single(f => f.At == "c.PredictedDueDate").Id, Does.StartWith("CL9"));
    }

    [Test]
    public void Escapes_verbatim_raw_and_concatenated_strings_map_to_the_characters_written()
    {
        var found = Run(""""
            using CreepLint;
            public static class Forms
            {
                [MessageTemplate] public static string Escaped => "Congratulations, you\u2019re expecting!";
                [MessageTemplate] public static string Verbatim => @"She said ""hi"". We noticed you looked at cribs 6 times";
                [MessageTemplate] public static string Raw => """
                    Hello there.
                      We noticed you looked at cribs 6 times
                    """;
                [MessageTemplate] public static string Joined(string name) => "Hi " + name + ", we noticed you looked at cribs 6 times";
            }
            """");
        Assert.That(found.Select(f => f.At), Is.SupersetOf(new[] { "you\\u2019re expecting", "We noticed", "you looked at cribs 6 times", "we noticed" }));
        Assert.That(found.Count(f => f.At == "We noticed"), Is.EqualTo(2), "verbatim and raw");
    }

    [Test]
    public void Rationale_kind_and_a_bad_kind_or_channel()
    {
        var found = Run("""
            using CreepLint;
            public static class Offers
            {
                [MessageTemplate("rationale")] public static string Why => "Because your location history shows weekly clinic visits";
                [MessageTemplate("newsletter")] public static string Bad => "Hello";
                [MessageTemplate(Channel = "fax")] public static string Worse => "Hello";
            }
            """);
        Assert.That(found.Where(f => f.Id == "CL0402").Select(f => f.Severity), Is.EqualTo(new[] { DiagnosticSeverity.Error, DiagnosticSeverity.Error }));
        Assert.That(found.Where(f => f.Id.StartsWith("CL4", StringComparison.Ordinal) || f.Id.StartsWith("CL6", StringComparison.Ordinal)), Is.Not.Empty, "the rationale is linted");
    }

    [Test]
    public void Suppression_comments_silence_the_next_line_and_must_give_a_reason()
    {
        var found = Run("""
            using CreepLint;
            public static class Quiet
            {
                // creeplint-disable-next-line CL5001 -- the brand voice says "noticed" on purpose
                [MessageTemplate] public static string A => "We noticed you looked at cribs 6 times";
                // creeplint-disable-next-line CL1001
                [MessageTemplate] public static string B => "Congratulations, you're expecting!";
            }
            """);
        Assert.That(found.Select(f => f.Id), Does.Not.Contain("CL5001").And.Contain("CL3001").And.Contain("CL0301"));
        Assert.That(found.Select(f => f.Id), Does.Not.Contain("CL1001"), "a suppression without a reason still suppresses, and is reported");
    }
}
