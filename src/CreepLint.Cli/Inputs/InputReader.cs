using CreepLint.Cli.Config;
using CreepLint.Cli.Suppressions;

namespace CreepLint.Cli.Inputs;

/// <summary>
/// Reads every input into entries to lint, one file at a time and lazily, so a bad file never stops the others: parsed
/// items, or for JSON Lines chunks of raw lines that the linting threads parse.
/// </summary>
internal sealed class InputReader(CreepLintConfig config, KnownRules known, ProblemSink problems, string workingDirectory, TextReader stdin)
{
    /// <summary>Largest non-streamed file read (64 MiB); JSON Lines files are streamed and have no total limit.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    public MessageKind DefaultKind { get; init; } = MessageKind.Message;

    public string? TextColumn { get; init; }

    public string? IdColumn { get; init; }

    /// <summary>Input files opened so far (standard input counts as one).</summary>
    public int FileCount { get; private set; }

    /// <summary>Files a directory walk left out, by reason (filled as the walk proceeds).</summary>
    public SkipTally Skipped { get; } = new();

    /// <summary>The directory report paths are relative to.</summary>
    private string DisplayBase => config.PathBase ?? workingDirectory;

    public IEnumerable<InputEntry> Read(IReadOnlyList<string> paths)
    {
        var walker = new FileWalker(config, workingDirectory, problems, DisplayBase);
        var expanded = walker.Expand(paths).ToList(); // Paths only: mj-include needs to know which files are linted on their own.
        foreach (var skipped in walker.Skipped.Items)
        {
            Skipped.Add(skipped.Reason, skipped.Example, skipped.Count);
        }

        var includes = new MjmlIncludes([.. expanded.Where(e => e.Path != "-").Select(e => e.Path)]);
        foreach (var (path, isExplicit) in expanded)
        {
            foreach (var entry in ReadFile(path, isExplicit, includes))
            {
                yield return entry;
            }
        }
    }

    private IEnumerable<InputEntry> ReadFile(string path, bool isExplicit, MjmlIncludes includes)
    {
        var display = FileWalker.DisplayPath(path, DisplayBase);
        var file = CreateSourceFile(path, display);
        var format = path == "-" ? InputFormat.Liquid : FileWalker.FormatOf(config, path);
        if (isExplicit)
        {
            format = InputFormats.ForExplicit(format);
        }

        if (format == InputFormat.JsonLines)
        {
            FileCount++;
            Stream stream;
            try
            {
                // Unbuffered: chunks are read straight into their own buffers.
                stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problems.Add(new InputProblem(display, 0, 0, $"cannot be read: {ex.Message}", "CL0201"));
                yield break;
            }

            using (stream)
            {
                foreach (var chunk in JsonLinesReader.ReadChunks(stream, file, display, problems))
                {
                    yield return new InputEntry(chunk);
                }
            }

            yield break;
        }

        var text = ReadText(path, display);
        if (text is null)
        {
            yield break;
        }

        var extension = path == "-" ? string.Empty : Path.GetExtension(path).ToLowerInvariant();
        IEnumerable<LintItem> items;
        if (format == InputFormat.Catalog)
        {
            var json = extension == ".json";
            var before = problems.Count;
            var localisation = json && Localisation.I18nextJson.IsLocalisationPath(FileWalker.RelativeTo(config.Root, path));
            var root = CatalogReader.ParseIfCatalog(text, json, file, problems, isExplicit && !json);
            if (root is null)
            {
                if (problems.Count > before)
                {
                    FileCount++; // A broken catalog candidate still counts as an input the user has to fix.
                    yield break;
                }

                if (json && (localisation || isExplicit) && Localisation.I18nextJson.Looks(text))
                {
                    format = InputFormat.I18next;
                }
                else if (isExplicit && json)
                {
                    CatalogReader.ParseIfCatalog(text, json, file, problems, explicitlyGiven: true); // Says why it is not read.
                    FileCount++;
                    yield break;
                }
                else
                {
                    Skipped.Add(SkipTally.NotCatalog, display);
                    yield break;
                }
            }

            items = format == InputFormat.I18next ? [] : CatalogReader.Read(root!, text, file, known, problems);
        }
        else
        {
            items = [];
        }

        if (format == InputFormat.AndroidStrings && !Localisation.AndroidStrings.Looks(text))
        {
            if (!isExplicit)
            {
                Skipped.Add(SkipTally.NotAndroid, display);
                yield break;
            }

            format = InputFormat.Liquid; // Named on the command line: read as any other file, its markup detected.
        }

        items = format switch
        {
            InputFormat.Catalog => items,
            InputFormat.Csv => CsvReader.Read(text, file, TextColumn ?? config.TextColumn, IdColumn ?? config.IdColumn, problems),
            InputFormat.Markdown => [Native(file, display, MarkdownProse.Extract(text), TextFormat.PlainText)],
            InputFormat.Html => [Native(file, display, text, TextFormat.Html)],
            InputFormat.Mjml => [Native(file, display, MjmlText.Prepare(text), TextFormat.Html), .. includes.Follow(path, text, file, this)],
            InputFormat.Text => [Native(file, display, text, TextFormat.PlainText)],
            InputFormat.Erb or InputFormat.Razor or InputFormat.GoTemplate or InputFormat.Pug =>
                [Rewritten(file, display, Templates.TemplateDialects.Rewrite(format, text), Templates.TemplateDialects.MarkupOf(path))],
            InputFormat.Jinja or InputFormat.Mustache or InputFormat.Liquid => [Native(file, display, text, Templates.TemplateDialects.MarkupOf(path))],
            _ => Localisation.Catalogs.Read(format, text, file, DefaultKind, problems),
        };

        FileCount++;
        if (format is not (InputFormat.Csv or InputFormat.I18next or InputFormat.Arb))
        {
            // Every format with comments takes inline suppressions: XML (strings.xml, .resx, .stringsdict), '#' (.po), '//' (.strings).
            file.Directives.AddRange(DirectiveParser.Parse(text, display, known, problems));
        }

        foreach (var item in items)
        {
            yield return new InputEntry(item);
        }
    }

