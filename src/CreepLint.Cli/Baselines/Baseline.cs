using System.Text;
using System.Text.Json;
using CreepLint.Configuration;

namespace CreepLint.Cli.Baselines;

/// <summary>
/// Findings accepted when CreepLint was adopted: <c>--baseline FILE</c> reports only findings not in it. Each fingerprint
/// carries a count, so a second copy of an accepted finding in the same message is still new.
/// </summary>
internal sealed class Baseline
{
    public const int FormatVersion = 1;

    private readonly Dictionary<string, int> _remaining = new(StringComparer.Ordinal);

    public int Matched { get; private set; }

    /// <summary>True (and counted) when the fingerprint is still available in the baseline.</summary>
    public bool Consume(string fingerprint)
    {
        if (_remaining.TryGetValue(fingerprint, out var count) && count > 0)
        {
            _remaining[fingerprint] = count - 1;
            Matched++;
            return true;
        }

        return false;
    }

    /// <summary>A baseline of the given entries, as <see cref="Read"/> would give after <see cref="Write"/>.</summary>
    public static Baseline Of(IEnumerable<Entry> entries)
    {
        var baseline = new Baseline();
        foreach (var entry in entries)
        {
            baseline._remaining[entry.Fingerprint] = baseline._remaining.GetValueOrDefault(entry.Fingerprint) + entry.Count;
        }

        return baseline;
    }

    /// <summary>A fresh copy with nothing consumed: one run's matches never use up another's (the language server lints the same file many times).</summary>
    public Baseline Copy()
    {
        var copy = new Baseline();
        foreach (var (fingerprint, count) in _remaining)
        {
            copy._remaining[fingerprint] = count;
        }

        return copy;
    }

    /// <summary>Reads a baseline; a missing or corrupt file is a configuration error naming the position.</summary>
    public static Baseline Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw ConfigurationLoadException.Single(path, 1, 1, "CL0110", $"the baseline cannot be read: {ex.Message}; create one with 'creeplint baseline'");
        }

        var baseline = new Baseline();
        try
        {
            using var doc = JsonDocument.Parse(bytes);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array ||
                !root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number)
            {
                throw ConfigurationLoadException.Single(path, 1, 1, "CL0111", "this is not a CreepLint baseline (expected {\"version\": 1, \"findings\": [...]}); recreate it with 'creeplint baseline'");
            }

            if (version.GetInt32() != FormatVersion)
            {
                throw ConfigurationLoadException.Single(path, 1, 1, "CL0111", $"baseline format version {version.GetInt32()} is not supported (this creeplint reads version {FormatVersion}); recreate it with 'creeplint baseline'");
            }

            var index = 0;
            foreach (var entry in findings.EnumerateArray())
            {
                index++;
                if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("fingerprint", out var fp) || fp.ValueKind != JsonValueKind.String)
                {
                    throw ConfigurationLoadException.Single(path, 1, 1, "CL0111", $"baseline entry {index} has no \"fingerprint\"; recreate the baseline with 'creeplint baseline'");
                }

                var count = entry.TryGetProperty("count", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : 1;
                baseline._remaining[fp.GetString()!] = baseline._remaining.GetValueOrDefault(fp.GetString()!) + Math.Max(1, count);
            }
        }
        catch (JsonException ex)
        {
            throw ConfigurationLoadException.Single(path, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1, "CL0111",
                $"the baseline is corrupt ({ex.Message.Split(" LineNumber:")[0]}); restore it from version control or recreate it with 'creeplint baseline'");
        }

        return baseline;
    }

    /// <summary>One accepted finding as written to the baseline file (no message text: only ids and positions).</summary>
    internal sealed record Entry(string Fingerprint, string RuleId, string Source, string? Id, int Line, int Count);

    /// <summary>Writes atomically: a temporary file in the same folder, then a rename over the target.</summary>
    public static void Write(string path, IEnumerable<Entry> entries)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                json.WriteStartObject();
                json.WriteNumber("version", FormatVersion);
                json.WriteString("tool", "creeplint");
                json.WriteStartArray("findings");
                foreach (var e in entries.OrderBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.RuleId, StringComparer.Ordinal))
                {
                    json.WriteStartObject();
                    json.WriteString("fingerprint", e.Fingerprint);
                    json.WriteString("ruleId", e.RuleId);
                    json.WriteString("source", e.Source);
                    if (e.Id is not null)
                    {
                        json.WriteString("id", e.Id);
                    }

                    json.WriteNumber("line", e.Line);
                    if (e.Count > 1)
                    {
                        json.WriteNumber("count", e.Count);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.Flush();
                stream.Write(Encoding.UTF8.GetBytes("\n"));
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
