using System.Globalization;
using System.Text;
using System.Xml;
using CreepLint.Cli.Pipeline;

namespace CreepLint.Cli.Reporting;

/// <summary>JUnit XML for CI test tabs: a test suite per file, a test case per message, a failure for each message at the failing verdict.</summary>
internal sealed class JUnitReporter : IReporter
{
    private readonly XmlWriter _xml;
    private readonly ReportSettings _settings;

    // The suite element carries its counts, so a file's test cases wait until the file ends: only what each one prints is
    // kept (its name, and text for flagged messages), never the messages themselves, so a big JSONL file stays small.
    private readonly List<TestCase> _suite = [];
    private string? _suiteSource;
    private int _failures;

    public JUnitReporter(TextWriter output, ReportSettings settings)
    {
        _settings = settings;
        _xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, CloseOutput = false, Encoding = new UTF8Encoding(false) });
        _xml.WriteStartDocument();
        _xml.WriteStartElement("testsuites");
        _xml.WriteAttributeString("name", "creeplint");
    }

    public void Write(ReportedItem item)
    {
        if (_suite.Count > 0 && _suiteSource != item.Item.Source)
        {
            FlushSuite();
        }

        _suiteSource = item.Item.Source;
        var name = Clean(item.Item.Id ?? item.Item.Source);
        var active = item.Findings.IsEmpty ? [] : item.Findings.Where(f => !f.IsSuppressed).ToList();
        if (item.Verdict >= _settings.FailOn)
        {
            _failures++;
            _suite.Add(new TestCase(name, $"score {item.Score} ({item.Verdict.Id()}{TextReporter.LanguageNote(item)})", item.Verdict.Id(), Clean(Details(item.Item.Source, active))));
        }
        else if (active.Count > 0)
        {
            _suite.Add(new TestCase(name, null, null, Clean($"score {item.Score} ({item.Verdict.Id()}{TextReporter.LanguageNote(item)})\n{Details(item.Item.Source, active)}")));
        }
        else
        {
            _suite.Add(new TestCase(name, null, null, item.UnsupportedLanguage ? Clean($"not linted: language {item.Language} has no rule pack") : null));
        }
    }

    public void Dispose() => _xml.Dispose();

    public void End(RunSummary summary)
    {
        FlushSuite();
        if (summary.Problems.Count > 0)
        {
            _xml.WriteStartElement("testsuite");
            _xml.WriteAttributeString("name", "creeplint input problems");
            _xml.WriteAttributeString("tests", summary.Problems.Count.ToString(CultureInfo.InvariantCulture));
            _xml.WriteAttributeString("failures", summary.Problems.Count(p => p.Level == "error").ToString(CultureInfo.InvariantCulture));
            foreach (var p in summary.Problems)
            {
                _xml.WriteStartElement("testcase");
                _xml.WriteAttributeString("classname", Clean(p.Source));
                _xml.WriteAttributeString("name", Clean($"{p.Source}:{p.Line}:{p.Column} {p.Code}"));
                if (p.Level == "error")
                {
                    _xml.WriteStartElement("failure");
                    _xml.WriteAttributeString("message", Clean(p.Message));
                    _xml.WriteAttributeString("type", p.Code);
                    _xml.WriteEndElement();
                }
                else
                {
                    _xml.WriteElementString("system-out", Clean($"{p.Level}: {p.Message}"));
                }

                _xml.WriteEndElement();
            }

            _xml.WriteEndElement();
        }

        if (summary.Skipped.Count > 0)
        {
            // Files a walk left out, as skipped test cases: CI test tabs show them without failing the run.
            _xml.WriteStartElement("testsuite");
            _xml.WriteAttributeString("name", "creeplint skipped files");
            _xml.WriteAttributeString("tests", summary.Skipped.Count.ToString(CultureInfo.InvariantCulture));
            _xml.WriteAttributeString("skipped", summary.Skipped.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var line in summary.SkippedLines())
            {
                _xml.WriteStartElement("testcase");
                _xml.WriteAttributeString("classname", "creeplint skipped files");
                _xml.WriteAttributeString("name", Clean(line));
                _xml.WriteStartElement("skipped");
                _xml.WriteAttributeString("message", Clean(line));
                _xml.WriteEndElement();
                _xml.WriteEndElement();
            }

            _xml.WriteEndElement();
        }

        _xml.WriteEndElement();
        _xml.WriteEndDocument();
        _xml.Flush();
        _xml.Dispose();
    }

    /// <summary>Drops characters XML 1.0 cannot carry (control characters from broken inputs).</summary>
    internal static string Clean(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                sb.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                sb.Append(text[i]).Append(text[++i]);
            }
            else
            {
                sb.Append('\uFFFD');
            }
        }

        return sb.ToString();
    }

    private void FlushSuite()
    {
        if (_suite.Count == 0)
        {
            return;
        }

        var classname = Clean(_suiteSource!);
        _xml.WriteStartElement("testsuite");
        _xml.WriteAttributeString("name", classname);
        _xml.WriteAttributeString("tests", _suite.Count.ToString(CultureInfo.InvariantCulture));
        _xml.WriteAttributeString("failures", _failures.ToString(CultureInfo.InvariantCulture));
        _xml.WriteAttributeString("errors", "0");
        foreach (var test in _suite)
        {
            _xml.WriteStartElement("testcase");
            _xml.WriteAttributeString("classname", classname);
            _xml.WriteAttributeString("name", test.Name);
            if (test.FailureType is not null)
            {
                _xml.WriteStartElement("failure");
                _xml.WriteAttributeString("message", test.FailureMessage);
                _xml.WriteAttributeString("type", test.FailureType);
                _xml.WriteString(test.Text);
                _xml.WriteEndElement();
            }
            else if (test.Text is not null)
            {
                _xml.WriteElementString("system-out", test.Text);
            }

            _xml.WriteEndElement();
        }

        _xml.WriteEndElement();
        _suite.Clear();
        _failures = 0;
    }

    private string Details(string source, List<ReportedFinding> findings) =>
        string.Join('\n', findings.Select(f => $"{source}:{f.Line}:{f.Column}: {f.Finding.Severity.Id()} {f.Finding.RuleId} [{f.Finding.Category.ToId()}] score {f.Finding.Score}: {_settings.Redactor.Apply(f.Finding.Message)}"));

    /// <summary>One test case as it will be written: a failure (message, type and details), passed with output, or passed.</summary>
    private readonly record struct TestCase(string Name, string? FailureMessage, string? FailureType, string? Text);
}
