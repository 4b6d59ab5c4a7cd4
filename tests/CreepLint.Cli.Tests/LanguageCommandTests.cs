using System.Text.Json;
using CreepLint.Cli.Tests.Support;

namespace CreepLint.Cli.Tests;

/// <summary>Languages in the CLI (issue 15): items are linted by their language's pack, <c>lang</c> and <c>--language</c>
/// override identification, and a message no pack reads is a note (an error with <c>--fail-on-unsupported-language</c>).</summary>
public sealed class LanguageCommandTests
{
    private const string Lines =
        "{\"id\": \"de\", \"text\": \"Wir wissen, dass Sie schwanger sind – hier sind Gutscheine für Babybetten.\"}\n" +
        "{\"id\": \"en\", \"text\": \"We noticed you've been searching for pregnancy tests.\"}\n" +
        "{\"id\": \"ru\", \"text\": \"Мы знаем, что вы беременны: вот купоны на детские кроватки.\"}\n" +
        "{\"id\": \"forced\", \"lang\": \"fr\", \"text\": \"Nous savons que vous êtes enceinte.\"}\n";

    private static JsonElement Result(JsonElement report, string id) =>
        report.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("id").GetString() == id);

    [Test]
    public void Each_item_names_its_language_and_the_summary_counts_languages_and_unsupported_messages()
    {
        using var repo = new TempRepo().Write("m.jsonl", Lines);
        var result = repo.Run("lint", "m.jsonl", "--format", "json");
        var report = JsonDocument.Parse(result.Out).RootElement;
        var summary = report.GetProperty("summary");
        var note = report.GetProperty("problems").EnumerateArray().Single(p => p.GetProperty("code").GetString() == "CL0214");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Findings), result.ToString());
            Assert.That(Result(report, "de").GetProperty("language").GetString(), Is.EqualTo("de"));
            Assert.That(Result(report, "de").GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()), Does.Contain("CLDE1001"));
            Assert.That(Result(report, "en").GetProperty("language").GetString(), Is.EqualTo("en"));
            Assert.That(Result(report, "forced").GetProperty("language").GetString(), Is.EqualTo("fr"));
            Assert.That(Result(report, "ru").GetProperty("language").GetString(), Is.EqualTo("und-Cyrl"));
            Assert.That(summary.GetProperty("unsupportedLanguage").GetInt32(), Is.EqualTo(1));
            Assert.That(summary.GetProperty("languages").GetProperty("de").GetInt32(), Is.EqualTo(1));
            Assert.That(note.GetProperty("message").GetString(), Does.StartWith("not linted: language und-Cyrl has no rule pack"));
        });
    }

    [Test]
    public void Fail_on_unsupported_language_makes_the_run_fail_with_an_error()
    {
        // Only the message no pack reads: without the option the run passes with a note, with it the run is not fully read.
        using var repo = new TempRepo().Write("m.jsonl", Lines.Split('\n')[2] + "\n");
        var plain = repo.Run("lint", "m.jsonl", "--format", "json");
        var strict = repo.Run("lint", "m.jsonl", "--format", "json", "--fail-on-unsupported-language");
        var level = JsonDocument.Parse(strict.Out).RootElement.GetProperty("problems").EnumerateArray()
            .Single(p => p.GetProperty("code").GetString() == "CL0214").GetProperty("level").GetString();
        Assert.Multiple(() =>
        {
            Assert.That(plain.ExitCode, Is.EqualTo(ExitCodes.Success), plain.ToString());
            Assert.That(strict.ExitCode, Is.EqualTo(ExitCodes.UsageOrConfig), strict.ToString());
            Assert.That(level, Is.EqualTo("error"));
        });
    }

    [Test]
    public void Language_option_reads_every_item_without_lang_in_that_language_and_rejects_a_non_code()
    {
        using var repo = new TempRepo().Write("m.jsonl", "{\"id\": \"a\", \"text\": \"We know you are pregnant.\"}\n");
        var forced = JsonDocument.Parse(repo.Run("lint", "m.jsonl", "--format", "json", "--language", "de-CH").Out).RootElement;
        var bad = repo.Run("lint", "m.jsonl", "--language", "german!");
        Assert.Multiple(() =>
        {
            Assert.That(Result(forced, "a").GetProperty("language").GetString(), Is.EqualTo("de"));
            Assert.That(bad.ExitCode, Is.EqualTo(ExitCodes.UsageOrConfig));
            Assert.That(bad.Error, Does.Contain("--language 'german!' must be a language code"));
        });
    }
}
