using System.Runtime.InteropServices;
using CreepLint.Cli.Tests.Support;

namespace CreepLint.Cli.Tests;

/// <summary>
/// Issue 20, item 1: no command writes over one of its inputs, by path, symlink or hard link (exit 2, one line naming both
/// paths, every input byte-identical), and every file a command writes appears whole or not at all.
/// </summary>
public sealed class OutputSafetyTests
{
    private const string Template = "Hi Sam, we noticed you've been browsing cribs since your pregnancy test.\n";

    /// <summary>Command lines; '@/' stands for the repository root, and 'sym:' or 'hard:' names the file link.txt links to.</summary>
    public static IEnumerable<TestCaseData> Collisions()
    {
        yield return Case("lint -o the input", ["lint", "a.txt", "-f", "json", "-o", "a.txt"], "a.txt");
        yield return Case("lint -o the input spelt another way", ["lint", "a.txt", "-o", "./sub/../a.txt"], "a.txt");
        yield return Case("lint -o an absolute path to the input", ["lint", "a.txt", "-o", "@/a.txt"], "a.txt");
        yield return Case("lint -o a symlink to the input", ["lint", "a.txt", "-o", "link.txt"], "link.txt", "sym:a.txt");
        yield return Case("lint of a symlink -o its target", ["lint", "link.txt", "-o", "a.txt"], "a.txt", "sym:a.txt");
        yield return Case("lint -o a hard link to the input", ["lint", "a.txt", "-o", "link.txt"], "link.txt", "hard:a.txt");
        yield return Case("lint -o the configuration", ["lint", "a.txt", "-o", ".creeplint.yaml"], ".creeplint.yaml");
        yield return Case("lint -o the baseline", ["lint", "a.txt", "--baseline", "base.json", "-o", "base.json"], "base.json");
        yield return Case("lint -o the model", ["lint", "a.txt", "--model", "m.clm", "-o", "m.clm"], "m.clm");
        yield return Case("lint -o a rule file", ["lint", "a.txt", "--rules", "rules", "-o", "rules/extra.yaml"], "rules/extra.yaml");
        yield return Case("baseline -o the input", ["baseline", "a.txt", "-o", "a.txt"], "a.txt");
        yield return Case("baseline -o a hard link to the input", ["baseline", "a.txt", "-o", "link.txt"], "link.txt", "hard:a.txt");
        yield return Case("baseline -o the configuration", ["baseline", "a.txt", "-o", ".creeplint.yaml"], ".creeplint.yaml");
        yield return Case("train -o the corpus", ["train", "@/c.jsonl", "-o", "@/c.jsonl"], "c.jsonl");
        yield return Case("train -o the held-out set", ["train", "@/c.jsonl", "--eval", "@/h.jsonl", "-o", "@/h.jsonl"], "h.jsonl");
        yield return Case("train -o a hard link to the corpus", ["train", "@/c.jsonl", "-o", "@/link.txt"], "link.txt", "hard:c.jsonl");
        yield return Case("bench --write-corpus the input", ["bench", "--input", "@/c.jsonl", "--write-corpus", "@/c.jsonl"], "c.jsonl");
    }

    [TestCaseSource(nameof(Collisions))]
    public void A_command_never_writes_over_its_input(string[] args, string output, string? link)
    {
        using var repo = Repo();
        if (link is not null)
        {
            Link(repo, link.StartsWith("sym:", StringComparison.Ordinal), link[(link.IndexOf(':') + 1)..]);
        }

        var arguments = args.Select(a => a.StartsWith("@/", StringComparison.Ordinal) ? repo.PathOf(a[2..]) : a).ToArray();
        var before = Snapshot(repo);
        var result = repo.Run(arguments);
        var lines = result.Error.TrimEnd('\n').Split('\n');
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageOrConfig), result.ToString());
            Assert.That(lines, Has.Length.EqualTo(1), result.ToString());
            Assert.That(lines[0], Does.StartWith("creeplint: refusing to write ").And.Contain(output).And.Contain("over the input '"), result.ToString());
            Assert.That(Snapshot(repo), Is.EqualTo(before), "every file byte-identical, nothing added");
        });
    }

    [Test]
    public void A_report_replaces_an_old_one_whole_and_leaves_no_temporary_file()
    {
        using var repo = Repo().Write("report.json", "old report");
        var input = File.ReadAllBytes(repo.PathOf("a.txt"));
        var result = repo.Run("lint", "a.txt", "-f", "json", "-o", "report.json");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Findings), result.ToString());
            Assert.That(repo.Read("report.json"), Does.StartWith("{"));
            Assert.That(File.ReadAllBytes(repo.PathOf("a.txt")), Is.EqualTo(input));
            Assert.That(Directory.GetFiles(repo.Root, "*.tmp", SearchOption.AllDirectories), Is.Empty);
        });
    }

    [Test]
    public void A_run_that_fails_before_the_report_is_complete_leaves_the_old_report()
    {
        using var repo = Repo().Write("report.json", "old report");
        var result = repo.Run("lint", "a.txt", "-f", "json", "-o", "report.json", "--baseline", "missing.json");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageOrConfig), result.ToString());
            Assert.That(repo.Read("report.json"), Is.EqualTo("old report"));
            Assert.That(Directory.GetFiles(repo.Root, "*.tmp", SearchOption.AllDirectories), Is.Empty);
        });
    }

    [Test]
    public void Init_and_baseline_write_through_a_temporary_file()
    {
        using var repo = new TempRepo().Write("a.txt", Template);
        Assert.Multiple(() =>
        {
            Assert.That(repo.Run("init").ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(repo.Run("baseline", "a.txt", "-o", "b.json").ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(repo.Read(".creeplint.yaml"), Does.Contain("rules"));
            Assert.That(repo.Read("b.json"), Does.Contain("\"findings\""));
            Assert.That(Directory.GetFiles(repo.Root, "*.tmp", SearchOption.AllDirectories), Is.Empty);
        });
    }

    private static TestCaseData Case(string name, string[] args, string output, string? link = null) => new TestCaseData(args, output, link).SetName(name);

    private static TempRepo Repo()
    {
        var repo = new TempRepo()
            .Write("a.txt", Template)
            .Write(".creeplint.yaml", "fail-on: fail\n")
            .Write("base.json", "{\"version\": 1, \"tool\": \"creeplint\", \"findings\": []}\n")
            .Write("m.clm", "not a model")
            .Write("rules/extra.yaml", "# no rules\n")
            .Write("c.jsonl", "{\"text\": \"We noticed you are pregnant.\", \"creepy\": true}\n{\"text\": \"Spring sale.\", \"creepy\": false}\n")
            .Write("h.jsonl", "{\"text\": \"Spring sale.\", \"creepy\": false}\n");
        Directory.CreateDirectory(repo.PathOf("sub"));
        return repo;
    }

    private static void Link(TempRepo repo, bool symbolic, string target)
    {
        var link = repo.PathOf("link.txt");
        if (symbolic)
        {
            File.CreateSymbolicLink(link, repo.PathOf(target));
        }
        else if (!RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            Assert.That(Link(repo.PathOf(target), link), Is.Zero, "link(2)");
        }
        else
        {
            Assert.Ignore("hard links are made with link(2) here; Windows is covered by the file-index check");
        }
    }

    private static Dictionary<string, string> Snapshot(TempRepo repo) =>
        Directory.GetFiles(repo.Root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(repo.Root, f), f => Convert.ToHexString(File.ReadAllBytes(f)));

#pragma warning disable CA2101 // Marshalled as UTF-8 explicitly below; CA2101 only knows CharSet.
    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string link);
#pragma warning restore CA2101
}
