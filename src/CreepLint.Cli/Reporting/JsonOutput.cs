using System.Text.Encodings.Web;

namespace CreepLint.Cli.Reporting;

/// <summary>JSON settings shared by the JSON, JSON Lines and SARIF reports.</summary>
internal static class JsonOutput
{
    /// <summary>
    /// Keeps apostrophes and non-ASCII text readable ("You're", "…") instead of \u-escaping them. Reports are data files
    /// read by tools and people, never inlined into HTML, which is the only case the stricter default encoder guards.
    /// </summary>
    public static JavaScriptEncoder Encoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
}
