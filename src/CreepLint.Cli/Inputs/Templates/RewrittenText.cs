using System.Text;
using CreepLint.Text;

namespace CreepLint.Cli.Inputs.Templates;

/// <summary>
/// A template in a language the library does not read natively (ERB, Razor, Go templates, Pug), rewritten into the
/// placeholder syntax it does read (<c>{{ x }}</c> outputs, <c>{% x %}</c> control tags, <c>{# #}</c> comments), with
/// the source offset of every character, so findings are reported at their place in the user's file with the user's text.
/// </summary>
internal sealed class RewrittenText
{
    private readonly int[] _sourceOffsets;

    private RewrittenText(string original, string text, int[] sourceOffsets, IReadOnlyList<(int Offset, string Message)> problems)
    {
        Original = original;
        Text = text;
        _sourceOffsets = sourceOffsets;
        Problems = problems;
    }

    /// <summary>Syntax the template language would reject (an unclosed tag), at its offset in <see cref="Original"/>; the text is read as well as possible.</summary>
    public IReadOnlyList<(int Offset, string Message)> Problems { get; }

    /// <summary>The user's file as written.</summary>
    public string Original { get; }

    /// <summary>What the engine lints.</summary>
    public string Text { get; }

    /// <summary>The offset in <see cref="Original"/> of the character at <paramref name="offset"/> in <see cref="Text"/> (one past the end maps to one past the end).</summary>
    public int ToSource(int offset) => _sourceOffsets[Math.Clamp(offset, 0, _sourceOffsets.Length - 1)];

    /// <summary>The finding placed in <see cref="Original"/>: offset, length, line, column and excerpt are the user's.</summary>
    public Finding ToSource(Finding finding, LineIndex lines)
    {
        var start = ToSource(finding.Offset);
        var end = finding.Length <= 0 ? start : ToSource(finding.Offset + finding.Length - 1) + 1;
        end = Math.Clamp(end, start, Original.Length);
        var (line, column) = lines.At(start);
        var excerpt = Scoring.Excerpts.Of(Original, start, end);
        var rewritten = Scoring.Excerpts.Of(Text, finding.Offset, finding.Offset + finding.Length);
        return finding with
        {
            Offset = start,
            Length = end - start,
            Line = line,
            Column = column,
            Excerpt = excerpt,

            // A message that quotes the match ('{match}') quotes the user's spelling, not the rewrite's.
            Message = rewritten.Length > 0 && rewritten != excerpt ? finding.Message.Replace($"'{rewritten}'", $"'{excerpt}'", StringComparison.Ordinal) : finding.Message,
        };
    }

    /// <summary>Builds a rewrite left to right: copied source, synthetic text standing for a construct, and blanked spans.</summary>
    internal sealed class Builder(string source)
    {
        private readonly StringBuilder _text = new(source.Length + 64);
        private readonly List<int> _offsets = new(source.Length + 64);
        private readonly List<(int Offset, string Message)> _problems = [];

        public string Source => source;

        /// <summary>Copies source characters <paramref name="from"/>..<paramref name="to"/> (exclusive) unchanged.</summary>
        public void Copy(int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                _text.Append(source[i]);
                _offsets.Add(i);
            }
        }

        /// <summary>Whether any expression copied so far had a camelCase or PascalCase name spelled in snake_case.</summary>
        public bool Recased { get; private set; }

        /// <summary>
        /// Copies a template expression, spelling camelCase and PascalCase names in snake_case (<c>Model.PredictedDueDate</c>
        /// → <c>model.predicted_due_date</c>, each character mapped to the one it came from), so the pack's field globs and a
        /// project's field classification read every language's names alike; quoted strings are copied as written.
        /// </summary>
        public void CopyExpression(int from, int to)
        {
            var quote = '\0';
            for (var i = from; i < to; i++)
            {
                var c = source[i];
                if (quote != '\0')
                {
                    quote = c == quote ? '\0' : quote;
                }
                else if (c is '"' or '\'' or '`')
                {
                    quote = c;
                }
                else if (char.IsUpper(c))
                {
                    if (FieldNames.IsWordStart(source, i, from))
                    {
                        _text.Append('_');
                        _offsets.Add(i);
                        Recased = true;
                    }

                    c = char.ToLowerInvariant(c); // Globs ignore case; one spelling keeps names comparable.
                }

                _text.Append(c);
                _offsets.Add(i);
            }
        }

        /// <summary>Writes synthetic text that stands for the source character at <paramref name="at"/>.</summary>
        public void Emit(string text, int at)
        {
            foreach (var c in text)
            {
                _text.Append(c);
                _offsets.Add(at);
            }
        }

        /// <summary>Writes the line breaks of source characters <paramref name="from"/>..<paramref name="to"/> and nothing else (hidden code keeps the lines apart).</summary>
        public void Breaks(int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                if (source[i] is '\n' or '\r')
                {
                    _text.Append(source[i]);
                    _offsets.Add(i);
                }
            }
        }

        /// <summary>Notes syntax the language would reject at <paramref name="offset"/>.</summary>
        public void Problem(int offset, string message) => _problems.Add((offset, message));

        public RewrittenText Build()
        {
            _offsets.Add(source.Length);
            return new RewrittenText(source, _text.ToString(), [.. _offsets], _problems);
        }
    }
}
