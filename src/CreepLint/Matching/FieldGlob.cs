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

    /// <summary>Longest field path whose camelCase or PascalCase spelling is also tried as snake_case; longer names are matched as written.</summary>
    private const int MaxSnakeLength = 256;

    /// <summary>
    /// Whether the glob matches the whole dotted path or any dotted suffix of it (<c>customer.first_name</c> ~ <c>first_name</c>);
    /// a camelCase or PascalCase path (<c>Model.PredictedDueDate</c>, <c>lastSeenLocation</c>) also matches as its snake_case spelling,
    /// so the globs of the pack and of a project's field classification read every template language's field names alike.
    /// </summary>
    public bool MatchesPath(ReadOnlySpan<char> name)
    {
        if (MatchesPathAsWritten(name))
        {
            return true;
        }

        if (name.Length > MaxSnakeLength / 2 || !HasCaseBoundary(name))
        {
            return false;
        }

        Span<char> snake = stackalloc char[MaxSnakeLength];
        var n = 0;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && IsCaseBoundary(name, i))
            {
                snake[n++] = '_';
            }

            snake[n++] = char.ToLowerInvariant(c);
        }

        return MatchesPathAsWritten(snake[..n]);
    }

    /// <summary>Whether an upper-case letter starts a new word somewhere after the first character of a segment.</summary>
    private static bool HasCaseBoundary(ReadOnlySpan<char> name)
    {
        for (var i = 1; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && IsCaseBoundary(name, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"dueDate" and "URLValue" split before 'D' and 'V'; "URL" and ".Due" do not.</summary>
    private static bool IsCaseBoundary(ReadOnlySpan<char> name, int i)
    {
        var before = name[i - 1];
        if (char.IsLower(before) || char.IsDigit(before))
        {
            return true;
        }

        return char.IsUpper(before) && i + 1 < name.Length && char.IsLower(name[i + 1]);
    }

    private bool MatchesPathAsWritten(ReadOnlySpan<char> name)
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
