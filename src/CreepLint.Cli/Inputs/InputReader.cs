using System.Text;
using CreepLint.Configuration;
using CreepLint.Suppressions;
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

    /// <summary>
    /// Texts of files open in an editor, by full path (<c>creeplint lsp</c>): read instead of the disk, and every path given
    /// is then read as a file named on the command line, whether or not it exists on disk yet.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Open { get; init; }

    /// <summary>Input files opened so far (standard input counts as one).</summary>
    public int FileCount { get; private set; }

    /// <summary>Files a directory walk left out, by reason (filled as the walk proceeds).</summary>
    public SkipTally Skipped { get; } = new();

    /// <summary>The directory report paths are relative to.</summary>
    private string DisplayBase => config.PathBase ?? workingDirectory;

    public IEnumerable<InputEntry> Read(IReadOnlyList<string> paths)
    {
        var walker = new FileWalker(config, workingDirectory, problems, DisplayBase);
        // Paths only: mj-include needs to know which files are linted on their own.
        var expanded = Open is null ? walker.Expand(paths).ToList() : [.. paths.Select(p => (Path: Path.GetFullPath(p, workingDirectory), Explicit: true))];
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

        var open = OpenText(path);
        if (path != "-" && open is null && FileKind.IsSpecial(path))
        {
            FileCount++;
            problems.Add(new InputProblem(display, 0, 0, "cannot be read: it is not a regular file (a FIFO, socket or device); skipped", "CL0201"));
            yield break;
        }

        if (IsStreamable(format) && (path == "-" || (open?.Length ?? SizeOf(path)) > StreamAboveBytes))
        {
            FileCount++;
            foreach (var item in ReadWindows(path, display, file, format))
            {
                yield return new InputEntry(item);
            }

            yield break;
        }

        if (format == InputFormat.JsonLines)
        {
            FileCount++;
            Stream stream;
            try
            {
                // Unbuffered: chunks are read straight into their own buffers.
                stream = open is not null ? new MemoryStream(Encoding.UTF8.GetBytes(open), writable: false)
                    : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
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
            file.Directives.AddRange(DirectiveParser.Parse(text, known, problems.For(display)));
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
        file.Directives.AddRange(DirectiveParser.Parse(text, known, problems.For(display)));
        FileCount++;
        return Native(file, display, text, format);
    }

    /// <summary>Reads a file an <c>mj-include</c> names; null (with the problem reported) when it cannot be read.</summary>
    internal string? ReadIncluded(string fullPath) => ReadText(fullPath, FileWalker.DisplayPath(fullPath, DisplayBase));

    internal ProblemSink Problems => problems;

    internal string Display(string fullPath) => FileWalker.DisplayPath(fullPath, DisplayBase);

    /// <summary>
    /// Kinds of file that are linted as one text as written and can be cut into windows: not parsed as a whole (catalogs,
    /// CSV, JSON Lines, Markdown, MJML, localisation files) nor rewritten (ERB, Razor, Go templates, Pug).
    /// </summary>
    private static bool IsStreamable(InputFormat format) =>
        format is InputFormat.Text or InputFormat.Html or InputFormat.Liquid or InputFormat.Jinja or InputFormat.Mustache;

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
    private IEnumerable<LintItem> ReadWindows(string path, string display, SourceFile file, InputFormat input)
    {
        var format = input switch
        {
            InputFormat.Text => TextFormat.PlainText,
            InputFormat.Html => TextFormat.Html,
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
            else if (OpenText(path) is { } open)
            {
                reader = new StringReader(open);
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
                    file.Directives.AddRange(DirectiveParser.Parse(w.Text, known, problems.For(display)));
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
                var suppress = DirectiveParser.MayContain(own) ? DirectiveParser.Parse(own, known, problems.For(display), line, column) : [];
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

            if (OpenText(path) is { } open)
            {
                return Encoding.UTF8.GetByteCount(open) > MaxFileBytes ? TooLarge(display, Encoding.UTF8.GetByteCount(open)) : open;
            }

            var info = new FileInfo(path);
            if (info.Length > MaxFileBytes)
            {
                return TooLarge(display, info.Length);
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

    private string? TooLarge(string display, long bytes)
    {
        problems.Add(new InputProblem(display, 0, 0, $"is {bytes:N0} bytes; files over {MaxFileBytes:N0} bytes are skipped (split it, or use JSON Lines, which is streamed)", "CL0208"));
        return null;
    }

    /// <summary>The editor's text of <paramref name="path"/> when it is open there (<see cref="Open"/>), else null.</summary>
    private string? OpenText(string path) => Open is not null && Open.TryGetValue(path, out var text) ? text : null;

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
