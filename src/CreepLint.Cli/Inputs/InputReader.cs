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

    public IEnumerable<InputEntry> Read(IReadOnlyList<string> paths)
    {
        var walker = new FileWalker(config, workingDirectory, problems);
        foreach (var (path, isExplicit) in walker.Expand(paths))
        {
            foreach (var entry in ReadFile(path, isExplicit))
            {
                yield return entry;
            }
        }
    }

    private IEnumerable<InputEntry> ReadFile(string path, bool isExplicit)
    {
        var display = FileWalker.DisplayPath(path, workingDirectory);
        var file = CreateSourceFile(path, display);
        var extension = path == "-" ? string.Empty : Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".jsonl" or ".ndjson")
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

        IEnumerable<LintItem> items;
        if (extension is ".yaml" or ".yml" or ".json")
        {
            var before = problems.Count;
            var root = CatalogReader.ParseIfCatalog(text, extension == ".json", file, problems, isExplicit);
            if (root is null)
            {
                if (problems.Count > before)
                {
                    FileCount++; // A broken catalog candidate still counts as an input the user has to fix.
                }

                yield break;
            }

            items = CatalogReader.Read(root, text, file, known, problems);
        }
        else
        {
            items = extension switch
            {
                ".csv" => CsvReader.Read(text, file, TextColumn ?? config.TextColumn, IdColumn ?? config.IdColumn, problems),
                ".md" or ".markdown" => [Whole(file, display, MarkdownProse.Extract(text), TextFormat.PlainText)],
                ".html" or ".htm" => [Whole(file, display, text, TextFormat.Html)],
                ".mjml" => [Whole(file, display, MjmlText.Prepare(text), TextFormat.Html)],
                ".txt" => [Whole(file, display, text, TextFormat.PlainText)],
                _ => [Whole(file, display, text, TextFormat.Auto)],
            };
        }

        FileCount++;
        if (extension is not ".csv")
        {
            file.Directives.AddRange(DirectiveParser.Parse(text, display, known, problems));
        }

        foreach (var item in items)
        {
            yield return new InputEntry(item);
        }
    }

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
