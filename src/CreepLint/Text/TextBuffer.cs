using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CreepLint.Text;

/// <summary>A template field referenced by a placeholder, as a span of the source text.</summary>
internal readonly record struct FieldRef(int Start, int Length);

/// <summary>A placeholder that stands in prose (output tags such as <c>{{ first_name }}</c>), as a span of the source text.</summary>
internal readonly record struct PlaceholderSpan(int Start, int Length);

/// <summary>
/// The normalised text of one message: folded characters with a map from each back to the source offset
/// that produced it, plus the placeholders and fields found on the way. Reused per thread.
/// </summary>
internal sealed class TextBuffer
{
    /// <summary>Buffers larger than this are dropped after use rather than kept per thread.</summary>
    private const int RetainedCapacity = 1 << 20;

    private char[] _chars = new char[1024];
    private int[] _map = new int[1024];

    public int Length { get; private set; }

    /// <summary>Folded characters; indexes past <see cref="Length"/> hold synthetic token text.</summary>
    public char[] Chars => _chars;

    /// <summary>Source offset of each folded character.</summary>
    public int[] Map => _map;

    public List<PlaceholderSpan> Placeholders { get; } = [];

    public List<FieldRef> Fields { get; } = [];

    /// <summary>Indexes of the word tokens the tokenizer saw where a name of the reader can stand (capitalised, and first or
    /// second in a sentence or after a comma): the only ones <see cref="Vocatives"/> looks at.</summary>
    public List<int> NameCandidates { get; } = [];

    /// <summary>Whether tokens moved after <see cref="NameCandidates"/> were noted (spaced letters joined), so they no longer index them.</summary>
    public bool NameCandidatesMoved { get; set; }

    /// <summary>Characters appended past <see cref="Length"/> for tokens joined from spaced-out letters.</summary>
    public int SyntheticLength { get; private set; }

    /// <summary>Whether a quotation mark stood between words (not an apostrophe inside one): only then can a word open a
    /// quotation (<c>&lt;quote&gt;</c>).</summary>
    public bool HasQuotes { get; set; }

    /// <summary>Whether the text held a bidirectional control (U+202A–U+202E, U+2066–U+2069): its display order may differ.</summary>
    public bool HasBidiControls { get; set; }

    public void Reset()
    {
        HasBidiControls = false;
        HasQuotes = false;
        Length = 0;
        SyntheticLength = 0;
        Placeholders.Clear();
        Fields.Clear();
        NameCandidates.Clear();
        NameCandidatesMoved = false;
    }

    public void TrimAfterUse()
    {
        if (_chars.Length > RetainedCapacity)
        {
            _chars = new char[1024];
            _map = new int[1024];
        }

        if (Placeholders.Capacity > 4096)
        {
            Placeholders.Capacity = 16;
        }

        if (Fields.Capacity > 4096)
        {
            Fields.Capacity = 16;
        }
    }

    public void Append(char c, int sourceOffset)
    {
        if (Length == _chars.Length)
        {
            Grow(Length + 1);
        }

        _chars[Length] = c;
        _map[Length] = sourceOffset;
        Length++;
    }

    public void Append(string folded, int sourceOffset)
    {
        if (folded.Length == 1)
        {
            Append(folded[0], sourceOffset);
            return;
        }

        foreach (var c in folded)
        {
            Append(c, sourceOffset);
        }
    }

    /// <summary>Appends a run of plain ASCII folded to lower case, the i-th character mapped to <paramref name="sourceOffset"/> + i.</summary>
    public void AppendPlainAscii(ReadOnlySpan<char> run, int sourceOffset)
    {
        if (Length + run.Length > _chars.Length)
        {
            Grow(Length + run.Length);
        }

        System.Text.Ascii.ToLower(run, _chars.AsSpan(Length, run.Length), out _);
        var map = _map.AsSpan(Length, run.Length);
        var k = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            // The map of a run counts up by one: written eight offsets at a time, it costs little more than the copy.
            var offsets = Vector256.Create(sourceOffset) + Vector256<int>.Indices;
            for (; k + Vector256<int>.Count <= map.Length; k += Vector256<int>.Count)
            {
                offsets.StoreUnsafe(ref MemoryMarshal.GetReference(map), (nuint)k);
                offsets += Vector256.Create(Vector256<int>.Count);
            }
        }

        for (; k < map.Length; k++)
        {
            map[k] = sourceOffset + k;
        }

        Length += run.Length;
    }

    /// <summary>Appends synthetic text after the normalised text and returns where it starts.</summary>
    public int AppendSynthetic(ReadOnlySpan<char> text)
    {
        var start = Length + SyntheticLength;
        if (start + text.Length > _chars.Length)
        {
            Grow(start + text.Length);
        }

        text.CopyTo(_chars.AsSpan(start));
        SyntheticLength += text.Length;
        return start;
    }

    private void Grow(int needed)
    {
        var size = Math.Max(needed, _chars.Length * 2);
        Array.Resize(ref _chars, size);
        Array.Resize(ref _map, size);
    }
}
