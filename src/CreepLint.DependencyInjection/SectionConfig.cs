using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CreepLint.Configuration;
using Microsoft.Extensions.Configuration;

namespace CreepLint.DependencyInjection;

/// <summary>
/// Reads a configuration section as the library reads <c>.creeplint.yaml</c>: the section is written out as the YAML it
/// stands for and handed to the library's own reader, so keys, defaults, checks and messages are the file's. Problems
/// are reported by configuration path (<c>CreepLint:thresholds:warn</c>) instead of a line of that YAML.
/// </summary>
internal static partial class SectionConfig
{
    /// <summary>The section's key for <see cref="CreepLintOptions.ConfigurationFile"/>.</summary>
    public const string FileKey = "ConfigurationFile";

    [GeneratedRegex(@"^[A-Za-z0-9_][A-Za-z0-9_.\-/]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainScalar();

    /// <summary>The engine a section describes (its <see cref="FileKey"/> left out), built as from the file it stands for.</summary>
    /// <exception cref="ConfigurationLoadException">The section has problems; each names its configuration path.</exception>
    public static CreepLintEngine Build(IConfiguration section)
    {
        var yaml = new StringBuilder();
        var paths = new List<string> { string.Empty };
        var sectionPath = section is IConfigurationSection s ? s.Path : CreepLintOptions.SectionName;
        foreach (var child in section.GetChildren().Where(c => !string.Equals(c.Key, FileKey, StringComparison.OrdinalIgnoreCase)))
        {
            var key = Kebab(child.Key);
            Write(child, key, 0, key is "thresholds" or "channels", yaml, paths);
        }

        try
        {
            // Relative rule directories resolve against the app's base directory, as every other library path does.
            return ConfiguredEngine.Build(ConfigReader.Parse(yaml.ToString(), Path.Combine(AppContext.BaseDirectory, "appsettings"), sectionPath));
        }
        catch (ConfigurationLoadException ex)
        {
            throw new ConfigurationLoadException([.. ex.Diagnostics.Select(d => d.File != sectionPath ? d : d with
            {
                File = d.Line >= 1 && d.Line < paths.Count ? paths[d.Line] : sectionPath,
                Line = 1,
                Column = 1,
            })]);
        }
    }

    /// <summary>Writes one node; <paramref name="lowerKeys"/> says whether the keys below name settings (<c>warn</c>,
    /// <c>fail</c>, <c>sms</c>) and are written in the file's lower case. Rule ids, rule names and field globs are kept as
    /// given (they are matched without regard to case). Each line's configuration path goes into <paramref name="paths"/>.</summary>
    private static void Write(IConfigurationSection node, string key, int indent, bool lowerKeys, StringBuilder yaml, List<string> paths)
    {
        var children = node.GetChildren().ToList();
        var pad = new string(' ', indent);
        if (children.Count == 0)
        {
            Line(yaml, paths, node.Path, $"{pad}{Scalar(key)}: {(node.Value is null ? "null" : Scalar(node.Value))}");
            return;
        }

        if (children.All(c => int.TryParse(c.Key, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            Line(yaml, paths, node.Path, $"{pad}{Scalar(key)}:");
            foreach (var item in children.OrderBy(c => int.Parse(c.Key, CultureInfo.InvariantCulture)))
            {
                Line(yaml, paths, item.Path, $"{pad}  - {(item.Value is null ? "null" : Scalar(item.Value))}");
            }

            return;
        }

        Line(yaml, paths, node.Path, $"{pad}{Scalar(key)}:");
        foreach (var child in children)
        {
            Write(child, lowerKeys ? child.Key.ToLowerInvariant() : child.Key, indent + 2, lowerKeys, yaml, paths);
        }
    }

    private static void Line(StringBuilder yaml, List<string> paths, string path, string text)
    {
        yaml.Append(text).Append('\n');
        paths.Add(path);
    }

    /// <summary>A scalar as YAML: plain when it reads the same plain, else a JSON string (valid YAML double-quoted).</summary>
    private static string Scalar(string value) => PlainScalar().IsMatch(value) ? value : JsonSerializer.Serialize(value);

    /// <summary><c>DefaultRules</c> as <c>default-rules</c>: .NET-style keys map onto the file's kebab-case ones.</summary>
    internal static string Kebab(string key)
    {
        var sb = new StringBuilder(key.Length + 4);
        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            if (char.IsUpper(c) && i > 0 && char.IsLower(key[i - 1]))
            {
                sb.Append('-');
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    /// <summary>The problems as lines for an options validation failure.</summary>
    public static IEnumerable<string> Describe(ImmutableArray<RuleDiagnostic> diagnostics) =>
        diagnostics.Select(d => d.Line == 1 && d.Column == 1 && !File.Exists(d.File) ? $"{d.File}: {d.Code}: {d.Message}" : d.ToString());
}
