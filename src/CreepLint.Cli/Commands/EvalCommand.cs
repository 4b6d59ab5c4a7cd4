using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CreepLint.Cli.Inputs;
using CreepLint.Training.Evaluation;

namespace CreepLint.Cli.Commands;

/// <summary><c>creeplint eval &lt;corpus.jsonl…&gt;</c>: measures the rules on a labelled corpus (precision, recall, F1, category hit rate).</summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var corpora = new Argument<string[]>("corpus")
        {
            Description = "Labelled corpus files: JSON Lines of {\"id\",\"text\",\"kind\",\"creepy\",\"category\"?} (see samples/corpus/README.md).",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text or json.",
            DefaultValueFactory = _ => "text",
        };
        format.OneOf("text", "json");
        var common = new CommonOptions();
        var failUnder = new Option<double?>("--fail-under-f1") { Description = "Exit 1 when the overall F1 is below this value (0 to 1)." }.Number(0, 1);

        var command = new Command("eval", "Measure the engine lint uses (rules, model and configuration) on a labelled corpus: precision, recall, F1 overall and per category, category hit rate, and every error.")
        {
            corpora, format, failUnder,
        };
        foreach (var option in common.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var floor = parse.GetValue(failUnder);
            if (floor is { } f && (f < 0 || f > 1 || double.IsNaN(f)))
            {
                throw new UsageException($"--fail-under-f1 must be between 0 and 1, not {f.ToString(CultureInfo.InvariantCulture)}");
            }

            var config = RunSetup.LoadConfig(parse, common, null, context);
            var (engines, _) = RunSetup.BuildEngines(config);
            var problems = new List<CorpusProblem>();
            var items = new List<LabelledItem>();
            var itemEngines = new List<CreepLintEngine>();
            foreach (var path in parse.GetValue(corpora)!)
            {
                var full = Path.GetFullPath(path, context.WorkingDirectory);
                if (!File.Exists(full))
                {
                    problems.Add(new CorpusProblem(path, 1, 1, "no such corpus file; give the path of a .jsonl file"));
                    continue;
                }

                // The engine lint uses for this file: the configuration's settings, its overrides for the path and their thresholds.
                var engine = engines.For(SourceFile.Create(config, full, FileWalker.DisplayPath(full, context.WorkingDirectory)), channel: null);
                var loaded = LabelledCorpus.Load(full, problems, path);
                items.AddRange(loaded);
                itemEngines.AddRange(Enumerable.Repeat(engine, loaded.Count));
            }

            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    context.Error.WriteLine(problem.ToString());
                }

                throw new UsageException($"the corpus has {problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}; fix them so the figures can be trusted (nothing was evaluated)");
            }

            if (items.Count == 0)
            {
                throw new UsageException("the corpus is empty; give at least one labelled line");
            }

            var results = new LintResult[items.Count];
            Parallel.For(0, items.Count, i => results[i] = itemEngines[i].Lint(new LintRequest(items[i].Text, items[i].Kind) { Language = engines.LanguageFor(items[i].Language) }));
            var report = CorpusEvaluator.Evaluate(engines.Default.Thresholds, items, results);
            if (parse.GetValue(format) == "json")
            {
                WriteJson(report, floor, context.Out);
            }
            else
            {
                WriteText(report, floor, context.Out);
            }

            return floor is { } min && report.Overall.F1 < min ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The engine exactly as <c>lint</c> builds it from the same options.</summary>
    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static void WriteText(EvaluationReport report, double? floor, TextWriter output)
    {
        var o = report.Overall;
        var clean = report.Items.Length - report.CreepyItems;
        output.WriteLine($"creeplint eval: {report.Items.Length} items ({report.CreepyItems} creepy, {clean} clean), warn at {report.Thresholds.WarnAt}, fail at {report.Thresholds.FailAt}");
        output.WriteLine($"definition: {EvaluationReport.Definition}");
        output.WriteLine();
        output.WriteLine($"overall: precision {F(o.Precision)}  recall {F(o.Recall)}  F1 {F(o.F1)}  category hit rate {F(report.HitRate)} ({report.Hits}/{report.CreepyItems})");
        output.WriteLine($"confusion: TP {o.TruePositives}  FP {o.FalsePositives}  FN {o.FalseNegatives}  TN {o.TrueNegatives}");
        output.WriteLine();
        output.WriteLine($"{"category",-22} {"items",5} {"TP",4} {"FN",4} {"FP",4} {"precision",9} {"recall",7} {"F1",6} {"hit rate",8}");
        foreach (var c in report.Categories)
        {
            var x = c.Confusion;
            output.WriteLine($"{c.Category.ToId(),-22} {c.Items,5} {x.TruePositives,4} {x.FalseNegatives,4} {x.FalsePositives,4} {F(x.Precision),9} {F(x.Recall),7} {F(x.F1),6} {F(c.HitRate),8}");
        }

        WriteCategoryConfusion(report, output);
        WriteLanguages(LanguageBreakdown.Of(report), output);
        WriteItems(output, "false positives (clean, flagged)", report.FalsePositives);
        WriteItems(output, "false negatives (creepy, not flagged)", report.FalseNegatives);
        WriteItems(output, "category misses (creepy and flagged, but no finding of the labelled category)", report.CategoryMisses);
        if (floor is { } min)
        {
            output.WriteLine();
            output.WriteLine(o.F1 < min ? $"F1 {F(o.F1)} is below the floor {F(min)}." : $"F1 {F(o.F1)} meets the floor {F(min)}.");
        }
    }

    /// <summary>Per language (labelled <c>lang</c>, else as linted): the overall figures and how many labelled items were identified as their language.</summary>
    private static void WriteLanguages(IReadOnlyList<LanguageBreakdown> languages, TextWriter output)
    {
        if (!LanguageBreakdown.Worth(languages))
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("per language (labelled 'lang', else as linted; identified = labelled items linted as their language):");
        output.WriteLine($"{"language",-10} {"items",5} {"creepy",6} {"TP",4} {"FN",4} {"FP",4} {"precision",9} {"recall",7} {"F1",6} {"identified",12}");
        foreach (var l in languages)
        {
            var x = l.Report.Overall;
            var identified = l.Labelled == 0 ? "-" : $"{l.Identified}/{l.Labelled}";
            output.WriteLine($"{l.Language,-10} {l.Report.Items.Length,5} {l.Report.CreepyItems,6} {x.TruePositives,4} {x.FalseNegatives,4} {x.FalsePositives,4} {F(x.Precision),9} {F(x.Recall),7} {F(x.F1),6} {identified,12}");
        }
    }

    /// <summary>Rows: the labelled category (or clean); columns: the category of the strongest finding of flagged items, or "pass".</summary>
    private static void WriteCategoryConfusion(EvaluationReport report, TextWriter output)
    {
        var categories = CreepCategories.All;
        var columns = categories.Length + 1;
        var rows = categories.Length + 1;
        var counts = new int[rows, columns];
        foreach (var e in report.Items)
        {
            var row = e.Item.Category is { } c ? (int)c : categories.Length;
            var column = e.Predicted && e.PredictedCategory is { } p ? (int)p : categories.Length;
            counts[row, column]++;
        }

        output.WriteLine();
        output.WriteLine("category confusion (rows: label; columns: category of the strongest finding of flagged items, '-' = not flagged):");
        var header = new StringBuilder($"{"",-22}");
        for (var j = 0; j < columns; j++)
        {
            header.Append(CultureInfo.InvariantCulture, $" {(j < categories.Length ? Abbreviation(categories[j]) : "-"),5}");
        }

        output.WriteLine(header.ToString());
        for (var i = 0; i < rows; i++)
        {
            var line = new StringBuilder($"{(i < categories.Length ? categories[i].ToId() : "clean"),-22}");
            for (var j = 0; j < columns; j++)
            {
                line.Append(CultureInfo.InvariantCulture, $" {counts[i, j],5}");
            }

            output.WriteLine(line.ToString());
        }
    }

    /// <summary>A short column label: the initials of the category id ("sensitive-prediction" → "SP").</summary>
    private static string Abbreviation(CreepCategory category) =>
        string.Concat(category.ToId().Split('-').Select(w => char.ToUpperInvariant(w[0])));

    private static void WriteItems(TextWriter output, string title, IEnumerable<EvaluatedItem> items)
    {
        var list = items.ToList();
        output.WriteLine();
        output.WriteLine($"{title}: {list.Count}");
        foreach (var e in list)
        {
            var label = e.Item.Category is { } c ? c.ToId() : "clean";
            output.WriteLine($"  {e.Item.Source}:{e.Item.Line} {e.Item.Id} [{label}] score {e.Result.Score} {e.Result.Verdict.ToString().ToLowerInvariant()}");
            output.WriteLine($"    text: {OneLine(e.Item.Text)}");
            foreach (var f in e.Result.Findings)
            {
                output.WriteLine($"    {f.RuleId} [{f.Category.ToId()}] {f.Score} '{f.Excerpt}'");
            }
        }
    }

    private static string OneLine(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            sb.Append(ch is '\r' or '\n' or '\t' ? ' ' : ch);
        }

        return sb.ToString();
    }

    private static void WriteJson(EvaluationReport report, double? floor, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("definition", EvaluationReport.Definition);
            json.WriteStartObject("thresholds");
            json.WriteNumber("warn", report.Thresholds.WarnAt);
            json.WriteNumber("fail", report.Thresholds.FailAt);
            json.WriteEndObject();
            json.WriteNumber("items", report.Items.Length);
            json.WriteNumber("creepy", report.CreepyItems);
            json.WriteStartObject("overall");
            WriteConfusion(json, report.Overall);
            json.WriteNumber("hits", report.Hits);
            json.WriteNumber("hitRate", report.HitRate);
            json.WriteEndObject();
            json.WriteStartArray("categories");
            foreach (var c in report.Categories)
            {
                json.WriteStartObject();
                json.WriteString("category", c.Category.ToId());
                json.WriteNumber("items", c.Items);
                WriteConfusion(json, c.Confusion);
                json.WriteNumber("hits", c.Hits);
                json.WriteNumber("hitRate", c.HitRate);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("languages");
            foreach (var l in LanguageBreakdown.Of(report))
            {
                json.WriteStartObject();
                json.WriteString("language", l.Language);
                json.WriteNumber("items", l.Report.Items.Length);
                json.WriteNumber("creepy", l.Report.CreepyItems);
                WriteConfusion(json, l.Report.Overall);
                json.WriteNumber("labelled", l.Labelled);
                json.WriteNumber("identified", l.Identified);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("categoryConfusion");
            foreach (var group in report.Items.GroupBy(e => e.Item.Category is { } c ? c.ToId() : "clean").OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("label", group.Key);
                json.WriteStartObject("predicted");
                foreach (var cell in group.GroupBy(e => e.Predicted && e.PredictedCategory is { } p ? p.ToId() : "none").OrderBy(g => g.Key, StringComparer.Ordinal))
                {
                    json.WriteNumber(cell.Key, cell.Count());
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteItemsJson(json, "falsePositives", report.FalsePositives);
            WriteItemsJson(json, "falseNegatives", report.FalseNegatives);
            WriteItemsJson(json, "categoryMisses", report.CategoryMisses);
            if (floor is { } min)
            {
                json.WriteNumber("failUnderF1", min);
                json.WriteBoolean("passed", report.Overall.F1 >= min);
            }

            json.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(stream.ToArray()));
        output.WriteLine();
    }

    private static void WriteConfusion(Utf8JsonWriter json, Confusion c)
    {
        json.WriteNumber("truePositives", c.TruePositives);
        json.WriteNumber("falsePositives", c.FalsePositives);
        json.WriteNumber("falseNegatives", c.FalseNegatives);
        json.WriteNumber("trueNegatives", c.TrueNegatives);
        json.WriteNumber("precision", c.Precision);
        json.WriteNumber("recall", c.Recall);
        json.WriteNumber("f1", c.F1);
    }

    private static void WriteItemsJson(Utf8JsonWriter json, string name, IEnumerable<EvaluatedItem> items)
    {
        json.WriteStartArray(name);
        foreach (var e in items)
        {
            json.WriteStartObject();
            json.WriteString("source", e.Item.Source);
            json.WriteNumber("line", e.Item.Line);
            json.WriteString("id", e.Item.Id);
            json.WriteString("kind", e.Item.Kind == MessageKind.Rationale ? "rationale" : "message");
            json.WriteString("text", e.Item.Text);
            if (e.Item.Category is { } c)
            {
                json.WriteString("category", c.ToId());
            }

            json.WriteNumber("score", e.Result.Score);
            json.WriteString("verdict", e.Result.Verdict.ToString().ToLowerInvariant());
            json.WriteStartArray("findings");
            foreach (var f in e.Result.Findings)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", f.RuleId);
                json.WriteString("category", f.Category.ToId());
                json.WriteNumber("score", f.Score);
                json.WriteString("excerpt", f.Excerpt);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
