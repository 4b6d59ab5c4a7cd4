using System.Text;

namespace CreepLint.Text;

/// <summary>
/// camelCase and PascalCase field names as snake_case: the default pack's field globs (<c>last_seen_*</c>,
/// <c>*_likelihood</c>) and most projects' field classifications are written in snake_case, while ERB, Razor, Go, Twig
/// and JavaScript templates name fields in camelCase or PascalCase.
/// </summary>
internal static class FieldNames
{
    /// <summary>Whether the upper-case letter at <paramref name="i"/> starts a new word of a name ("dueDate", "URLValue"), not the first letter of one.</summary>
    public static bool IsWordStart(string s, int i, int from)
    {
        if (i <= from)
        {
            return false;
        }

        var before = s[i - 1];
        if (char.IsLower(before) || char.IsDigit(before))
        {
            return true;
        }

        return char.IsUpper(before) && i + 1 < s.Length && char.IsLower(s[i + 1]) && InName(s, i, from);
    }

    /// <summary>Whether the character at <paramref name="i"/> is inside a name (after a letter, digit or '_').</summary>
    public static bool InName(string s, int i, int from) => i > from && (char.IsLetterOrDigit(s[i - 1]) || s[i - 1] == '_');

    /// <summary>The snake_case spelling of a name or glob (<c>loyaltyTierGuess</c> → <c>loyalty_tier_guess</c>); unchanged when it has no case boundary.</summary>
    /// <remarks>Reads a name as the CLI's template rewrites read an expression: quoted parts are left as they are.</remarks>
    public static string Snake(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        var quote = '\0';
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'' or '`')
            {
                quote = c;
            }
            else if (char.IsUpper(c))
            {
                if (IsWordStart(name, i, 0))
                {
                    sb.Append('_');
                }

                c = char.ToLowerInvariant(c);
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
