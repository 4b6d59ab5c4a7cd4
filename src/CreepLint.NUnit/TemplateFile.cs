namespace CreepLint.NUnit;

/// <summary>A template read from disk, ready to lint; its <see cref="ToString"/> is the name a test case shows.</summary>
public sealed class TemplateFile
{
    internal TemplateFile(string path, string name, string text)
    {
        Path = path;
        Name = name;
        Text = text;
    }

    /// <summary>The full path of the file.</summary>
    public string Path { get; }

    /// <summary>The path relative to the folder it was found in, with <c>/</c> separators.</summary>
    public string Name { get; }

    /// <summary>The file's text.</summary>
    public string Text { get; }

    /// <summary>As <c>creeplint lint</c> reads the file: HTML for <c>.html</c>/<c>.htm</c> (only visible text is linted),
    /// plain text for <c>.txt</c>, otherwise detected.</summary>
    public TextFormat Format => LintRequest.FormatOf(Path);

    /// <summary>Reads one template file; <see cref="Name"/> is its file name.</summary>
    public static TemplateFile Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = System.IO.Path.GetFullPath(path);
        return new TemplateFile(full, System.IO.Path.GetFileName(full), File.ReadAllText(full));
    }

    /// <summary>The request that lints this template as a message.</summary>
    public LintRequest ToRequest() => new(Text, MessageKind.Message, Format) { Id = Name };

    /// <inheritdoc/>
    public override string ToString() => Name;
}
