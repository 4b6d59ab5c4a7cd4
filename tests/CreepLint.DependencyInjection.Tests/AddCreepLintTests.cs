using System.Collections.Concurrent;
using CreepLint.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CreepLint.DependencyInjection.Tests;

/// <summary><c>AddCreepLint</c>: one engine from configuration, checked at start-up, logged without message text.</summary>
public sealed class AddCreepLintTests
{
    private const string Creepy = "Congratulations! You're expecting, so here's 20% off our nursery range.";

    [Test]
    public void A_section_with_creeplint_yaml_keys_builds_the_engine_that_file_builds()
    {
        var dir = Directory.CreateTempSubdirectory("creeplint-di-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, ".creeplint.yaml"), "thresholds: { warn: 30, fail: 60 }\nchannels:\n  sms: { warn: 20, fail: 50 }\ndisable: [CL5001]\nseverity:\n  behavioral-detail: info\nfields:\n  \"predicted_*\": inferred\n");
            using var provider = Provider(new Dictionary<string, string?>
            {
                ["CreepLint:Thresholds:Warn"] = "30",
                ["CreepLint:Thresholds:Fail"] = "60",
                ["CreepLint:Channels:Sms:Warn"] = "20",
                ["CreepLint:Channels:Sms:Fail"] = "50",
                ["CreepLint:Disable:0"] = "CL5001",
                ["CreepLint:Severity:behavioral-detail"] = "info",
                ["CreepLint:Fields:predicted_*"] = "inferred",
            });
            var engine = provider.GetRequiredService<CreepLintEngine>();
            var fromFile = CreepLintEngine.FromConfiguration(dir);
            Assert.Multiple(() =>
            {
                Assert.That(engine, Is.SameAs(provider.GetRequiredService<ICreepLintGate>().Engine), "one engine");
                Assert.That(engine.Thresholds, Is.EqualTo(fromFile.Thresholds));
                Assert.That(engine.ThresholdsFor(MessageChannel.Sms), Is.EqualTo(new Thresholds(20, 50)));
                Assert.That(engine.Rules.Select(r => (r.Id, r.Severity)), Is.EqualTo(fromFile.Rules.Select(r => (r.Id, r.Severity))));
                var template = "Your due date: {{ predicted_due_date }}";
                Assert.That(Shape(engine.Lint(template)), Is.EqualTo(Shape(fromFile.Lint(template))));
            });
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void An_empty_section_gives_the_default_engine() =>
        Assert.That(Provider([]).GetRequiredService<CreepLintEngine>(), Is.SameAs(CreepLintEngine.Default));

    [Test]
    public void A_bad_value_stops_start_up_naming_its_configuration_path()
    {
        using var provider = Provider(new Dictionary<string, string?> { ["CreepLint:Thresholds:Warn"] = "80", ["CreepLint:Thresholds:Fail"] = "60", ["CreepLint:Disable:0"] = "behavioural-detail" });
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.That(ex!.Message, Does.Contain("CreepLint:Thresholds:").And.Contain("CL0105: 'thresholds': warn (80) must not be above fail (60)"));
    }

    [Test]
    public void A_misspelt_rule_stops_start_up_with_the_nearest_name()
    {
        using var provider = Provider(new Dictionary<string, string?> { ["CreepLint:Disable:0"] = "behavioural-detail" });
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.That(ex!.Message, Does.Contain("CreepLint:Disable:0: CL0109: no rule or category is called 'behavioural-detail'; did you mean 'behavioral-detail'?"));
    }

    [Test]
    public void A_file_and_settings_in_the_section_are_one_source_too_many()
    {
        using var provider = Provider(new Dictionary<string, string?> { ["CreepLint:ConfigurationFile"] = ".creeplint.yaml", ["CreepLint:Thresholds:Warn"] = "20" });
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.That(ex!.Message, Does.Contain("must not also set Thresholds"));
    }

    [Test]
    public async Task The_gate_logs_the_engine_once_and_verdicts_by_id_never_the_text()
    {
        var logs = new ConcurrentQueue<string>();
        using var provider = Provider([], logs);
        var gate = provider.GetRequiredService<ICreepLintGate>();
        var one = await gate.CheckAsync(new LintRequest(Creepy) { Id = "baby-club/ana", Channel = MessageChannel.Sms });
        var all = await gate.CheckAllAsync([new LintRequest("Our spring sale starts Friday.") { Id = "spring" }, new LintRequest(Creepy) { Id = "baby-club/ben" }]);
        Assert.Multiple(() =>
        {
            Assert.That(Shape(one), Is.EqualTo(Shape(CreepLintEngine.Default.Lint(new LintRequest(Creepy) { Id = "baby-club/ana", Channel = MessageChannel.Sms }))));
            Assert.That(all.Select(r => r.Id), Is.EqualTo(new[] { "spring", "baby-club/ben" }));
            Assert.That(logs.Count(l => l.Contains("CreepLint engine built from the defaults", StringComparison.Ordinal)), Is.EqualTo(1));
            Assert.That(logs, Has.Some.Contains("Message baby-club/ana (Sms): Fail, score"));
            Assert.That(logs, Has.Some.Contains("Message spring (Unspecified): pass"));
            Assert.That(logs, Has.None.Contains("expecting").And.None.Contains("spring sale"), "message text is never logged");
        });
    }

    [Test]
    public void A_cancelled_check_throws_before_linting()
    {
        using var provider = Provider([]);
        var gate = provider.GetRequiredService<ICreepLintGate>();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Multiple(() =>
        {
            Assert.That(async () => await gate.CheckAsync(new LintRequest(Creepy), cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
            Assert.That(async () => await gate.CheckAllAsync([new LintRequest(Creepy)], cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
        });
    }

    private static (string? Id, int Score, Verdict Verdict, string Findings) Shape(LintResult r) =>
        (r.Id, r.Score, r.Verdict, string.Join(", ", r.Findings.Select(f => $"{f.RuleId}@{f.Offset}:{f.Score}")));

    private static ServiceProvider Provider(Dictionary<string, string?> settings, ConcurrentQueue<string>? logs = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Debug).AddProvider(new ListLoggerProvider(logs ?? new ConcurrentQueue<string>())));
        services.AddCreepLint(configuration.GetSection(CreepLintOptions.SectionName));
        return services.BuildServiceProvider();
    }

    private sealed class ListLoggerProvider(ConcurrentQueue<string> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(logs);

        public void Dispose()
        {
        }
    }

    private sealed class ListLogger(ConcurrentQueue<string> logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Enqueue(formatter(state, exception));
    }
}
