using System.Text.Json;
using CreepLint.Cli.Tests.Support;

namespace CreepLint.Cli.Tests;

/// <summary>
/// Localisation files read as message catalogs: each string one message named by its key, its findings at the line and
/// column of the text in the file (through escapes, entities and quoting), and every syntax error at its position.
/// </summary>
public sealed class LocalisationTests
{
    private static JsonElement LintJson(TempRepo repo, params string[] args)
    {
        var result = repo.Run(["lint", .. args, "--format", "json"]);
        Assert.That(result.ExitCode, Is.Not.EqualTo(ExitCodes.UsageOrConfig), result.ToString());
        return JsonDocument.Parse(result.Out).RootElement.Clone();
    }

    /// <summary>Every message's id with its findings as "rule@line:column".</summary>
    private static List<(string Id, string Findings)> Messages(JsonElement report) =>
        [.. report.GetProperty("results").EnumerateArray().Select(r => (r.GetProperty("id").GetString()!,
            string.Join(" ", r.GetProperty("findings").EnumerateArray().Select(f => $"{f.GetProperty("ruleId").GetString()}@{f.GetProperty("line").GetInt32()}:{f.GetProperty("column").GetInt32()}"))))];

    /// <summary>The one-based column of <paramref name="text"/> on line <paramref name="line"/> of <paramref name="file"/>.</summary>
    private static string At(string file, int line, string text) => $"{line}:{file.Split('\n')[line - 1].IndexOf(text, StringComparison.Ordinal) + 1}";

