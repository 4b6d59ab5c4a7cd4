using CreepLint.Matching;

namespace CreepLint.Model;

/// <summary>
/// Whether a pack of a language other than English reads sentence roles (<see cref="SentenceRoles"/>): it does when its
/// rule files give a lexicon the <c>reader</c> role (<c>roles:</c>, docs/rule-format.md), since the word tests that find
/// the reader in English text (second-person words, "who", past forms) are English, and with no reader no sentence is a
/// claim about the reader.
/// </summary>
internal static class PackRoles
{
    /// <summary>Whether a lexicon that <paramref name="set"/> scans plays the reader (computed when the set is compiled).</summary>
    public static bool DeclaresReader(CompiledRuleSet set) => set.DeclaresReader;
}
