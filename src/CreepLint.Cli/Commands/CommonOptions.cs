using System.CommandLine;

namespace CreepLint.Cli.Commands;

/// <summary>Options shared by the commands that load configuration and rules, declared once so help reads the same everywhere.</summary>
internal sealed class CommonOptions
{
    public Option<string?> Config { get; } = new("--config", "-c")
    {
        Description = "Use this configuration file instead of the .creeplint.yaml found by walking up from the first path.",
    };

    public Option<bool> NoConfig { get; } = new("--no-config") { Description = "Ignore any .creeplint.yaml; use defaults and command-line options only." };

    public Option<string[]> Rules { get; } = new("--rules")
    {
        Description = "A directory of extra rule files (*.yaml); may be repeated. Added to 'rules:' from the configuration.",
    };

    public Option<bool> NoDefaultRules { get; } = new("--no-default-rules") { Description = "Leave the embedded default rule pack out (use with --rules)." };

    public Option<string?> Model { get; } = new("--model")
    {
        Description = "A model file (.clm) written by 'creeplint train', blended with the rules instead of the built-in model.",
    };

    public Option<bool> NoModel { get; } = new("--no-model") { Description = "Rules only: do not blend a learned model (same as 'model: false')." };

    public IEnumerable<Option> All => [Config, NoConfig, Rules, NoDefaultRules, Model, NoModel];
}

/// <summary>Options that choose and read inputs.</summary>
internal sealed class InputOptions
{
    public Argument<string[]> Paths { get; } = new("paths")
    {
        Description = "Files or directories to lint, or - for standard input (default: the current directory). Directories are walked " +
            "for every format docs/cli.md lists (plain text, Markdown, HTML, MJML, Liquid/Handlebars, Jinja/Nunjucks/Twig, Mustache, ERB, Razor, Go templates, " +
            "JSONL, CSV, YAML/JSON message catalogs, Android/iOS/gettext/.resx/i18next/.arb localisation files), honouring .gitignore, include/exclude globs " +
            "and the default excludes (README, CONTRIBUTING, docs/ …); what a walk skips is counted in the summary.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string> Kind { get; } = CreateKind();

    public InputOptions()
    {
        // Paths take any number of values, so a mistyped option would otherwise be read as a file name.
        Paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.StartsWith('-') && token.Value != "-")
                {
                    result.AddError($"Unrecognized option '{token.Value}'.");
                }
            }
        });
    }

    public Option<string[]> Include { get; } = new("--include") { Description = "Only lint files matching this glob (relative to the configuration root); may be repeated. Adds to 'include:'." };

    public Option<string[]> Exclude { get; } = new("--exclude") { Description = "Skip files matching this glob (relative to the configuration root); may be repeated. Adds to 'exclude:'." };

    public Option<bool> NoDefaultExcludes { get; } = new("--no-default-excludes")
    {
        Description = "Also walk repository docs (README, CONTRIBUTING, CHANGELOG, LICENSE, docs/ …), which directory walks leave out by default (same as 'default-excludes: false').",
    };

    public Option<string?> PathBase { get; } = new("--path-base")
    {
        Description = "Report paths relative to this directory (SARIF %SRCROOT%, GitHub annotations, every format). Default: the directory of the .creeplint.yaml found, else the working directory.",
    };

    public Option<string?> TextColumn { get; } = new("--text-column") { Description = "CSV column holding the rationale text (default: the first of rationale, text, message, body)." };

    public Option<string?> IdColumn { get; } = new("--id-column") { Description = "CSV column holding the offer id (default: id, when present)." };

    public Option<int> Threads { get; } = CreateThreads();

    public Option<string?> Language { get; } = new("--language")
    {
        Description = "Lint every message without its own 'lang' as this language (en, de, fr, es …), or auto (the default) to identify each " +
            "message's language from its text. Same as 'language:' in the configuration, which it overrides.",
    };

    public Option<bool> FailOnUnsupportedLanguage { get; } = new("--fail-on-unsupported-language")
    {
        Description = "Make a message in a language no rule pack reads an error that fails the run (exit 2), rather than a note " +
            "(same as 'fail-on-unsupported-language: true').",
    };

    public IEnumerable<Symbol> All => [Paths, Kind, Include, Exclude, NoDefaultExcludes, PathBase, TextColumn, IdColumn, Threads, Language, FailOnUnsupportedLanguage];

    private static Option<int> CreateThreads()
    {
        var threads = new Option<int>("--threads", "-j")
        {
            Description = "Threads that parse and lint (default: one per core). 1 reads, lints and reports on one thread; the report is the same either way.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        return threads.WholeNumber(1, OptionValues.MaxThreads);
    }

    private static Option<string> CreateKind()
    {
        var kind = new Option<string>("--kind")
        {
            Description = "Lint whole-file inputs (.txt, .md, .html, templates, stdin) as 'message' (default) or 'rationale'. Catalog, CSV and JSONL items carry their own kind.",
            DefaultValueFactory = _ => "message",
        };
        kind.OneOf("message", "rationale");
        return kind;
    }
}
