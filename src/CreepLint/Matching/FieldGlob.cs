namespace CreepLint.Matching;

/// <summary>
/// A field-name glob (<c>predicted_*</c>, <c>segment.?</c>): <c>*</c> matches any run of characters, <c>?</c> any one,
/// everything else itself, ignoring case. Matched directly rather than through a regex: no engine to build, no timeout to
/// hit under load (a regex timeout is wall-clock time, so a busy machine could turn a field name into an exception), and
/// at most one retry point, so matching is linear in practice and O(pattern × name) at worst.
/// </summary>
internal sealed class FieldGlob(string pattern)
{
    public string Pattern { get; } = pattern;

    /// <summary>Whether the glob matches the whole of <paramref name="name"/>.</summary>
    public bool IsMatch(ReadOnlySpan<char> name)
    {
        var glob = Pattern.AsSpan();
        int g = 0, n = 0, star = -1, resume = 0;
        while (n < name.Length)
        {
            if (g < glob.Length && glob[g] == '*')
            {
                star = g++;
                resume = n;
            }
            else if (g < glob.Length && (glob[g] == '?' || SameLetter(glob[g], name[n])))
            {
                g++;
                n++;
            }
            else if (star >= 0)
            {
                // Let the last star take one more character and try the rest of the glob again.
                g = star + 1;
                n = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (g < glob.Length && glob[g] == '*')
        {
            g++;
        }

        return g == glob.Length;
    }

    /// <summary>Whether the glob matches the whole dotted path or any dotted suffix of it (<c>customer.first_name</c> ~ <c>first_name</c>).</summary>
    public bool MatchesPath(ReadOnlySpan<char> name)
    {
        var rest = name;
        while (true)
        {
            if (IsMatch(rest))
            {
                return true;
            }

            var dot = rest.IndexOf('.');
            if (dot < 0)
            {
                return false;
            }

            rest = rest[(dot + 1)..];
        }
    }

    public override string ToString() => Pattern;

    private static bool SameLetter(char a, char b) => a == b || char.ToUpperInvariant(a) == char.ToUpperInvariant(b);
}
