using System.Runtime.CompilerServices;
using CreepLint.Cli.Inputs;
using CreepLint.Configuration;
using Microsoft.Extensions.FileSystemGlobbing;

namespace CreepLint.Cli.Config;

/// <summary>The CLI's side of the configuration's path settings: the library reads and checks 'formats:' and
/// 'overrides:'; the CLI, which walks files, matches their globs and maps format names to its readers.</summary>
internal static class ConfigGlobs
{
    private static readonly ConditionalWeakTable<object, Matcher> s_matchers = new();

    extension(FormatMapping mapping)
    {
        /// <summary>How files this entry matches are read.</summary>
        public InputFormat Format => InputFormats.Names[mapping.FormatName];

        /// <summary>Whether a file (its path relative to the configuration root, and its extension) matches this entry.</summary>
        public bool Matches(string relativePath, string extension) =>
            mapping.IsExtension
                ? string.Equals(mapping.Key, extension, StringComparison.OrdinalIgnoreCase)
                : MatcherFor(mapping, [mapping.Key]).Match(relativePath).HasMatches;
    }

    extension(PathOverride entry)
    {
        /// <summary>The files the override applies to.</summary>
        public Matcher Files => MatcherFor(entry, entry.Globs);
    }

    private static Matcher MatcherFor(object owner, IReadOnlyList<string> globs) =>
        s_matchers.GetValue(owner, _ =>
        {
            var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
            matcher.AddIncludePatterns(globs);
            return matcher;
        });
}
