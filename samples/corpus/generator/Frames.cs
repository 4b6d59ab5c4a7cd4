namespace CreepLint.Samples.Corpus;

/// <summary>What a frame needs chosen before it runs. Frames with <see cref="None"/> choose their own topic.</summary>
internal enum TopicKind { Domain, Attr, Hardship, None }

/// <summary>
/// One sentence frame: a syntactic skeleton whose slots are filled from the context. <see cref="Category"/> is the
/// taxonomy category of every text it produces (null for clean frames). Returning null means "not applicable to this
/// topic": the generator draws another topic and tries again.
/// </summary>
internal sealed record Frame(TopicKind Kind, Func<Ctx, string?> Build, string? Category)
{
    public string Id { get; set; } = "";
}

/// <summary>A construction family: its frames for messages and for rationales, and how many items of each to make.</summary>
internal sealed record Family(string Name, bool Creepy, bool Hard, int Messages, int Rationales, Frame[] M, Frame[] R);

internal static class FrameKit
{
    public static Frame F(TopicKind kind, Func<Ctx, string?> build, string? category = null) => new(kind, build, category);

    public static Family Fam(string name, bool creepy, bool hard, int messages, int rationales, string? category,
        Frame[] m, Frame[] r)
    {
        for (var i = 0; i < m.Length; i++)
        {
            m[i].Id = name + "/m" + (i + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            if (creepy && m[i].Category is null) m[i] = m[i] with { Category = category, Id = m[i].Id };
        }
        for (var i = 0; i < r.Length; i++)
        {
            r[i].Id = name + "/r" + (i + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            if (creepy && r[i].Category is null) r[i] = r[i] with { Category = category, Id = r[i].Id };
        }
        return new Family(name, creepy, hard, messages, rationales, m, r);
    }
}
