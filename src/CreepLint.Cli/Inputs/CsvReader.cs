using CreepLint.Rules;
using CreepLint.Text;

namespace CreepLint.Cli.Inputs;

/// <summary>
/// Reads a CSV of offer rationales (RFC 4180: quoted cells, doubled quotes, line breaks inside quotes) with a header row.
/// Each row is a rationale item positioned at its cell in the user's file.
/// </summary>
internal static class CsvReader
{
    /// <summary>Header names tried, in order, when no text column is configured.</summary>
    public static readonly string[] DefaultTextColumns = ["rationale", "text", "message", "body"];

    public static IEnumerable<LintItem> Read(string text, SourceFile file, string? textColumn, string? idColumn, ProblemSink problems)
    {
        var lines = new LineIndex(text);
        var rows = Rows(text, file, lines, problems).GetEnumerator();
        if (!rows.MoveNext())
        {
            yield break; // An empty CSV has nothing to lint.
        }

        var header = rows.Current;
        var names = header.Select(c => c.Value.Trim()).ToList();
        var textIndex = Column(textColumn, "text", names, header, file, lines, problems, required: true);
        if (textIndex < 0)
        {
            yield break;
        }

        var idIndex = idColumn is null ? names.FindIndex(n => string.Equals(n, "id", StringComparison.OrdinalIgnoreCase)) : Column(idColumn, "id", names, header, file, lines, problems, required: true);
        if (idColumn is not null && idIndex < 0)
        {
            yield break;
        }

        var rowNumber = 1;
        while (rows.MoveNext())
        {
            rowNumber++;
            var row = rows.Current;
            if (row.Count == 1 && row[0].Value.Length == 0)
            {
                continue; // A blank line.
            }

            if (textIndex >= row.Count)
            {
                var (line, column) = lines.At(row[0].Start);
                problems.Add(new InputProblem(file.DisplayPath, line, column,
                    $"row {rowNumber} has {row.Count} cells but the '{names[textIndex]}' column is cell {textIndex + 1}; check for a missing separator", "CL0207"));
                continue;
            }

            var cell = row[textIndex];
            var (cellLine, cellColumn) = lines.At(cell.Start);
            var id = idIndex >= 0 && idIndex < row.Count && row[idIndex].Value.Length > 0 ? row[idIndex].Value : $"row {rowNumber}";
            yield return new LintItem(file.DisplayPath, id, MessageKind.Rationale, cell.Value, TextFormat.PlainText, cellLine, cellColumn)
            {
                File = file,
                Map = new EmbeddedSourceMap(text, cell.Start, lines),
                Channel = "rationale",
            };
        }
    }

    private static int Column(string? wanted, string what, List<string> names, List<Cell> header, SourceFile file, LineIndex lines, ProblemSink problems, bool required)
    {
        if (wanted is null)
        {
            foreach (var candidate in DefaultTextColumns)
            {
                var found = names.FindIndex(n => string.Equals(n, candidate, StringComparison.OrdinalIgnoreCase));
                if (found >= 0)
                {
                    return found;
                }
            }

            problems.Add(new InputProblem(file.DisplayPath, 1, 1,
                $"no {what} column: the header has {string.Join(", ", names.Select(n => $"'{n}'"))}; name one with --text-column or 'csv: text-column:' in .creeplint.yaml", "CL0207"));
            return -1;
        }

        var index = names.FindIndex(n => string.Equals(n, wanted, StringComparison.OrdinalIgnoreCase));
        if (index < 0 && required)
        {
            var (line, column) = lines.At(header[0].Start);
            problems.Add(new InputProblem(file.DisplayPath, line, column,
                $"the header has no '{wanted}' column{Spelling.DidYouMean(wanted, names)}; columns are {string.Join(", ", names.Select(n => $"'{n}'"))}", "CL0207"));
        }

        return index;
    }

    private readonly record struct Cell(string Value, int Start);

    /// <summary>Splits CSV into rows of cells with the source offset of each cell (its opening quote for quoted cells).</summary>
    private static IEnumerable<List<Cell>> Rows(string text, SourceFile file, LineIndex lines, ProblemSink problems)
    {
        var i = 0;
        var sb = new System.Text.StringBuilder();
        while (i < text.Length)
        {
            var row = new List<Cell>();
            while (true)
            {
                var start = i;
                sb.Clear();
                if (i < text.Length && text[i] == '"')
                {
                    i++;
                    var closed = false;
                    while (i < text.Length)
                    {
                        if (text[i] == '"')
                        {
                            if (i + 1 < text.Length && text[i + 1] == '"')
                            {
                                sb.Append('"');
                                i += 2;
                                continue;
                            }

                            i++;
                            closed = true;
                            break;
                        }

                        sb.Append(text[i++]);
                    }

                    if (!closed)
                    {
                        var (line, column) = lines.At(start);
                        problems.Add(new InputProblem(file.DisplayPath, line, column, "this quoted cell is never closed; add the closing '\"' (rows after it were not read)", "CL0207"));
                        yield break;
                    }

                    // Anything between the closing quote and the separator is kept, as spreadsheets do.
                    while (i < text.Length && text[i] is not (',' or '\n' or '\r'))
                    {
                        sb.Append(text[i++]);
                    }
                }
                else
                {
                    while (i < text.Length && text[i] is not (',' or '\n' or '\r'))
                    {
                        sb.Append(text[i++]);
                    }
                }

                row.Add(new Cell(sb.ToString(), start));
                if (i < text.Length && text[i] == ',')
                {
                    i++;
                    continue;
                }

                if (i < text.Length && text[i] == '\r')
                {
                    i++;
                }

                if (i < text.Length && text[i] == '\n')
                {
                    i++;
                }

                break;
            }

            yield return row;
        }
    }
}
