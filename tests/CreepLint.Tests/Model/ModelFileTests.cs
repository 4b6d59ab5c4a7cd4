using System.Buffers.Binary;
using CreepLint.Model;

namespace CreepLint.Tests.Model;

public sealed class ModelFileTests
{
    private static byte[] DefaultBytes()
    {
        using var stream = typeof(LinearCreepModel).Assembly.GetManifestResourceStream("CreepLint.Model.default.clm")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Rewrites the trailing FNV-1a checksum after a deliberate edit.</summary>
    private static void Rechecksum(byte[] bytes)
    {
        var h = 2166136261u;
        foreach (var b in bytes.AsSpan(0, bytes.Length - 4))
        {
            h = (h ^ b) * 16777619u;
        }

        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(bytes.Length - 4), h);
    }

    private static byte[] Save(LinearCreepModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    [Test]
    public void Default_model_is_embedded_and_saves_back_to_the_same_bytes()
    {
        var bytes = DefaultBytes();
        Assert.Multiple(() =>
        {
            Assert.That(bytes.AsSpan(0, 4).ToArray(), Is.EqualTo("CLMD"u8.ToArray()));
            Assert.That(Save(LinearCreepModel.Default), Is.EqualTo(bytes));
            Assert.That(LinearCreepModel.Default.Threshold, Is.InRange(0.5, 1.0));
        });
    }

    [Test]
    public void Unknown_version_is_rejected_with_a_message_that_says_what_to_do()
    {
        var bytes = DefaultBytes();
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(4), 99);
        var ex = Assert.Throws<ModelLoadException>(() => LinearCreepModel.Load(new MemoryStream(bytes), "future.clm"));
        Assert.That(ex!.Message, Does.StartWith("future.clm: ").And.Contain("version 99").And.Contain("only versions 1 and 2").And.Contain("creeplint train"));
    }

    [Test]
    public void Default_model_reads_the_current_features()
    {
        var bytes = DefaultBytes();
        Assert.Multiple(() =>
        {
            Assert.That(BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(6)), Is.EqualTo(31), "text only, lexicon hits, addressed words, constructions, roles");
            Assert.That(LinearCreepModel.Default.Features, Is.EqualTo(FeatureSet.Current));
        });
    }

    [TestCase((ushort)1)]
    [TestCase((ushort)3)]
    public void A_model_from_before_a_feature_was_added_still_reads_what_it_was_trained_on(ushort flags)
    {
        var expected = (FeatureSet)flags;
        var bytes = DefaultBytes();
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(6), flags);
        Rechecksum(bytes);
        Assert.That(LinearCreepModel.Load(new MemoryStream(bytes), "old.clm").Features, Is.EqualTo(expected));
    }

    [Test]
    public void A_model_from_before_the_text_only_flag_still_reads_rule_hits()
    {
        var bytes = DefaultBytes();
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(6), 0);
        Rechecksum(bytes);
        Assert.That(LinearCreepModel.Load(new MemoryStream(bytes), "old.clm").Features, Is.EqualTo(FeatureSet.FirstModels));
    }

    [Test]
    public void Unknown_header_flags_are_rejected()
    {
        var bytes = DefaultBytes();
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(6), 0x0102);
        Rechecksum(bytes);
        var ex = Assert.Throws<ModelLoadException>(() => LinearCreepModel.Load(new MemoryStream(bytes), "newer.clm"));
        Assert.That(ex!.Message, Does.StartWith("newer.clm: ").And.Contain("header flags 0x0102"));
    }

    [Test]
    public void A_file_that_is_not_a_model_is_rejected()
    {
        var ex = Assert.Throws<ModelLoadException>(() => LinearCreepModel.Load(new MemoryStream("{\"text\": \"hello\"}"u8.ToArray()), "rules.yaml"));
        Assert.That(ex!.Message, Does.Contain("rules.yaml").And.Contain("not a CreepLint model"));
    }

    [Test]
    public void A_damaged_model_is_rejected_by_its_checksum()
    {
        var bytes = DefaultBytes();
        bytes[bytes.Length / 2] ^= 0x40;
        var ex = Assert.Throws<ModelLoadException>(() => LinearCreepModel.Load(new MemoryStream(bytes), "damaged.clm"));
        Assert.That(ex!.Message, Does.Contain("damaged or truncated"));
    }

    [Test]
    public void A_truncated_model_is_rejected()
    {
        var bytes = DefaultBytes()[..1000];
        Assert.Throws<ModelLoadException>(() => LinearCreepModel.Load(new MemoryStream(bytes), "cut.clm"));
    }

    [Test]
    public void A_missing_model_file_is_reported_with_its_path()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.clm");
        var ex = Assert.Throws<ModelLoadException>(() => LinearCreepModel.Load(path));
        Assert.That(ex!.Message, Does.StartWith(path));
    }
}
