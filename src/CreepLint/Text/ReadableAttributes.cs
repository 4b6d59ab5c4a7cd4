namespace CreepLint.Text;

/// <summary>
/// The attributes whose text a reader sees or hears: <c>alt</c> (shown where images are blocked), <c>title</c>
/// (tooltips), <c>aria-label</c> and <c>aria-description</c> (read aloud), <c>placeholder</c>, and the <c>content</c>
/// of a <c>&lt;meta&gt;</c> named description, subject, og:title, og:description, twitter:title or twitter:description
/// (previews and inbox lines). Each value is linted as its own block at its exact source offsets.
/// </summary>
/// <remarks>Scans the tag in place between its name and its '&gt;': no allocation, no recursion.</remarks>
internal static class ReadableAttributes
{
    /// <summary>Appends the readable attribute values of the tag whose name is <c>src[nameStart..nameEnd)</c> and which ends at <paramref name="tagEnd"/>.</summary>
    public static void Append(string src, int nameStart, int nameEnd, int tagEnd, TextBuffer buffer)
    {
        var meta = src.AsSpan(nameStart, nameEnd - nameStart).Equals("meta", StringComparison.OrdinalIgnoreCase);
        var k = nameEnd;
        int contentStart = -1, contentEnd = -1;
        var readableMeta = false;
        while (Next(src, ref k, tagEnd, out var nameS, out var nameE, out var valueS, out var valueE))
        {
            if (valueS < 0 || valueE <= valueS)
            {
                continue;
            }

            var attribute = src.AsSpan(nameS, nameE - nameS);
            if (meta)
            {
                if (attribute.Equals("content", StringComparison.OrdinalIgnoreCase))
                {
                    (contentStart, contentEnd) = (valueS, valueE);
                }
                else if (attribute.Equals("name", StringComparison.OrdinalIgnoreCase) || attribute.Equals("property", StringComparison.OrdinalIgnoreCase))
                {
                    readableMeta |= IsReadableMeta(src.AsSpan(valueS, valueE - valueS).Trim());
                }
            }
            else if (IsReadable(attribute))
            {
                TextExtractor.AppendAttributeValue(src, valueS, valueE, buffer);
            }
        }

        if (meta && readableMeta && contentStart >= 0)
        {
            TextExtractor.AppendAttributeValue(src, contentStart, contentEnd, buffer);
        }
    }

    private static bool IsReadable(ReadOnlySpan<char> name) =>
        name.Equals("alt", StringComparison.OrdinalIgnoreCase) || name.Equals("title", StringComparison.OrdinalIgnoreCase)
        || name.Equals("aria-label", StringComparison.OrdinalIgnoreCase) || name.Equals("aria-description", StringComparison.OrdinalIgnoreCase)
        || name.Equals("placeholder", StringComparison.OrdinalIgnoreCase);

    private static bool IsReadableMeta(ReadOnlySpan<char> value) =>
        value.Equals("description", StringComparison.OrdinalIgnoreCase) || value.Equals("subject", StringComparison.OrdinalIgnoreCase)
        || value.Equals("og:title", StringComparison.OrdinalIgnoreCase) || value.Equals("og:description", StringComparison.OrdinalIgnoreCase)
        || value.Equals("twitter:title", StringComparison.OrdinalIgnoreCase) || value.Equals("twitter:description", StringComparison.OrdinalIgnoreCase);

    /// <summary>The next attribute in <c>src[k..end)</c>: its name, and its value without quotes (-1 when it has none).</summary>
    private static bool Next(string src, ref int k, int end, out int nameStart, out int nameEnd, out int valueStart, out int valueEnd)
    {
        nameStart = nameEnd = valueStart = valueEnd = -1;
        while (k < end)
        {
            var c = src[k];
            if (char.IsWhiteSpace(c) || c is '/' or '=' or '"' or '\'')
            {
                k++;
                continue;
            }

            if (TemplateSyntax.CanStart(c) && TemplateSyntax.Match(src, k, out var templateEnd, null) != TemplateSyntax.Kind.None && templateEnd <= end)
            {
                k = templateEnd; // A placeholder among the attributes ({{#if x}}checked{{/if}}) is not an attribute.
                continue;
            }

            nameStart = k;
            while (k < end && !char.IsWhiteSpace(src[k]) && src[k] is not ('=' or '/' or '"' or '\''))
            {
                k++;
            }

            nameEnd = k;
            var v = k;
            while (v < end && char.IsWhiteSpace(src[v]))
            {
                v++;
            }

            if (v < end && src[v] == '=')
            {
                v++;
                while (v < end && char.IsWhiteSpace(src[v]))
                {
                    v++;
                }

                var quote = v < end && src[v] is '"' or '\'' ? src[v] : '\0';
                valueStart = quote == '\0' ? v : v + 1;
                var j = valueStart;
                while (j < end && (quote == '\0' ? !char.IsWhiteSpace(src[j]) : src[j] != quote))
                {
                    if (TemplateSyntax.CanStart(src[j]) && TemplateSyntax.Match(src, j, out var e, null) != TemplateSyntax.Kind.None && e <= end)
                    {
                        j = e;
                        continue;
                    }

                    j++;
                }

                valueEnd = Math.Min(j, end);
                k = quote == '\0' ? valueEnd : Math.Min(valueEnd + 1, end);
            }

            return true;
        }

        return false;
    }
}
