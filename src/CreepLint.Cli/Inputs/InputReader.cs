using System.Text;
using CreepLint.Cli.Config;
using CreepLint.Cli.Suppressions;
using CreepLint.Text;

namespace CreepLint.Cli.Inputs;

/// <summary>
/// Reads every input into entries to lint, one file at a time and lazily, so a bad file never stops the others: parsed
/// items, or for JSON Lines chunks of raw lines that the linting threads parse.
/// </summary>
internal sealed class InputReader(CreepLintConfig config, KnownRules known, ProblemSink problems, string workingDirectory, TextReader stdin)
{
    /// <summary>
    /// Largest file read whole (64 MiB): catalogs, CSV, Markdown and MJML, which are parsed as a whole. Larger ones are
    /// reported (CL0208) and the run exits 2. Plain text, HTML and templates are streamed in windows and JSON Lines in
    /// chunks of lines, so they have no total limit.
    /// </summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>Files of a streamable kind above this size (4 MiB) are linted in windows (<see cref="TextWindows"/>) rather than read whole.</summary>
    public const long StreamAboveBytes = 4L * 1024 * 1024;

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
        if (path != "-" && FileKind.IsSpecial(path))
        {
            FileCount++;
            problems.Add(new InputProblem(display, 0, 0, "cannot be read: it is not a regular file (a FIFO, socket or device); skipped", "CL0201"));
            yield break;
        }

        if (IsStreamable(extension) && (path == "-" || SizeOf(path) > StreamAboveBytes))
        {
            FileCount++;
            foreach (var item in ReadWindows(path, display, file, extension))
            {
                yield return new InputEntry(item);
            }

            yield break;
        }

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

    /// <summary>Kinds of file that are linted as one text and can be cut into windows: not parsed as a whole (catalogs, CSV, JSON Lines, Markdown, MJML).</summary>
    private static bool IsStreamable(string extension) =>
        extension is not (".jsonl" or ".ndjson" or ".yaml" or ".yml" or ".json" or ".csv" or ".md" or ".markdown" or ".mjml");

    private static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 0; // Reading it whole reports the error.
        }
    }

    /// <summary>
    /// Streams a text file (or standard input) in windows: a text that fits one window is one item, as if read whole;
    /// a longer one is one item per window, each reporting the findings that start in its own stretch, positioned in the file.
    /// </summary>
    private IEnumerable<LintItem> ReadWindows(string path, string display, SourceFile file, string extension)
    {
        var format = extension switch
        {
            ".txt" => TextFormat.PlainText,
            ".html" or ".htm" => TextFormat.Html,
            _ => TextFormat.Auto,
        };
        var fallback = new CountingDecoderFallback();
        TextReader reader;
        try
        {
            if (path == "-")
            {
                reader = stdin;
            }
            else
            {
                var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
                if (LooksBinary(stream))
                {
                    stream.Dispose();
                    problems.Add(new InputProblem(display, 0, 0, "looks binary (NUL bytes, mostly not text); skipped", "CL0202", "note"));
                    yield break;
                }

                reader = new StreamReader(stream, Encoding.GetEncoding(Encoding.UTF8.CodePage, EncoderFallback.ReplacementFallback, fallback),
                    detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(new InputProblem(display, 0, 0, $"cannot be read: {ex.Message}", "CL0201"));
            yield break;
        }

        using (path == "-" ? null : reader)
        {
            using var windows = TextWindows.Read(reader).GetEnumerator();
            while (true)
            {
                TextWindow w;
                try
                {
                    if (!windows.MoveNext())
                    {
                        break;
                    }

                    w = windows.Current;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    problems.Add(new InputProblem(display, 0, 0, $"cannot be read to the end: {ex.Message}; what was read is linted", "CL0201"));
                    break;
                }

                if (w.Index == 0 && w.IsLast)
                {
                    file.Directives.AddRange(DirectiveParser.Parse(w.Text, display, known, problems));
                    yield return Whole(file, display, w.Text, format);
                    break;
                }

                if (w.Index == 0 && format == TextFormat.Auto)
                {
                    format = TextExtractor.LooksLikeHtml(w.Text) ? TextFormat.Html : TextFormat.PlainText; // One reading for the whole file.
                }

                // Suppressions are read from the window's own stretch only, so each is found once; they apply within the window.
                var (line, column) = TextWindows.Advance(w.Text.AsSpan(0, w.OwnedFrom), w.Line, w.Column);
                var own = w.Text[w.OwnedFrom..w.OwnedTo];
                var suppress = DirectiveParser.MayContain(own) ? DirectiveParser.Parse(own, display, known, problems, line, column) : [];
                yield return new LintItem(display, null, DefaultKind, w.Text, format, w.Line, w.Column)
                {
                    File = file,
                    Channel = file.Channel,
                    Part = new TextPart(w.Index, w.OwnedFrom, w.OwnedTo),
                    Suppress = suppress,
                };
            }
        }

        if (fallback.Count > 0)
        {
            problems.Add(new InputProblem(display, 0, 0,
                $"is not valid UTF-8 ({fallback.Count:N0} bad byte sequence{(fallback.Count == 1 ? string.Empty : "s")}); linted with the bad bytes replaced by U+FFFD. Save the file as UTF-8", "CL0203", "warning"));
        }
    }

    /// <summary>Sniffs the start of a stream for a binary file as <see cref="TextDecoder.LooksBinary"/> does, then rewinds it.</summary>
    private static bool LooksBinary(FileStream stream)
    {
        var head = new byte[TextDecoder.BinarySniffBytes];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        return TextDecoder.LooksBinary(head.AsSpan(0, read));
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
            problems.Add(new InputProblem(display, 0, 0, "looks binary (NUL bytes, mostly not text); skipped", "CL0202", "note"));
            return null;
        }

        if (bytes.AsSpan().Contains((byte)0) && !TextDecoder.HasWideBom(bytes))
        {
            problems.Add(new InputProblem(display, 0, 0, "contains NUL bytes; linted as text", "CL0212", "note"));
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
