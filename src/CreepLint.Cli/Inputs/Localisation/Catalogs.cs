using CreepLint.Text;

namespace CreepLint.Cli.Inputs.Localisation;

/// <summary>Reads a localisation file as a message catalog: each string one message, its key as id, positioned exactly.</summary>
internal static class Catalogs
{
    /// <summary>The items of a localisation file; a syntax error is reported at its line and column and the strings before it are still linted.</summary>
    public static IReadOnlyList<LintItem> Read(InputFormat format, string text, SourceFile file, MessageKind kind, ProblemSink problems)
    {
        var lines = new LineIndex(text);
        var items = new List<LintItem>();
        void Add(string id, LocalisedString value, int start, int end)
        {
            if (value.Length > 0)
            {
                items.Add(value.ToItem(file, id, kind, lines, start, end));
            }
        }

        try
        {
            switch (format)
            {
                case InputFormat.AndroidStrings:
                    AndroidStrings.Read(text, Add);
                    break;
                case InputFormat.AppleStrings:
                    AppleStrings.Read(text, Add);
                    break;
                case InputFormat.AppleStringsDict:
                    AppleStringsDict.Read(text, Add);
                    break;
                case InputFormat.Gettext:
                    Gettext.Read(text, Add);
                    break;
                case InputFormat.Resx:
                    Resx.Read(text, Add);
                    break;
                case InputFormat.I18next:
                    I18nextJson.Read(text, arb: false, Add);
                    break;
                case InputFormat.Arb:
                    I18nextJson.Read(text, arb: true, Add);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(format), format, "not a localisation format");
            }
        }
        catch (LocalisationException ex)
        {
            var (line, column) = lines.At(Math.Clamp(ex.Offset, 0, text.Length));
            problems.Add(new InputProblem(file.DisplayPath, line, column, ex.Message, "CL0221"));
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            // The element patterns are linear, so only pathological markup gets here; the strings read so far are kept.
            problems.Add(new InputProblem(file.DisplayPath, 0, 0, "its markup is too tangled to read in time; check that every element is closed", "CL0221"));
        }

        return items;
    }
}

/// <summary>Receives one string of a catalog: its id, decoded value, and the raw span it was read from.</summary>
internal delegate void StringSink(string id, LocalisedString value, int start, int end);