    /// <summary>A template the library reads as written; its camelCase field names are spelled in snake_case when it has any.</summary>
    private LintItem Native(SourceFile file, string display, string text, TextFormat format) =>
        Templates.NativeTemplate.Rewrite(text) is { } rewrite ? Rewritten(file, display, rewrite, format) : Whole(file, display, text, format);

    private LintItem Rewritten(SourceFile file, string display, Templates.RewrittenText rewrite, TextFormat format)
    {
        if (rewrite.Problems.Count > 0)
        {
            var lines = new LineIndex(rewrite.Original);
            foreach (var (offset, message) in rewrite.Problems)
            {
                var (line, column) = lines.At(offset);
                problems.Add(new InputProblem(display, line, column, message, "CL0222", "warning"));
            }
        }

        return Whole(file, display, rewrite.Text, format) with { Rewrite = rewrite };
    }

    /// <summary>An item for a file an <c>mj-include</c> brings in: its own source file, path and suppressions.</summary>
    internal LintItem Included(string fullPath, string text, TextFormat format)
    {
        var display = FileWalker.DisplayPath(fullPath, DisplayBase);
        var file = CreateSourceFile(fullPath, display);
        file.Directives.AddRange(DirectiveParser.Parse(text, display, known, problems));
        FileCount++;
        return Native(file, display, text, format);
    }

    /// <summary>Reads a file an <c>mj-include</c> names; null (with the problem reported) when it cannot be read.</summary>
    internal string? ReadIncluded(string fullPath) => ReadText(fullPath, FileWalker.DisplayPath(fullPath, DisplayBase));

    internal ProblemSink Problems => problems;

    internal string Display(string fullPath) => FileWalker.DisplayPath(fullPath, DisplayBase);

    private LintItem Whole(SourceFile file, string display, string text, TextFormat format) =>
        new(display, null, DefaultKind, text, format) { File = file, Channel = file.Channel };

    private string? ReadText(string path, string display)
    {
        byte[] bytes;
        try
        {
            if (path == "-")
            {
                return stdin.ReadToEnd();
            }

            var info = new FileInfo(path);
            if (info.Length > MaxFileBytes)
            {
                problems.Add(new InputProblem(display, 0, 0, $"is {info.Length:N0} bytes; files over {MaxFileBytes:N0} bytes are skipped (split it, or use JSON Lines, which is streamed)", "CL0208"));
                return null;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(new InputProblem(display, 0, 0, $"cannot be read: {ex.Message}", "CL0201"));
            return null;
        }

        if (TextDecoder.LooksBinary(bytes))
        {
            problems.Add(new InputProblem(display, 0, 0, "looks binary (it contains NUL bytes); skipped", "CL0202", "note"));
            return null;
        }

        return TextDecoder.Decode(bytes, display, problems);
    }

    private SourceFile CreateSourceFile(string path, string display) => SourceFile.Create(config, path, display);
}

/// <summary>What the reader hands the pipeline: one parsed item, or a chunk of JSON Lines to parse on a linting thread.</summary>
internal readonly struct InputEntry
{
    public InputEntry(LintItem item) => Item = item;

    public InputEntry(JsonLinesChunk lines) => Lines = lines;

    public LintItem? Item { get; }

    public JsonLinesChunk? Lines { get; }
}
