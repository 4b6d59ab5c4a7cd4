using System.Buffers.Binary;
using System.Text;
using CreepLint.Language;

namespace CreepLint.Model;

/// <summary>
/// Reads and writes the <c>.clm</c> model format (docs/model.md): little-endian, magic <c>CLMD</c>, a version, the hashing
/// parameters, calibration, the weights as sorted (slot, weight) pairs, the per-category weights and an FNV-1a checksum.
/// Version 2 adds the language the model reads after the version; a version 1 file is an English model, and English
/// models are still written as version 1, so files made before languages existed are unchanged byte for byte.
/// </summary>
internal static class ModelFile
{
    /// <summary>The version of an English model (no language field).</summary>
    public const ushort EnglishVersion = 1;

    /// <summary>The version of a model of any other language: a language field follows the version.</summary>
    public const ushort LanguageVersion = 2;

    /// <summary>Header flags a reader knows: the bits of <see cref="FeatureSet"/>. Files without any (the first models) read <see cref="FeatureSet.FirstModels"/>.</summary>
    public const ushort KnownFlags = (ushort)FeatureSet.Current;

    private static ReadOnlySpan<byte> Magic => "CLMD"u8;

    /// <summary>Largest model file read (64 MiB): a 2^24-slot model with every slot set fits; anything bigger is not a model.</summary>
    internal const long MaxBytes = 64L * 1024 * 1024;

    public static void Write(LinearCreepModel model, Stream output)
    {
        using var body = new MemoryStream();
        using (var w = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Magic);
            if (model.Language == LanguageTag.Default)
            {
                w.Write(EnglishVersion);
            }
            else
            {
                w.Write(LanguageVersion);
                w.Write((byte)model.Language.Length);
                w.Write(Encoding.ASCII.GetBytes(model.Language));
            }

            w.Write((ushort)model.Features);
            var h = model.Hashing;
            w.Write((byte)h.Bits);
            w.Write((byte)h.CharGramMin);
            w.Write((byte)h.CharGramMax);
            w.Write((byte)0);
            w.Write(h.Seed);
            w.Write(model.Bias);
            w.Write(model.PlattA);
            w.Write(model.PlattB);
            w.Write(model.Threshold);
            var m = model.Metadata;
            w.Write(m.Items);
            w.Write(m.Creepy);
            w.Write(m.Precision);
            w.Write(m.Recall);
            w.Write(m.F1);
            var dense = model.Weights;
            var nonZero = 0;
            foreach (var x in dense)
            {
                nonZero += x != 0f ? 1 : 0;
            }

            w.Write(nonZero);
            for (var slot = 0; slot < dense.Length; slot++)
            {
                if (dense[slot] != 0f)
                {
                    w.Write(slot);
                    w.Write(dense[slot]);
                }
            }

            w.Write((byte)model.Categories.Length);
            foreach (var category in model.Categories)
            {
                w.Write(category.Bias);
                w.Write(category.Slots.Length);
                for (var i = 0; i < category.Slots.Length; i++)
                {
                    w.Write(category.Slots[i]);
                    w.Write(category.Weights[i]);
                }
            }
        }

