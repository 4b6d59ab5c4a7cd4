using System.CommandLine;
using System.CommandLine.Completions;
using CreepLint.Cli.Tests.Support;

namespace CreepLint.Cli.Tests;

/// <summary>
/// Issue 20, item 2: every option of every command, enumerated from the command tree, given wrong values. Each run must
/// end before any work with exit 2, one 'creeplint:' line naming the option, no stack trace, and the input unchanged.
/// A new option is covered by these tests without a new test.
/// </summary>
public sealed class OptionValueTests
{
    private const string Input = "Hi there, our spring sale starts Monday.\n";

    public static IEnumerable<TestCaseData> WrongValues()
    {
        var root = CliApp.BuildRoot(new CliContext(TextWriter.Null, TextWriter.Null, TextReader.Null));
        foreach (var command in root.Subcommands)
        {
            foreach (var option in command.Options)
            {
                if (option.Arity.MaximumNumberOfValues == 0 || option.Hidden || option.Name is "--help" or "--version")
                {
                    continue;
                }

                foreach (var (value, expectsOurs) in ValuesFor(option))
                {
                    var args = BaseArguments(command, option).Concat(value is null ? [option.Name] : [$"{option.Name}={value}"]).ToArray();
                    yield return new TestCaseData(args, option.Name, expectsOurs)
                        .SetName($"{command.Name} {option.Name} {(value is null ? "(no value)" : $"'{value}'")}");
                }
            }
        }
    }

    [TestCaseSource(nameof(WrongValues))]
    public void A_wrong_option_value_is_one_line_and_exit_2_before_any_work(string[] args, string option, bool expectsOurs)
    {
        using var repo = new TempRepo().Write("a.txt", Input);
        var before = File.ReadAllBytes(repo.PathOf("a.txt"));
        var result = repo.Run(args);
        var first = result.Error.Split('\n')[0];
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageOrConfig), result.ToString());
            Assert.That(first, Does.StartWith("creeplint: "), result.ToString());
            Assert.That(first, Does.Contain(option), result.ToString());
            if (expectsOurs)
            {
                Assert.That(first, Does.Contain($"{option} expects "), result.ToString());
            }

            Assert.That(result.Error, Does.Not.Contain("Exception").And.Not.Contain("   at "), result.ToString());
            Assert.That(result.Out, Is.Empty, result.ToString());
            Assert.That(File.ReadAllBytes(repo.PathOf("a.txt")), Is.EqualTo(before));
            Assert.That(Directory.GetFiles(repo.Root, "*", SearchOption.AllDirectories).Select(Path.GetFileName), Is.EquivalentTo(new[] { "a.txt" }), "nothing written");
        });
    }

    [Test]
    public void Threads_abc_reads_as_the_issue_asks()
    {
        using var repo = new TempRepo().Write("a.txt", Input);
        var result = repo.Run("lint", "a.txt", "--threads", "abc");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageOrConfig));
            Assert.That(result.Error, Does.StartWith("creeplint: --threads expects a whole number from 1 to 1024, not 'abc'\n"));
            Assert.That(repo.Read("a.txt"), Is.EqualTo(Input));
        });
    }

    [Test]
    public void The_generator_covers_every_typed_option()
    {
        var cases = WrongValues().Select(c => (string)c.Arguments[1]!).ToHashSet();
        Assert.That(cases, Is.SupersetOf(new[] { "--threads", "--max-score", "--format", "--color", "--kind", "--fail-on", "--seed", "--folds", "--l2", "--size-mb", "--passes", "--fail-under-f1", "--output", "--threshold" }));
    }

    /// <summary>Values wrong for the option's type and choices; null stands for the option given with no value.</summary>
    private static IEnumerable<(string? Value, bool ExpectsOurs)> ValuesFor(Option option)
    {
        var type = Nullable.GetUnderlyingType(option.ValueType) ?? option.ValueType;
        if (type == typeof(bool))
        {
            // A flag: '--redact' alone is right, and a following word is the next argument (a path), not its value.
            yield break;
        }

        yield return (null, false);
        yield return ("", false);
        var choices = option.GetCompletions(CompletionContext.Empty).Select(c => c.Label).ToList();
        if (type == typeof(int))
        {
            foreach (var v in new[] { "abc", "1.5", "99999999999999999999", "-99999999999999999999", "0x10", "NaN" })
            {
                yield return (v, true);
            }
        }
        else if (type == typeof(double))
        {
            foreach (var v in new[] { "abc", "NaN", "Infinity", "-Infinity", "1e999", "1,5" })
            {
                yield return (v, true);
            }
        }
        else if (choices.Count > 0)
        {
            foreach (var v in new[] { "bogus", choices[0].ToUpperInvariant() + "X" })
            {
                yield return (v, true);
            }
        }
        else if (type != typeof(string) && type != typeof(string[]))
        {
            Assert.Fail($"{option.Name}: a {type.Name} option needs wrong values in {nameof(OptionValueTests)}.{nameof(ValuesFor)}");
        }
    }

    /// <summary>Arguments that make the command otherwise valid: required arguments and required options filled in.</summary>
    private static IEnumerable<string> BaseArguments(Command command, Option tested)
    {
        yield return command.Name;
        foreach (var argument in command.Arguments)
        {
            if (argument.Arity.MinimumNumberOfValues > 0)
            {
                yield return "a.txt";
            }
        }

        foreach (var option in command.Options)
        {
            if (option.Required && option != tested)
            {
                yield return option.Name;
                yield return "out.bin";
            }
        }
    }
}
