namespace CreepLint.Matching;

/// <summary>
/// Per term set, the parts of the enabled rules a hit of it can bring to life: a rule's phrase set, and the last set of each
/// of its <c>near</c> clauses (the rarest, by the packs' convention), with the clause's other sets. A clause can give a
/// candidate only when every one of its sets has a hit, so the matcher checks that when it collects the triggered rules and
/// evaluates a rule only for the parts that are live: on short messages a common set ("you", a number) is the last set of
/// clauses in a dozen rules, and nearly none of those clauses has all its sets.
/// </summary>
/// <remarks>Immutable and thread-safe; built by <see cref="CompiledRuleSet.With"/> from the enabled rules.</remarks>
internal sealed class RuleTriggers
{
    /// <summary>The clause bit that stands for every clause from it on (a rule with more clauses checks those one by one).</summary>
    public const int LastClauseBit = 63;

    /// <summary>No rule is triggered by any set.</summary>
    public static readonly RuleTriggers None = new([0], [], []);

    private readonly int[] _start;
    private readonly Trigger[] _triggers;
    private readonly int[] _others;

    private RuleTriggers(int[] start, Trigger[] triggers, int[] others) => (_start, _triggers, _others) = (start, triggers, others);

    /// <summary>The triggers of the <paramref name="rules"/> (enabled, in index order) over <paramref name="setCount"/> term sets.</summary>
    public static RuleTriggers Of(IReadOnlyList<CompiledRule> rules, int setCount)
    {
        var bySet = new List<(int Rule, ulong Clauses, int[] Others)>?[setCount];
        foreach (var rule in rules)
        {
            if (rule.PhraseSet >= 0)
            {
                (bySet[rule.PhraseSet] ??= []).Add((rule.Index, 0, []));
            }

            for (var c = 0; c < rule.Near.Length; c++)
            {
                var sets = rule.Near[c].Sets;
                (bySet[sets[^1]] ??= []).Add((rule.Index, ClauseBit(c), sets[..^1]));
            }
        }

        var start = new int[setCount + 1];
        var triggers = new List<Trigger>();
        var others = new List<int>();
        for (var s = 0; s < setCount; s++)
        {
            start[s] = triggers.Count;
            foreach (var (rule, clauses, rest) in bySet[s] ?? [])
            {
                triggers.Add(new Trigger(rule, rest.Length > 0 ? rest[0] : -1, clauses, others.Count, others.Count + rest.Length));
                others.AddRange(rest);
            }
        }

        start[setCount] = triggers.Count;
        return new RuleTriggers(start, [.. triggers], [.. others]);
    }

    /// <summary>The bit of clause <paramref name="clause"/> in a rule's mask of live clauses.</summary>
    public static ulong ClauseBit(int clause) => 1UL << Math.Min(clause, LastClauseBit);

    /// <summary>The triggers of a hit of set <paramref name="set"/>.</summary>
    public ReadOnlySpan<Trigger> For(int set) =>
        (uint)(set + 1) < (uint)_start.Length ? _triggers.AsSpan(_start[set], _start[set + 1] - _start[set]) : [];

    /// <summary>The sets besides the trigger's own that must all have a hit for <paramref name="trigger"/> to be live.</summary>
    public ReadOnlySpan<int> Others(in Trigger trigger) => _others.AsSpan(trigger.OthersStart, trigger.OthersEnd - trigger.OthersStart);

    /// <summary>
    /// A rule part a set's hit can bring to life: the rule's phrases (<see cref="Clauses"/> 0) or one <c>near</c> clause (its
    /// bit, <see cref="ClauseBit"/>), live when every set in <see cref="Others"/> has a hit too.
    /// </summary>
    /// <remarks>The first of the other sets is in the trigger itself (-1 for none; beside the rule, in the same eight bytes): on
    /// short messages nearly every clause fails on it, and is passed over without a read of the others' array.</remarks>
    public readonly record struct Trigger(int Rule, int FirstOther, ulong Clauses, int OthersStart, int OthersEnd);
}