        var bytes = body.GetBuffer().AsSpan(0, (int)body.Length);
        output.Write(bytes);
        Span<byte> sum = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(sum, Checksum(bytes));
        output.Write(sum);
    }

    public static LinearCreepModel Read(Stream input, string source)
    {
        byte[] bytes;
        try
        {
            using var copy = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = input.Read(buffer)) > 0)
            {
                copy.Write(buffer, 0, read);
                if (copy.Length > MaxBytes)
                {
                    throw Fail(source, $"is larger than {MaxBytes / 1024 / 1024} MiB; it is not a CreepLint model");
                }
            }

            bytes = copy.ToArray();
        }
        catch (IOException ex)
        {
            throw new ModelLoadException($"{source}: the model cannot be read: {ex.Message}", ex);
        }

        if (bytes.Length < 8 || !bytes.AsSpan(0, 4).SequenceEqual(Magic))
        {
            throw Fail(source, "is not a CreepLint model (it does not start with 'CLMD'); train one with 'creeplint train'");
        }

        var version = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(4));
        if (version is not (EnglishVersion or LanguageVersion))
        {
            throw Fail(source, $"is model format version {version}, but this CreepLint reads only versions {EnglishVersion} and {LanguageVersion}; retrain it with this version's 'creeplint train' or use the CreepLint that wrote it");
        }

        var stored = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(bytes.Length - 4));
        if (bytes.Length < 12 || stored != Checksum(bytes.AsSpan(0, bytes.Length - 4)))
        {
            throw Fail(source, "is damaged or truncated (its checksum does not match); retrain it or copy it again");
        }

        try
        {
            return Parse(bytes.AsSpan(6, bytes.Length - 10), version, source);
        }
        catch (Exception ex) when (ex is EndOfStreamException or ArgumentOutOfRangeException)
        {
            throw Fail(source, "is truncated; retrain it or copy it again");
        }
    }

    private static LinearCreepModel Parse(ReadOnlySpan<byte> data, ushort version, string source)
    {
        var r = new SpanReader(data);
        var language = version == EnglishVersion ? LanguageTag.Default : ReadLanguage(ref r, source);
        var flags = r.U16();
        if ((flags & ~KnownFlags) != 0)
        {
            throw Fail(source, $"has header flags 0x{flags:X4} this CreepLint does not know; use the CreepLint that wrote it or retrain it with this one");
        }

        var bits = r.U8();
        var gramMin = r.U8();
        var gramMax = r.U8();
        r.U8();
        var hashing = new HashingOptions(bits, r.U32(), gramMin, gramMax);
        if (hashing.Validate() is { } problem)
        {
            throw Fail(source, $"has invalid hashing parameters ({problem})");
        }

        var bias = Finite(r.F64(), source);
        var plattA = Finite(r.F64(), source);
        var plattB = Finite(r.F64(), source);
        var threshold = Finite(r.F64(), source);
        if (threshold is < 0 or > 1)
        {
            throw Fail(source, $"has a probability threshold of {threshold}, outside 0..1");
        }

        var metadata = new ModelMetadata(r.I32(), r.I32(), r.F32(), r.F32(), r.F32());
        var weights = new float[hashing.Size];
        var (slots, values) = ReadPairs(ref r, hashing, source);
        for (var i = 0; i < slots.Length; i++)
        {
            weights[slots[i]] = values[i];
        }

        var categoryCount = r.U8();
        if (categoryCount != CreepCategories.All.Length)
        {
            throw Fail(source, $"has {categoryCount} category models; this CreepLint has {CreepCategories.All.Length} categories");
        }

        var categories = new SparseWeights[categoryCount];
        for (var c = 0; c < categoryCount; c++)
        {
            var categoryBias = (float)Finite(r.F32(), source);
            var (cs, cw) = ReadPairs(ref r, hashing, source);
            categories[c] = new SparseWeights(cs, cw, categoryBias);
        }

        if (r.Remaining != 0)
        {
            throw Fail(source, $"has {r.Remaining} unexpected bytes after the last category model");
        }

        return new LinearCreepModel(hashing, weights, bias, plattA, plattB, threshold, categories, metadata) { Features = (FeatureSet)flags, Language = language };
    }

    /// <summary>The language field of a version 2 file: its length (2 or 3), then the primary language subtag in ASCII letters.</summary>
    private static string ReadLanguage(ref SpanReader r, string source)
    {
        var length = r.U8();
        var text = Encoding.ASCII.GetString(r.Bytes(length));
        return length is 2 or 3 && LanguageTag.Normalise(text) is { } language && language == text
            ? language
            : throw Fail(source, $"names the language '{text}', which is not a lower-case language code such as 'de'");
    }

    private static (int[] Slots, float[] Weights) ReadPairs(ref SpanReader r, HashingOptions hashing, string source)
    {
        var count = r.I32();
        if (count < 0 || count > hashing.Size)
        {
            throw Fail(source, $"declares {count} weights for {hashing.Size} slots");
        }

        var slots = new int[count];
        var weights = new float[count];
        for (var i = 0; i < count; i++)
        {
            slots[i] = r.I32();
            weights[i] = (float)Finite(r.F32(), source);
            if (slots[i] < 0 || slots[i] >= hashing.Size || (i > 0 && slots[i] <= slots[i - 1]))
            {
                throw Fail(source, $"has weight slot {slots[i]} out of order or outside 0..{hashing.Size - 1}");
            }
        }

        return (slots, weights);
    }

    private static double Finite(double value, string source) =>
        double.IsFinite(value) ? value : throw Fail(source, "contains a weight that is not a finite number");

    private static ModelLoadException Fail(string source, string problem) => new($"{source}: the model file {problem}.");

    private static uint Checksum(ReadOnlySpan<byte> bytes)
    {
        var h = 2166136261u;
        foreach (var b in bytes)
        {
            h = (h ^ b) * 16777619u;
        }

        return h;
    }

    private ref struct SpanReader(ReadOnlySpan<byte> data)
    {
        private ReadOnlySpan<byte> _rest = data;

        public readonly int Remaining => _rest.Length;

        public byte U8() => Take(1)[0];

        public ushort U16() => BinaryPrimitives.ReadUInt16LittleEndian(Take(2));

        public uint U32() => BinaryPrimitives.ReadUInt32LittleEndian(Take(4));

        public int I32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

        public float F32() => BinaryPrimitives.ReadSingleLittleEndian(Take(4));

        public double F64() => BinaryPrimitives.ReadDoubleLittleEndian(Take(8));

        public ReadOnlySpan<byte> Bytes(int n) => Take(n);

        private ReadOnlySpan<byte> Take(int n)
        {
            if (_rest.Length < n)
            {
                throw new EndOfStreamException();
            }

            var taken = _rest[..n];
            _rest = _rest[n..];
            return taken;
        }
    }
}
