using CreepLint.Cli;

namespace CreepLint.Cli.Tests;

/// <summary>Two runs over the same inputs write byte-identical reports, so CI diffs and SARIF uploads are stable.</summary>
public sealed class DeterminismTests
{
    [TestCase("json")]
    [TestCase("sarif")]
    [TestCase("jsonl")]
    public void Two_runs_over_the_sample_repository_write_identical_bytes(string format)
    {
        var repo = SampleRepository();
        var outputs = new List<byte[]>();
        for (var run = 0; run < 2; run++)
        {
            var file = Path.Combine(Path.GetTempPath(), $"creeplint-determinism-{Guid.NewGuid():N}.{format}");
            try
            {
                using var stdout = new StringWriter();
                using var stderr = new StringWriter();
                var code = CliApp.Run(["lint", repo, "--format", format, "-o", file, "--fail-on", "fail"], stdout, stderr, new StringReader(string.Empty));
                Assert.That(code, Is.EqualTo(0).Or.EqualTo(1), stderr.ToString());
                outputs.Add(File.ReadAllBytes(file));
            }
            finally
            {
                File.Delete(file);
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(outputs[0], Is.Not.Empty);
            Assert.That(outputs[1], Is.EqualTo(outputs[0]));
        });
    }

    private static string SampleRepository()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "template-repo");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("samples/template-repo not found above the test directory");
    }
}
