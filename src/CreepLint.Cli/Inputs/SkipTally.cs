namespace CreepLint.Cli.Inputs;

/// <summary>One reason a directory walk left files out, with how many and the first of them.</summary>
/// <param name="Reason">Why, and what to do to read them ("unsupported extension .pug; add it to `formats:`").</param>
/// <param name="Count">How many files.</param>
/// <param name="Example">The first file skipped for this reason, as reports name it.</param>
internal sealed record SkippedFiles(string Reason, int Count, string Example);

/// <summary>Counts the files a walk skipped, by reason, so the summary can say what was left out; thread-safe.</summary>
internal sealed class SkipTally
{
    public const string RepositoryDocs = "repository docs (README, CONTRIBUTING, CHANGELOG, LICENSE, docs/ …); name them, or set `default-excludes: false` (--no-default-excludes)";
    public const string Excluded = "excluded by `exclude:` or --exclude";
    public const string NotIncluded = "not matched by `include:` or --include";
    public const string GitIgnored = "ignored by .gitignore";
    public const string NotCatalog = "YAML or JSON that is neither a message catalog (`messages:`) nor a localisation file; map it in `formats:` to read it";
    public const string NotAndroid = "XML that is not Android string resources (<resources>); map it in `formats:` to read it";

    private readonly Dictionary<string, (int Count, string Example)> _reasons = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly Lock _lock = new();

    public static string UnsupportedExtension(string extension) =>
        extension.Length == 0 ? "no extension; map a glob for them in `formats:` to read them"
        : s_media.Contains(extension) ? "images, fonts and other binary files"
        : $"unsupported extension {extension}; add it to `formats:`";

    /// <summary>Extensions of files that hold no text a reader reads: counted, without the advice to read them.</summary>
    private static readonly HashSet<string> s_media = new(StringComparer.OrdinalIgnoreCase)
    {
        ".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".ico", ".tif", ".tiff", ".psd", ".ai", ".sketch", ".fig", ".eps",
        ".woff", ".woff2", ".ttf", ".otf", ".eot", ".mp4", ".mov", ".webm", ".mp3", ".wav", ".zip", ".gz", ".tar", ".pdf",
    };

    public void Add(string reason, string displayPath, int count = 1)
    {
        lock (_lock)
        {
            if (_reasons.TryGetValue(reason, out var entry))
            {
                _reasons[reason] = (entry.Count + count, entry.Example);
            }
            else
            {
                _reasons[reason] = (count, displayPath);
                _order.Add(reason);
            }
        }
    }

    /// <summary>Reasons by descending count, then first seen.</summary>
    public IReadOnlyList<SkippedFiles> Items
    {
        get
        {
            lock (_lock)
            {
                return [.. _order.Select((r, i) => (r, i)).OrderByDescending(x => _reasons[x.r].Count).ThenBy(x => x.i).Select(x => new SkippedFiles(x.r, _reasons[x.r].Count, _reasons[x.r].Example))];
            }
        }
    }
}
