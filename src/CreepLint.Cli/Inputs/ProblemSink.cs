namespace CreepLint.Cli.Inputs;

/// <summary>Collects input problems for the report; thread-safe, and bounded so a corpus of broken lines cannot exhaust memory.</summary>
internal sealed class ProblemSink
{
    /// <summary>Problems kept for the report; past this only the count grows (a report of ten thousand problems is already actionable).</summary>
    private const int MaxKept = 10_000;

    private readonly List<InputProblem> _items = [];
    private readonly Lock _lock = new();

    public int Count { get; private set; }

    /// <summary>Problems that left an input not fully read (<see cref="InputProblem.IsUnread"/>), counted even past the kept ones.</summary>
    public int Unread { get; private set; }

    public IReadOnlyList<InputProblem> Items
    {
        get
        {
            lock (_lock)
            {
                return [.. _items];
            }
        }
    }

    public void Add(InputProblem problem)
    {
        lock (_lock)
        {
            Count++;
            Unread += problem.IsUnread ? 1 : 0;
            if (_items.Count < MaxKept)
            {
                _items.Add(problem);
            }
        }
    }

    /// <summary>Reports the problems of suppression comments in <paramref name="source"/> here, as warnings.</summary>
    public Action<Suppressions.DirectiveProblem> For(string source) =>
        p => Add(new InputProblem(source, p.Line, p.Column, p.Message, p.Code, "warning"));

    /// <summary>Appends everything collected here, count included, to <paramref name="target"/> and empties this sink.</summary>
    public void MoveTo(ProblemSink target)
    {
        InputProblem[] items;
        int count, unread;
        lock (_lock)
        {
            if (Count == 0)
            {
                return;
            }

            items = [.. _items];
            (count, unread) = (Count, Unread);
            _items.Clear();
            (Count, Unread) = (0, 0);
        }

        lock (target._lock)
        {
            target.Count += count;
            target.Unread += unread;
            foreach (var item in items)
            {
                if (target._items.Count >= MaxKept)
                {
                    break;
                }

                target._items.Add(item);
            }
        }
    }
}
