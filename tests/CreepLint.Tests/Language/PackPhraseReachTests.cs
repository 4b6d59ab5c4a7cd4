using CreepLint.Tests.Evaluation;
using CreepLint.Yaml;

namespace CreepLint.Tests.Language;

/// <summary>
/// Every literal phrase a rule of a shipped pack lists (no lexicon, token class or prefix) makes a finding of that rule
/// when it is the whole message: a phrase that one of its own rule's <c>unless</c> entries always cancels ("your account
/// activity suggests" under an unless that reads "your account") can never fire, and nothing else says so.
/// </summary>
public sealed class PackPhraseReachTests
{
    private static readonly CreepLintEngine Engine = CreepLintEngine.CreateBuilder().WithoutModel().Build();

    [TestCase("en")]
    [TestCase("de")]
    [TestCase("fr")]
    [TestCase("es")]
    public void Every_literal_phrase_fires_its_own_rule_alone(string language)
    {
        var folder = language == "en" ? "rules" : $"rules/{language}";
        var dead = new List<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryFiles.Path([.. folder.Split('/')]), "*.yaml").Order(StringComparer.Ordinal))
        {
            if (YamlReader.Read(File.ReadAllText(file), file, new DiagnosticBag()) is not YamlMapping root || root.Get("rules") is not YamlSequence rules)
            {
                continue;
            }

            foreach (var rule in rules.Items.OfType<YamlMapping>())
            {
                var id = (rule.Get("id") as YamlScalar)?.Value ?? "";
                var question = (rule.Get("sentence") as YamlScalar)?.Value == "question";
                var kind = (rule.Get("applies-to") as YamlScalar)?.Value == "rationale" ? MessageKind.Rationale : MessageKind.Message;
                foreach (var phrase in (rule.Get("phrases") as YamlSequence)?.Items.OfType<YamlScalar>() ?? [])
                {
                    var text = phrase.Value;
                    if (text.StartsWith('@') || text.Contains('<') || text.Contains('*'))
                    {
                        continue;
                    }

                    var request = new LintRequest(text + (question ? "?" : "."), kind) { Language = language };
                    if (!Engine.Lint(request).Findings.Any(f => f.RuleId == id))
                    {
                        dead.Add($"{folder}/{Path.GetFileName(file)}:{phrase.Position.Line} {id} '{text}'");
                    }
                }
            }
        }

        Assert.That(dead, Is.Empty);
    }
}
