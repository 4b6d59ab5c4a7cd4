using CreepLint.Text;

namespace CreepLint.Matching;

/// <summary>A candidate finding before it becomes a <see cref="Finding"/>: rule, source span and score.</summary>
internal readonly record struct Candidate(int Rule, int Start, int End, int Score);

/// <summary>Everything one lint needs besides the rules, reused per thread so that a clean message allocates nothing.</summary>
internal sealed class LintScratch
{
    [ThreadStatic]
    private static LintScratch? t_current;

    public TextBuffer Buffer { get; } = new();

    public List<Token> Tokens { get; } = [];

    public List<bool> Questions { get; } = [];

    /// <summary>Per-sentence role buffers for deciding whether a model that stands alone may speak (<see cref="Model.SentenceRoles.IsGrounded(Model.ScoringInput)"/>),
    /// also the lexicon items of the construction features when they are extracted outside scoring (an explanation, training).</summary>
    public Model.ConstructionScratch Roles { get; } = new();

    public MatchScratch Match { get; } = new();

    /// <summary>The scan's hits; after indexing (<see cref="HitIndex"/>), those of the sets the model reads ordered by set, first
    /// and last token, then those of other sets the rules asked for, a set at a time.</summary>
    public List<SetHit> Hits { get; private set; } = [];

    /// <summary>The list the hits are sorted into; swapped with <see cref="Hits"/> so neither is ever reallocated. After
    /// indexing, every hit in the order the scan found them (<see cref="HitIndex.Index(LintScratch, int)"/> reads them).</summary>
    public List<SetHit> SpareHits { get; private set; } = [];

    /// <summary>The distinct sets among the hits of this message, in the order they were first hit.</summary>
    public List<int> SetsPresent { get; } = [];

    /// <summary>The sets the model reads among them, while a message with many of their hits is indexed.</summary>
    public List<int> ModelSets { get; } = [];

    public List<int> Triggered { get; } = [];

    public List<Candidate> Candidates { get; } = [];

    /// <summary>Per set: generation stamp, first hit index in <see cref="Hits"/> (-1 until indexed) and hit count.</summary>
    public int[] SetStamp { get; private set; } = [];

    public int[] SetFirst { get; private set; } = [];

    public int[] SetCount { get; private set; } = [];

    /// <summary>Per set: next free slot while the hits are sorted into place.</summary>
    public int[] SetCursor { get; private set; } = [];

    public int[] RuleStamp { get; private set; } = [];

    /// <summary>Per triggered rule: its live <c>near</c> clauses, a bit each (<see cref="RuleTriggers.ClauseBit"/>); valid where <see cref="RuleStamp"/> is the generation.</summary>
    public ulong[] RuleClauses { get; private set; } = [];

    /// <summary>A bit per set and per rule for ordering the ones in play (<see cref="HitIndex.SortDistinct"/>); all zero between uses.</summary>
    public ulong[] SortBits { get; private set; } = [];

    public int Generation { get; private set; }

    /// <summary>Limits reached by the current lint.</summary>
    public LintLimits LimitsHit { get; set; }

    public static LintScratch Current => t_current ??= new LintScratch();

    public void Begin(int sets, int rules)
    {
        Reserve(sets, rules);
        if (++Generation == int.MaxValue)
        {
            Generation = 1;
            Array.Clear(SetStamp);
            Array.Clear(RuleStamp);
            Roles.ForgetFilled();
        }

        Hits.Clear();
        Triggered.Clear();
        Candidates.Clear();
        LimitsHit = LintLimits.None;
    }

    /// <summary>Grows the per-set and per-rule tables for a pack larger than the ones <see cref="Begin"/> was sized for (one
    /// compiled after the engine); valid between <see cref="Begin"/> and the scan, as new entries carry no stamp.</summary>
    public void Reserve(int sets, int rules)
    {
        if (SetStamp.Length < sets)
        {
            SetStamp = new int[sets];
            SetFirst = new int[sets];
            SetCount = new int[sets];
            SetCursor = new int[sets];
        }

        if (RuleStamp.Length < rules)
        {
            RuleStamp = new int[rules];
            RuleClauses = new ulong[rules];
        }

        if (SortBits.Length * 64 < Math.Max(sets, rules))
        {
            SortBits = new ulong[(Math.Max(sets, rules) + 63) / 64];
        }
    }

    public void SwapHits() => (Hits, SpareHits) = (SpareHits, Hits);

    public void End()
    {
        Buffer.TrimAfterUse();
        Match.TrimAfterUse();
        Roles.Trim();
        if (Tokens.Capacity > 65536)
        {
            Tokens.Clear();
            Tokens.Capacity = 256;
        }

        if (Hits.Capacity > 65536 || SpareHits.Capacity > 65536)
        {
            Hits = [];
            SpareHits = [];
        }
    }
}