    [Test]
    public void Android_strings_plurals_and_arrays_are_messages_named_by_key()
    {
        const string xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<resources>\n" +
            "    <!-- <string name=\"old\">You're expecting</string> -->\n" +
            "    <string name=\"welcome\">Hi \\\"Anna\\\" &amp; welcome!\\nYou\\'re expecting, congrats.</string>\n" +
            "    <string name=\"plain\" translatable=\"false\">Shop now</string>\n" +
            "    <plurals name=\"visits\">\n        <item quantity=\"one\">Thanks for %d order</item>\n        <item quantity=\"other\">We noticed you came back %d times</item>\n    </plurals>\n" +
            "    <string-array name=\"tips\">\n        <item>Sleep well</item>\n        <item><![CDATA[<b>You\\'re expecting</b>]]></item>\n    </string-array>\n" +
            "</resources>\n";
        using var repo = new TempRepo().Write("app/src/main/res/values/strings.xml", xml);
        var messages = Messages(LintJson(repo, "."));
        Assert.That(messages, Is.EqualTo(new[]
        {
            ("welcome", $"CL1001@{At(xml, 4, "You\\'re")}"),
            ("plain", string.Empty),
            ("visits/one", string.Empty),
            ("visits/other", $"CL5001@{At(xml, 8, "We noticed")}"),
            ("tips/0", string.Empty),
            ("tips/1", $"CL1001@{At(xml, 12, "You\\'re")}"),
        }));
    }

    [Test]
    public void Apple_strings_values_are_messages_named_by_key_through_escapes()
    {
        const string strings = "/* Push: due date. We noticed you */\n\"push.due\" = \"Congrats \\\"Anna\\\"!\\nYou're expecting.\";\n// a line comment\nwelcome = \"Hello\";\n";
        using var repo = new TempRepo().Write("en.lproj/Localizable.strings", strings);
        Assert.That(Messages(LintJson(repo, ".")), Is.EqualTo(new[] { ("push.due", $"CL1001@{At(strings, 2, "You're")}"), ("welcome", string.Empty) }));
    }

    [Test]
    public void Apple_stringsdict_plural_strings_are_messages_named_by_key_path()
    {
        const string plist = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n  <key>visits</key>\n  <dict>\n" +
            "    <key>NSStringLocalizedFormatKey</key>\n    <string>%#@count@</string>\n    <key>count</key>\n    <dict>\n" +
            "      <key>NSStringFormatSpecTypeKey</key>\n      <string>NSStringPluralRuleType</string>\n" +
            "      <key>one</key>\n      <string>We noticed you</string>\n      <key>other</key>\n      <string>Thanks for %d visits</string>\n" +
            "    </dict>\n  </dict>\n</dict>\n</plist>\n";
        using var repo = new TempRepo().Write("Localizable.stringsdict", plist);
        Assert.That(Messages(LintJson(repo, ".")), Is.EqualTo(new[]
        {
            ("visits/NSStringLocalizedFormatKey", string.Empty),
            ("visits/count/one", $"CL5001@{At(plist, 13, "We noticed")}"),
            ("visits/count/other", string.Empty),
        }));
    }

    [Test]
    public void Gettext_msgstr_is_linted_and_an_untranslated_msgid_instead()
    {
        const string po = "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n" +
            "#: mail.py:10\nmsgctxt \"push\"\nmsgid \"Congrats!\"\nmsgstr \"\"\n\"Herzlichen Gl\\u00fcckwunsch! \"\n\"You're expecting.\"\n\n" +
            "msgid \"We noticed you like rakes.\"\nmsgstr \"\"\n\n" +
            "msgid \"One visit\"\nmsgid_plural \"%d visits\"\nmsgstr[0] \"Thanks for one visit\"\nmsgstr[1] \"We noticed your %d visits\"\n";
        using var repo = new TempRepo().Write("locale/de/LC_MESSAGES/mail.po", po);
        Assert.That(Messages(LintJson(repo, ".")), Is.EqualTo(new[]
        {
            ("push|Congrats!", $"CL1001@{At(po, 10, "You're")}"),
            ("We noticed you like rakes.", $"CL5001@{At(po, 12, "We noticed")}"),
            ("One visit[0]", string.Empty),
            ("One visit[1]", $"CL5001@{At(po, 18, "We noticed")}"),
        }));
    }

    [Test]
    public void Resx_string_resources_are_messages_and_typed_resources_are_skipped()
    {
        const string resx = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n" +
            "  <data name=\"Logo\" type=\"System.Resources.ResXFileRef, System.Windows.Forms\"><value>You're expecting.png</value></data>\n" +
            "  <data name=\"PushDue\" xml:space=\"preserve\">\n    <value>Congrats &amp; welcome! You're expecting.</value>\n    <comment>We noticed: translator note</comment>\n  </data>\n</root>\n";
        using var repo = new TempRepo().Write("Resources/Strings.resx", resx);
        Assert.That(Messages(LintJson(repo, ".")), Is.EqualTo(new[] { ("PushDue", $"CL1001@{At(resx, 5, "You're")}") }));
    }

    [Test]
    public void I18next_json_nested_keys_are_joined_with_dots()
    {
        const string json = "{\n  \"cart\": {\n    \"reminder\": {\n      \"title\": \"Hi \\\"there\\\" \\u2014 you're expecting!\",\n      \"body\": \"Back in stock\"\n    }\n  },\n  \"tips\": [\"Sleep well\", \"We noticed you\"]\n}\n";
        using var repo = new TempRepo().Write("public/locales/en/translation.json", json);
        Assert.That(Messages(LintJson(repo, ".")), Is.EqualTo(new[]
        {
            ("cart.reminder.title", $"CL1001@{At(json, 4, "you're")}"),
            ("cart.reminder.body", string.Empty),
            ("tips/0", string.Empty),
            ("tips/1", $"CL5001@{At(json, 8, "We noticed")}"),
        }));
    }

    [Test]
    public void Flutter_arb_messages_skip_their_metadata()
    {
        const string arb = "{\n  \"@@locale\": \"en\",\n  \"pushDue\": \"You're expecting, {name}!\",\n  \"@pushDue\": {\"description\": \"We noticed you are pregnant\"}\n}\n";
        using var repo = new TempRepo().Write("lib/l10n/app_en.arb", arb);
        Assert.That(Messages(LintJson(repo, ".")), Is.EqualTo(new[] { ("pushDue", $"CL1001@{At(arb, 3, "You're")}") }));
    }

    [TestCase("Localizable.strings", "\"a\" = \"Hello\"\n\"b\" = \"World\";\n", 2, 1, "expected ';' after the value of \"a\"")]
    [TestCase("Localizable.strings", "\"a\" = \"Hello;\n", 1, 7, "this string is never closed")]
    [TestCase("mail.po", "msgid \"a\"\nmsgstr \"Hello\n", 2, 8, "this string is never closed on its line")]
    [TestCase("mail.po", "msgid \"a\"\nmsgtsr \"Hello\"\n", 2, 1, "unknown keyword 'msgtsr'")]
    [TestCase("res/values/strings.xml", "<resources>\n  <string name=\"a\">Hello\n</resources>\n", 2, 3, "<string name=\"a\"> is never closed; add </string>")]
    [TestCase("res/values/strings.xml", "<resources>\n  <string>Hello</string>\n</resources>\n", 2, 3, "<string> has no name attribute")]
    [TestCase("app_en.arb", "{\n  \"a\": \"Hello\",\n  \"b\": \n}\n", 4, 1, "invalid JSON")]
    public void A_broken_localisation_file_is_reported_at_its_line_and_column(string name, string content, int line, int column, string message)
    {
        using var repo = new TempRepo().Write(name, content).Write("ok.txt", "Hello there.");
        var result = repo.Run("lint", ".");
        Assert.Multiple(() =>
        {
            Assert.That(result.Out, Does.Contain($"{name}:{line}:{column}: error CL0221: {message}"), result.ToString());
            Assert.That(result.Out, Does.Contain("2 files"), "the other file is still linted");
            Assert.That(result.Out + result.Error, Does.Not.Contain("   at "));
        });
    }

    [TestCase("res/values/strings.xml", "<resources>\n  <!-- creeplint-disable-next-line CL1001 -- the reader told us in onboarding -->\n  <string name=\"a\">You\\'re expecting!</string>\n</resources>\n")]
    [TestCase("Localizable.strings", "// creeplint-disable-next-line CL1001 -- the reader told us in onboarding\n\"a\" = \"You're expecting!\";\n")]
    [TestCase("mail.po", "# creeplint-disable CL1001 -- the reader told us in onboarding\nmsgid \"a\"\nmsgstr \"You're expecting!\"\n\n# creeplint-enable CL1001\n")]
    public void Inline_suppressions_in_localisation_comments_apply(string name, string content)
    {
        using var repo = new TempRepo().Write(name, content);
        // The rule's finding is suppressed (the learned model may still rate the string, as its own finding CL0001).
        var finding = LintJson(repo, name).GetProperty("results")[0].GetProperty("findings").EnumerateArray().First(f => f.GetProperty("ruleId").GetString() != "CL0001");
        Assert.Multiple(() =>
        {
            Assert.That(finding.GetProperty("ruleId").GetString(), Is.EqualTo("CL1001"));
            Assert.That(finding.GetProperty("suppressed").GetBoolean(), Is.True);
        });
    }

    [Test]
    public void Json_outside_locale_folders_is_not_read_as_translations_unless_named()
    {
        using var repo = new TempRepo().Write("data/strings.json", "{\"a\": \"You're expecting\"}");
        var walked = LintJson(repo, ".");
        var named = LintJson(repo, "data/strings.json");
        Assert.Multiple(() =>
        {
            Assert.That(walked.GetProperty("results").GetArrayLength(), Is.Zero);
            Assert.That(walked.GetProperty("summary").GetProperty("skipped").GetInt32(), Is.EqualTo(1));
            Assert.That(Messages(named), Is.EqualTo(new[] { ("a", "CL1001@1:8") }));
        });
    }
}
