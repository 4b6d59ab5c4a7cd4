using System.Text.Json;

namespace CreepLint.Cli.Inputs;

/// <summary>Tells JSON nested past the reader's depth limit (64) from other invalid JSON: the first is a limit, reported as CL0211 so it cannot pass.</summary>
internal static class JsonDepth
{
    /// <summary>Depth of nesting accepted in catalogs and JSON Lines records; deeper input is reported, never walked recursively.</summary>
    public const int Max = 64;

    /// <summary>CL0211 when <paramref name="ex"/> is the depth limit, else CL0204 (invalid JSON).</summary>
    public static string CodeFor(JsonException ex) =>
        ex.Message.Contains("maximum configured depth", StringComparison.Ordinal) ? "CL0211" : "CL0204";
}
