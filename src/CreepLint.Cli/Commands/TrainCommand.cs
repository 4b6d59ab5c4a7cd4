using System.CommandLine;
using System.Globalization;
using CreepLint.Language;
using CreepLint.Model;
using CreepLint.Training;
using Spectre.Console;

namespace CreepLint.Cli.Commands;

/// <summary><c>creeplint train &lt;corpus.jsonl…&gt; -o model.clm</c>: trains a model on labelled messages and reports cross-validated figures.</summary>
internal static class TrainCommand
{
    public static Command Create(CliContext context)
    {
        var corpora = new Argument<string[]>("corpus")
        {
            Description = "Labelled JSONL files: one {\"text\": …, \"creepy\": true|false, \"kind\": …, \"category\": …} per line (see samples/corpus/README.md).",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--output", "-o") { Description = "Where to write the model (.clm).", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed for the cross-validation split; the same seed and corpus give a byte-identical model.", DefaultValueFactory = _ => new TrainingOptions().Seed }.WholeNumber(int.MinValue, int.MaxValue);
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds (2–20).", DefaultValueFactory = _ => new TrainingOptions().Folds }.WholeNumber(2, 20);
        var l2 = new Option<double>("--l2") { Description = "L2 regularisation strength (larger is smoother).", DefaultValueFactory = _ => new TrainingOptions().L2 }.Number(0, double.MaxValue, minExclusive: true);
        var rules = new Option<string[]>("--rules") { Description = "A directory of extra rule files to train alongside (their verdicts pick the threshold, their examples join the data); may be repeated." };
        var noDefaults = new Option<bool>("--no-default-rules") { Description = "Train alongside no embedded rule pack (only --rules, if any)." };
        var noRuleExamples = new Option<bool>("--no-rule-examples") { Description = "Train on the corpus alone, without the rules' own bad (creepy) and good (clean) examples." };
        var evaluate = new Option<string[]>("--eval") { Description = "Held-out labelled JSONL to report per category, rules alone against rules plus the new model." };
        var language = new Option<string>("--language")
        {
            Description = "The language the model is for (en, de, fr, es …; default en): every message is read with that language's rule pack, the file records it, and engines apply the model to messages in that language only. Items whose \"lang\" names another language are an error.",
            DefaultValueFactory = _ => LanguageTag.Default,
        };
        var threshold = new Option<double?>("--threshold")
        {
            Description = "Use this probability threshold (0.5 to 1) instead of choosing the lowest at which the cross-validated bars hold; the report gives the cross-validated figures at it.",
        }.Number(0.5, 1);
        var weight = new Option<string[]>("--weight")
        {
            Description = "FILE=W: messages of that corpus file count W times in the fit and in choosing the threshold (W > 0; default 1), so a small set of real text is not drowned by a large generated one; may be repeated.",
        };
        var command = new Command("train", "Train a learned model on labelled messages; exit 2 on a corpus or usage error.")
        {
            corpora, output, seed, folds, l2, rules, noDefaults, noRuleExamples, evaluate, weight, language, threshold,
        };
        command.SetAction(parse =>
        {
            var inputs = parse.GetValue(corpora)!;
            var target = parse.GetValue(output)!;
            var modelLanguage = LanguageTag.Normalise(parse.GetValue(language))
                ?? throw new UsageException($"--language '{parse.GetValue(language)}' is not a language code such as en, de, fr or es");
            var options = new TrainingOptions(parse.GetValue(seed), parse.GetValue(folds), parse.GetValue(l2)) { RuleExamples = !parse.GetValue(noRuleExamples), Language = modelLanguage, Threshold = parse.GetValue(threshold) };
            Validate(inputs, target, options);
            var ruleFiles = (parse.GetValue(rules) ?? []).Where(Directory.Exists).SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories));
            Outputs.OutputGuard.Check(target, inputs.Concat(parse.GetValue(evaluate) ?? []).Concat(ruleFiles), "the model");
            var builder = CreepLintEngine.CreateBuilder().WithoutDefaultRules().WithoutModel().AllowNoRules();
            if (!parse.GetValue(noDefaults))
            {
                builder.AddDefaultRules();
            }

            foreach (var dir in parse.GetValue(rules) ?? [])
            {
                builder.AddRulesFromDirectory(dir);
            }

            var engine = builder.Build();
            if (engine.Packs.For(modelLanguage) is null)
            {
                throw new UsageException($"no rule pack reads '{modelLanguage}' (packs: {string.Join(", ", engine.Languages)}); give --rules with a directory of rule files marked 'language: {modelLanguage}'");
            }

            var weights = Weights(parse.GetValue(weight) ?? [], inputs);
            var examples = ReadCorpus(inputs, context) is { } read ? TrainingCorpus.Weighted(read, weights) : null;
            if (examples is null || !SameLanguage(examples, modelLanguage, context))
            {
                return ExitCodes.UsageOrConfig;
            }

            var creepy = examples.Count(e => e.Creepy);
            if (creepy < options.Folds || examples.Count - creepy < options.Folds)
            {
                throw new UsageException($"the corpus has {creepy} creepy and {examples.Count - creepy} clean messages; training needs at least {options.Folds} of each (one per fold)");
            }

            var (model, report) = Train(engine, examples, options, context);
            Write(model, target);
            TrainReport.WriteSummary(context.Out, report, options, inputs, target);
            var held = parse.GetValue(evaluate) ?? [];
            if (held.Length > 0)
            {
                var heldOut = ReadCorpus(held, context);
                if (heldOut is null)
                {
                    return ExitCodes.UsageOrConfig;
                }

                var blended = CreepLintEngine.CreateBuilder().WithoutDefaultRules().AllowNoRules();
                if (!parse.GetValue(noDefaults))
                {
                    blended.AddDefaultRules();
                }

                foreach (var dir in parse.GetValue(rules) ?? [])
                {
                    blended.AddRulesFromDirectory(dir);
                }

                TrainReport.WriteEvaluation(context.Out, heldOut, engine, blended.UseModel(model).Build());
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void Validate(string[] inputs, string target, TrainingOptions options)
    {
        if (options.Folds is < 2 or > 20)
        {
            throw new UsageException($"--folds {options.Folds} is outside 2..20");
        }

        if (!(options.L2 > 0) || !double.IsFinite(options.L2))
        {
            throw new UsageException($"--l2 must be a positive number, not {options.L2.ToString(CultureInfo.InvariantCulture)}");
        }
    }

    /// <summary>The weights of <c>--weight FILE=W</c>, by full path; each FILE must be one of the corpus files.</summary>
    private static Dictionary<string, double> Weights(string[] specs, string[] inputs)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        var corpus = inputs.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        foreach (var spec in specs)
        {
            var eq = spec.LastIndexOf('=');
            if (eq <= 0 || !double.TryParse(spec.AsSpan(eq + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var w) || !(w > 0) || !double.IsFinite(w))
            {
                throw new UsageException($"--weight '{spec}' is not FILE=W with W a positive number (for example --weight real.jsonl=5)");
            }

            var file = Path.GetFullPath(spec[..eq]);
            if (!corpus.Contains(file))
            {
                throw new UsageException($"--weight names {spec[..eq]}, which is not one of the corpus files given to train");
            }

            result[file] = w;
        }

        return result;
    }

    /// <summary>Whether every item that names a language names the model's; the others are listed as errors (a model reads one language).</summary>
    private static bool SameLanguage(List<TrainingExample> examples, string language, CliContext context)
    {
        var other = examples.Where(e => e.Language is { } l && l != language).ToList();
        foreach (var e in other.Take(20))
        {
            context.Error.WriteLine($"{e.Source}:{e.Line}:1: the item is in '{e.Language}' (\"lang\"), but the model is trained for '{language}'; train one model per language with --language {e.Language}");
        }

        if (other.Count > 0)
        {
            context.Error.WriteLine($"creeplint: {other.Count} item{(other.Count == 1 ? " is" : "s are")} not in '{language}'; nothing was trained.");
        }

        return other.Count == 0;
    }

    private static List<TrainingExample>? ReadCorpus(string[] paths, CliContext context)
    {
        try
        {
            return TrainingCorpus.Read(paths);
        }
        catch (CorpusException ex)
        {
            foreach (var problem in ex.Problems)
            {
                context.Error.WriteLine(problem);
            }

            context.Error.WriteLine($"creeplint: {ex.Message}; nothing was trained.");
            return null;
        }
    }

    /// <summary>Trains with a progress bar on stderr when it is a terminal; silently otherwise (CI logs, tests).</summary>
    private static (LinearCreepModel, TrainingReport) Train(CreepLintEngine engine, List<TrainingExample> examples, TrainingOptions options, CliContext context)
    {
        if (!ReferenceEquals(context.Error, Console.Error) || Console.IsErrorRedirected)
        {
            return ModelTrainer.Train(engine, examples, options);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        (LinearCreepModel, TrainingReport) result = default;
        console.Progress().AutoClear(true).Start(ctx =>
        {
            var task = ctx.AddTask("training");
            var progress = new SynchronousProgress(step =>
            {
                task.MaxValue = step.Total;
                task.Value = step.Done;
                task.Description = step.Stage;
            });
            result = ModelTrainer.Train(engine, examples, options, progress);
        });
        return result;
    }

    private static void Write(LinearCreepModel model, string target)
    {
        try
        {
            Outputs.AtomicFile.Write(target, model.Save);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{target}: the model cannot be written: {ex.Message}");
        }
    }

    /// <summary>Reports on the calling thread (<see cref="Progress{T}"/> would post to the thread pool and arrive late).</summary>
    private sealed class SynchronousProgress(Action<TrainingStep> report) : IProgress<TrainingStep>
    {
        public void Report(TrainingStep value) => report(value);
    }
}
