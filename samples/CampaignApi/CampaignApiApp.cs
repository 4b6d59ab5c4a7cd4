using System.Text.Json.Serialization;
using CreepLint;
using CreepLint.DependencyInjection;

namespace CampaignApi;

/// <summary>A message the campaign service is about to send.</summary>
/// <param name="Id">The campaign or message id (logged; the text never is).</param>
/// <param name="Text">The rendered message, or its template.</param>
/// <param name="Channel">Where it is shown; SMS and push have stricter thresholds in .creeplint.yaml.</param>
public sealed record MessageToCheck(string Id, string Text, MessageChannel Channel = MessageChannel.Unspecified);

/// <summary>What the service answers: send it, or hold it with the reasons.</summary>
public sealed record CheckAnswer(string Id, string Verdict, int Score, bool MaySend, IReadOnlyList<string> Findings);

/// <summary>The service: <c>POST /messages/check</c> lints a message with the engine CI uses.</summary>
public static class CampaignApiApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddCreepLint(builder.Configuration.GetSection(CreepLintOptions.SectionName));
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));

        var app = builder.Build();
        app.MapPost("/messages/check", async (MessageToCheck message, ICreepLintGate gate, CancellationToken cancellationToken) =>
        {
            var result = await gate.CheckAsync(new LintRequest(message.Text) { Id = message.Id, Channel = message.Channel }, cancellationToken);
            var findings = result.Findings.Select(f => $"{f.RuleId} {f.Category.ToId()} {f.Score}: {f.Suggestion}").ToList();
            return new CheckAnswer(message.Id, result.Verdict.ToString().ToLowerInvariant(), result.Score, result.Verdict != Verdict.Fail, findings);
        });
        return app;
    }
}
