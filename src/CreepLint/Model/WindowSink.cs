using System.Runtime.CompilerServices;

namespace CreepLint.Model;

/// <summary>
/// Adds up a message's token features into the margin of its best window. A message of up to <see cref="WindowTokens"/>
/// tokens is one window, scored whole as in training. A longer one is scored as its creepiest stretch: every run of one
/// to three consecutive sentences of <see cref="MinWindowTokens"/> to <see cref="WindowTokens"/> tokens in all (a
/// longer sentence counts as pieces of that size).
/// </summary>
/// <remarks>
/// Why: text features are scaled by 1/√n so short and long messages weigh alike, but over a whole 20 KB email the sum
/// of n weights moves with n while the scale shrinks only with √n, so the email drifts to p = 1 (chat) or p = 0 (plain
/// copy, drowning a creepy sentence in it) whatever it says. The training messages are one to three sentences and at
/// most 56 words, so a window is a stretch the size of what the model learned from. Streaming over the last three
/// sentences; nothing is allocated.
/// </remarks>
internal struct WindowSink(double baseMargin, int tokenCount, bool[]? grounded = null)
{
    /// <summary>Most tokens in a window: more than the longest training message (56 words), so each of those is scored whole.</summary>
    public const int WindowTokens = 64;

    /// <summary>
    /// Fewest tokens in a window of a long message: as short as the shortest training messages (five or six words). A
    /// greeting or a heading alone ("Hi {{ first_name }},") is not a message, and a few features weigh too much alone.
    /// </summary>
    public const int MinWindowTokens = 6;

    private readonly bool _whole = tokenCount <= WindowTokens;
    private Run _current;
    private Run _previous;
    private Run _beforePrevious;
    private int _sentence = -1;
    private double _bestMargin = double.NegativeInfinity;
    private bool _bestGrounded;

    /// <summary>The first token of the best window.</summary>
    public int BestFirstToken { get; private set; }

    /// <summary>One past the last token of the best window.</summary>
    public int BestEndToken { get; private set; } = tokenCount;

    /// <summary>Adds <paramref name="count"/> features of token <paramref name="token"/> (in sentence
    /// <paramref name="sentence"/>) whose weights sum to <paramref name="sum"/>; tokens come in order, one call each.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int token, int sentence, double sum, int count)
    {
        if (!_whole && (sentence != _sentence || _current.Tokens == WindowTokens))
        {
            StartRun(token, sentence);
        }

        _current = new Run(_current.Sum + sum, _current.Count + count, _current.Tokens + 1, _current.First, _current.Grounded);
    }

    /// <summary>Closes the run under way, if any, and starts one at <paramref name="token"/>: out of line, so that
    /// <see cref="Add"/>, called for every token, inlines into the scoring loop.</summary>
    private void StartRun(int token, int sentence)
    {
        if (_current.Tokens > 0)
        {
            CloseSentence();
        }

        _sentence = sentence;
        _current = new Run(0, 0, 0, token, grounded is null || ((uint)sentence < (uint)grounded.Length && grounded[sentence]));
    }

    /// <summary>Scores what is left and returns the best margin (log-odds before calibration).</summary>
    public double Finish()
    {
        if (_whole)
        {
            Consider(_current, 0); // The best window stays the whole message.
        }
        else if (_current.Tokens > 0)
        {
            CloseSentence();
        }

        return _bestMargin;
    }

    /// <summary>Scores the runs that end with the sentence just finished, then shifts it into the history.</summary>
    private void CloseSentence()
    {
        var end = _current.First + _current.Tokens;
        Consider(_current, end);
        var two = _previous.Join(_current);
        if (_previous.Tokens > 0 && two.Tokens <= WindowTokens)
        {
            Consider(two, end);
            var three = _beforePrevious.Join(two);
            if (_beforePrevious.Tokens > 0 && three.Tokens <= WindowTokens)
            {
                Consider(three, end);
            }
        }

        _beforePrevious = _previous;
        _previous = _current;
        _current = default;
    }

    /// <summary>A window's margin: <c>base + sum / √count</c> of its text features.</summary>
    private void Consider(Run run, int end)
    {
        if (!_whole && run.Tokens < MinWindowTokens)
        {
            return;
        }

        // With sentences marked grounded, a window with one of them beats any without (docs/model.md, "Long messages").
        var margin = baseMargin + (run.Sum / Math.Sqrt(Math.Max(run.Count, 1)));
        if ((run.Grounded && !_bestGrounded) || (run.Grounded == _bestGrounded && margin > _bestMargin))
        {
            (_bestMargin, _bestGrounded) = (margin, run.Grounded);
            if (!_whole)
            {
                BestFirstToken = run.First;
                BestEndToken = end;
            }
        }
    }

    /// <summary>Consecutive tokens: their feature weights' sum, feature count, token count and first token, and whether a
    /// sentence of theirs is grounded.</summary>
    private readonly record struct Run(double Sum, int Count, int Tokens, int First, bool Grounded = true)
    {
        public Run Join(Run next) => new(Sum + next.Sum, Count + next.Count, Tokens + next.Tokens, First, Grounded || next.Grounded);
    }
}
