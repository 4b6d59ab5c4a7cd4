using System.Globalization;
using System.Text;

namespace CreepLint.NUnit;

/// <summary>A small line diff (longest common subsequence) for approval failures: <c>-</c> approved, <c>+</c> received.</summary>
internal static class TextDiff
{
    // The LCS table is lines² ints; past this many lines per side only the first difference is shown.
    private const int MaxLines = 4000;
    private const int Context = 2;

    public static string Unified(string approved, string received)
    {
        var a = approved.Split('\n');
        var b = received.Split('\n');
        var sb = new StringBuilder("--- approved").AppendLine().Append("+++ received");
        if (a.Length > MaxLines || b.Length > MaxLines)
        {
            var i = 0;
            while (i < a.Length && i < b.Length && a[i] == b[i])
            {
                i++;
            }

            sb.AppendLine().Append(CultureInfo.InvariantCulture, $"@@ first difference at line {i + 1} (files too long for a full diff)");
            sb.AppendLine().Append("- ").Append(i < a.Length ? a[i] : "<end of file>");
            sb.AppendLine().Append("+ ").Append(i < b.Length ? b[i] : "<end of file>");
            return sb.ToString();
        }

        var ops = Edits(a, b);
        var shown = new bool[ops.Count];
        for (var k = 0; k < ops.Count; k++)
        {
            if (ops[k].Kind != ' ')
            {
                for (var m = Math.Max(0, k - Context); m <= Math.Min(ops.Count - 1, k + Context); m++)
                {
                    shown[m] = true;
                }
            }
        }

        for (var k = 0; k < ops.Count; k++)
        {
            if (!shown[k])
            {
                continue;
            }

            if (k == 0 || !shown[k - 1])
            {
                sb.AppendLine().Append(CultureInfo.InvariantCulture, $"@@ approved line {ops[k].ALine + 1}, received line {ops[k].BLine + 1}");
            }

            sb.AppendLine().Append(ops[k].Kind).Append(' ').Append(ops[k].Text);
        }

        return sb.ToString();
    }

    private static List<Edit> Edits(string[] a, string[] b)
    {
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var ops = new List<Edit>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                ops.Add(new Edit(' ', a[x], x++, y++));
            }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                ops.Add(new Edit('-', a[x], x++, y));
            }
            else
            {
                ops.Add(new Edit('+', b[y], x, y++));
            }
        }

        return ops;
    }

    private readonly record struct Edit(char Kind, string Text, int ALine, int BLine);
}
