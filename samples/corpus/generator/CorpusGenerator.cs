using System.Globalization;
using System.Text;

namespace CreepLint.Samples.Corpus;

/// <summary>One generated item, with the metadata written to the file and some kept for the statistics only.</summary>
public sealed record CorpusItem(
    string Id,
    string Text,
    string Kind,
    bool Creepy,
    string? Category,
    string Construction,
    string Topic,
    string Channel,
    string Register,
    string Frame,
    bool Hard,
    bool Us,
    bool Typo);

/// <summary>
/// Builds the compositional training corpus: construction families (each with many frames) × topics × channels ×
/// registers, with US/UK spelling, number words and a few typos. Deterministic for a given seed: seeded
/// <see cref="Random"/>, fixed iteration order, invariant culture, no hash-order dependence.
/// </summary>
public static class CorpusGenerator
{
    /// <summary>No frame may produce more items than this (under 0.6% of a 7,800-item file; the limit is 1%).</summary>
    public const int MaxPerFrame = 45;

    /// <summary>The JSON lines of the corpus for <paramref name="seed"/>, exactly as written to generated.jsonl.</summary>
    public static IReadOnlyList<string> Generate(int seed) => GenerateItems(seed).Select(ToJson).ToList();

    /// <summary>The corpus for <paramref name="seed"/> as items, in file order.</summary>
    public static IReadOnlyList<CorpusItem> GenerateItems(int seed)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            return Build(seed);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    /// <summary>All construction families, creepy first.</summary>
    internal static Family[] Families() => [.. CreepyFrames.All(), .. CleanFrames.All()];

    private sealed record Draft(string Text, bool Rationale, string? Category, Family Family, Frame Frame, string Topic,
        string Channel, string Register, bool Us);

    private static List<CorpusItem> Build(int seed)
    {
        var rng = new Random(seed);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var drafts = new List<Draft>();

        foreach (var family in Families())
        {
            MakeKind(rng, family, family.M, family.Messages, rationale: false, seen, drafts);
            MakeKind(rng, family, family.R, family.Rationales, rationale: true, seen, drafts);
        }

        // Shuffle (Fisher–Yates with the same seeded source) so file order carries no family information.
        for (var i = drafts.Count - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (drafts[i], drafts[j]) = (drafts[j], drafts[i]);
        }

        // Typos in about 5% of items, never producing a word the corpus already uses.
        var vocabulary = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in drafts)
            foreach (var w in Render.Words(d.Text)) vocabulary.Add(w);

        var counters = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var items = new List<CorpusItem>(drafts.Count);
        foreach (var d in drafts)
        {
            var text = d.Text;
            var typo = false;
            if (rng.NextDouble() < 0.05)
            {
                var t = Render.Typo(text, rng, vocabulary);
                if (t is not null && !seen.Contains(t))
                {
                    seen.Remove(text);
                    seen.Add(t);
                    text = t;
                    typo = true;
                }
            }
            var prefix = d.Category is not null ? "g-" + d.Category : d.Family.Hard ? "g-hard" : "g-plain";
            counters.TryGetValue(prefix, out var n);
            counters[prefix] = ++n;
            var id = prefix + "-" + n.ToString("00000", CultureInfo.InvariantCulture);
            items.Add(new CorpusItem(id, text, d.Rationale ? "rationale" : "message", d.Category is not null, d.Category,
                d.Family.Name, d.Topic, d.Channel, d.Register, d.Frame.Id, d.Family.Hard, d.Us, typo));
        }
        return items;
    }

    private static void MakeKind(Random rng, Family family, Frame[] frames, int target, bool rationale, HashSet<string> seen,
        List<Draft> drafts)
    {
        if (target == 0 || frames.Length == 0) return;
        var counts = new int[frames.Length];
        var dead = new bool[frames.Length];
        var cap = Math.Min(MaxPerFrame, (target + frames.Length - 1) / frames.Length);
        var made = 0;
        var next = 0;
        while (made < target)
        {
            var index = -1;
            for (var k = 0; k < frames.Length; k++)
            {
                var candidate = (next + k) % frames.Length;
                if (!dead[candidate] && counts[candidate] < cap) { index = candidate; break; }
            }
            if (index < 0)
            {
                if (cap >= MaxPerFrame || Array.TrueForAll(dead, x => x)) break;
                cap++;
                continue;
            }
            next = index + 1;
            var draft = TryMake(rng, family, frames[index], rationale, seen);
            if (draft is null)
            {
                dead[index] = true;
                continue;
            }
            seen.Add(draft.Text);
            drafts.Add(draft);
            counts[index]++;
            made++;
        }
    }

    private static Draft? TryMake(Random rng, Family family, Frame frame, bool rationale, HashSet<string> seen)
    {
        for (var attempt = 0; attempt < 40; attempt++)
        {
            var channel = rationale ? "rationale" : Render.Weighted(rng, Render.MessageChannels);
            var register = Render.Weighted(rng, rationale ? Render.RationaleRegisters : Render.MessageRegisters);
            var us = rng.NextDouble() < 0.35;
            var c = new Ctx(rng, channel, us)
            {
                D = Domains.All[rng.Next(Domains.All.Length)],
                A = Attributes.All[rng.Next(Attributes.All.Length)],
                H = Tables.Hardships[rng.Next(Tables.Hardships.Length)],
                DomainTopic = frame.Kind == TopicKind.Domain,
            };
            var core = frame.Build(c);
            if (core is null) continue;
            core = Render.Tidy(core);
            var topic = c.Topic ?? frame.Kind switch
            {
                TopicKind.Domain => c.D.Key,
                TopicKind.Attr => c.A.Key,
                TopicKind.Hardship => c.H.Key,
                _ => "general",
            };
            if (!rationale && core.Length > 110 && channel is "email-subject" or "ad-headline" or "push")
                channel = rng.Next(2) == 0 ? "email-body" : "sms";
            var text = Render.Package(c, core, channel, register);
            if (us) text = Render.ToUs(text);
            text = Render.Tidy(text);
            if (seen.Contains(text)) continue;
            return new Draft(text, rationale, frame.Category, family, frame, topic, channel, register, us);
        }
        return null;
    }

    // ------------------------------------------------------------------ JSON, in the corpus's own layout

    public static string ToJson(CorpusItem item)
    {
        var sb = new StringBuilder(256);
        sb.Append("{\"id\": ").Append(Str(item.Id));
        sb.Append(", \"text\": ").Append(Str(item.Text));
        sb.Append(", \"kind\": ").Append(Str(item.Kind));
        sb.Append(", \"creepy\": ").Append(item.Creepy ? "true" : "false");
        if (item.Category is not null) sb.Append(", \"category\": ").Append(Str(item.Category));
        sb.Append(", \"construction\": ").Append(Str(item.Construction));
        sb.Append(", \"topic\": ").Append(Str(item.Topic));
        sb.Append(", \"channel\": ").Append(Str(item.Channel));
        sb.Append(", \"register\": ").Append(Str(item.Register));
        sb.Append(", \"group\": ").Append(Str(item.Frame));
        sb.Append('}');
        return sb.ToString();
    }

    private static string Str(string s)
    {
        var sb = new StringBuilder(s.Length + 2);
        sb.Append('"');
        foreach (var ch in s)
        {
            switch (ch)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (ch < 0x20) sb.Append("\\u").Append(((int)ch).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(ch);
                    break;
            }
        }
        sb.Append('"');
        return sb.ToString();
    }
}
