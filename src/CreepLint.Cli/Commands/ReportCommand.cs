using System.CommandLine;
using CreepLint.Cli.Reporting;
using CreepLint.Cli.Reporting.Review;

namespace CreepLint.Cli.Commands;

/// <summary>
/// <c>creeplint report results.json -o report.html</c>: draws the report page from a saved JSON report (written with
/// <c>lint --format json --include-text</c>), so CI lints once and publishes the page as an artifact.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("results") { Description = "A JSON report written by 'creeplint lint --format json --include-text'." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the page to this file instead of standard output (written whole, or not at all)." };
        var redact = new Option<bool>("--redact")
        {
            Description = "Mask names, e-mail addresses, phone and card-like numbers and placeholder values in the page. Values of 'personal-fields' " +
                "can only be masked when linting: lint with --redact for a page that must not show them.",
        };
        var command = new Command("report",
            "Draw the HTML review page (one self-contained file: summary, filters, every message with its findings highlighted) from a saved JSON report.")
        {
            input,
            output,
            redact,
        };
        command.SetAction(parse =>
        {
            var source = Path.GetFullPath(parse.GetValue(input)!, context.WorkingDirectory);
            if (!File.Exists(source))
            {
                throw new UsageException($"no such file: '{parse.GetValue(input)}'");
            }

            var outputPath = parse.GetValue(output) is { } o ? Path.GetFullPath(o, context.WorkingDirectory) : null;
            if (outputPath is not null)
            {
                Outputs.OutputGuard.Check(outputPath, [source], "the page");
            }

            var report = ReviewReader.Read(source, parse.GetValue(input)!, new Redactor(parse.GetValue(redact)));
            report.Redacted |= parse.GetValue(redact);
            var omitted = Math.Max(0, report.Messages.Count - HtmlReporter.MaxMessages);
            if (omitted > 0)
            {
                report.Messages.RemoveRange(HtmlReporter.MaxMessages, omitted);
            }

            using var target = ReportOutput.Open(context.Out, outputPath);
            HtmlPage.Write(target.Writer, report, omitted);
            target.Commit();
            if (outputPath is not null)
            {
                context.Error.WriteLine($"creeplint: wrote the report page to {parse.GetValue(output)}: {report.Messages.Count:N0} messages");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
