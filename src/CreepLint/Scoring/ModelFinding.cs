using System.Globalization;
using System.Text;
using CreepLint.Model;
using CreepLint.Text;

namespace CreepLint.Scoring;

/// <summary>The finding that stands for the learned model's part of a score: given when it lifts a message no rule matched.</summary>
internal static class ModelFinding
{
    private const string Suggestion =
        "Talk about the offer, not about what you know or guessed about the reader. If this is a false alarm, add the message to your labelled corpus as clean and retrain with 'creeplint train'.";

    /// <summary>A <see cref="ModelBlend.RuleId"/> finding at the strongest phrase, naming the words that weighed most.</summary>
    public static Finding Describe(ModelExplanation explanation, double probability, int score, string text, bool alone = true)
    {
        var lines = new LinePositions(text);
        var phrases = new StringBuilder();
        foreach (var phrase in explanation.Phrases.OrderBy(x => x.Offset))
        {
            var (line, column) = lines.At(phrase.Offset);
            phrases.Append(phrases.Length == 0 ? string.Empty : ", ")
                .Append(CultureInfo.InvariantCulture, $"'{Excerpts.Of(text, phrase.Offset, phrase.Offset + phrase.Length)}' ({line}:{column})");
        }

        var (start, length) = explanation.Phrases.IsDefaultOrEmpty
            ? (0, FirstLine(text))
            : (explanation.Phrases[0].Offset, explanation.Phrases[0].Length);
        var (startLine, startColumn) = lines.At(start);
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"The learned model {(alone ? string.Empty : "also ")}rates this message {Math.Round(probability * 100)}% likely to be creepy, most like {explanation.Category.ToId()}{(alone ? ", though no rule matched" : string.Empty)}.");
        if (phrases.Length > 0)
        {
            message += $" Words that weighed most: {phrases}.";
        }

        return new Finding(ModelBlend.RuleId, explanation.Category, Severity.Warning, score, start, length, startLine, startColumn,
            Excerpts.Of(text, start, start + length), message, Suggestion);
    }

    /// <summary>The length of the text's first line, at most an excerpt long: a span without a phrase never crosses a line.</summary>
    private static int FirstLine(string text)
    {
        var length = Math.Min(text.Length, Limits.MaxExcerptLength);
        var newline = text.AsSpan(0, length).IndexOfAny('\r', '\n');
        return newline < 0 ? length : newline;
    }
}
