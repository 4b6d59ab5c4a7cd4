using System.Net.Http.Json;
using CampaignApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CreepLint.DependencyInjection.Tests;

/// <summary>The DI sample runs: it starts on loopback, checks messages with the engine its .creeplint.yaml describes, and answers.</summary>
public sealed class SampleApiTests
{
    [Test]
    public async Task The_sample_service_answers_with_the_verdicts_of_its_creeplint_yaml()
    {
        await using var app = CampaignApiApp.Build(["--urls", "http://127.0.0.1:0", "--contentRoot", AppContext.BaseDirectory]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        const string creepy = "Hi {{ first_name }}, your baby is due {{ predicted_due_date }}!";
        var answer = await (await client.PostAsJsonAsync("/messages/check", new { id = "baby-club", text = creepy, channel = "Sms" })).Content.ReadFromJsonAsync<CheckAnswer>();
        var clean = await (await client.PostAsJsonAsync("/messages/check", new { id = "spring", text = "Our spring sale starts Friday." })).Content.ReadFromJsonAsync<CheckAnswer>();
        var expected = CreepLintEngine.FromConfiguration(AppContext.BaseDirectory).Lint(new LintRequest(creepy) { Channel = MessageChannel.Sms });
        await app.StopAsync();
        Assert.Multiple(() =>
        {
            Assert.That((answer!.Verdict, answer.Score, answer.MaySend), Is.EqualTo((expected.Verdict.ToString().ToLowerInvariant(), expected.Score, false)));
            Assert.That(answer.Findings, Has.Some.StartsWith("CL9"), "the sensitive field is flagged");
            Assert.That((clean!.Verdict, clean.MaySend), Is.EqualTo(("pass", true)));
        });
    }
}
