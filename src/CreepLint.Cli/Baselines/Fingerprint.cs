using System.Security.Cryptography;
using System.Text;

namespace CreepLint.Cli.Baselines;

/// <summary>
/// A finding's identity across edits: rule id + normalised matched text + message id (file path relative to the
/// configuration root, plus the catalog or JSONL id). Lines are left out on purpose, so moving text does not make findings "new".
/// The learned model's finding (<c>CL0001</c>) is keyed on the whole message instead of the phrase it names: the model judges
/// the message, and the phrase it names can change with every retrained model while the message stays the same.
/// </summary>
internal static class Fingerprint
{
    /// <summary>The fingerprint of a finding of <paramref name="ruleId"/> on a message whose text is <paramref name="messageText"/>.</summary>
    public static string Of(string ruleId, string excerpt, string messageText, string fingerprintPath, string? messageId) =>
        Compute(ruleId, ruleId == Scoring.ModelBlend.RuleId ? messageText : excerpt, fingerprintPath, messageId);

    public static string Compute(string ruleId, string excerpt, string fingerprintPath, string? messageId)
    {
        var normalised = Normalise(excerpt);
        var input = $"{ruleId}\n{normalised}\n{fingerprintPath}#{messageId}";
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(input), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }

    /// <summary>Lower case, letters and digits only, single spaces: quoting, casing and re-wrapping do not change a fingerprint.</summary>
    internal static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return sb.ToString();
    }
}
