using System.Text;
using System.Text.Json;

namespace CreepLint.Editors.Tests;

/// <summary>
/// Neovim (the distribution's package) runs headless with its built-in LSP client configured for <c>creeplint lsp</c>
/// (Neovim/e2e.lua): the test reads back the diagnostics Neovim itself holds (<c>vim.diagnostic.get()</c>), the buffer
/// after the server's code action was applied, and the hover.
/// </summary>
public sealed class NeovimTests
{
    [Test]
    public void Neovim_receives_the_diagnostics_applies_the_suppression_and_sees_them_clear()
    {
        Tools.Require("nvim", "neovim");
        var work = Tools.NewFolder();
        const string line = "<p>🎉 We noticed you like rakes.</p>";
        File.WriteAllText(Path.Combine(work, "welcome.html"), $"<p>Hi!</p>\n{line}\n");
        // Rules alone: this test is about the editor and the server, and with the model on, a model sure of the line would
        // speak on its own once the rule's finding is suppressed (docs/model.md, "Blending").
        File.WriteAllText(Path.Combine(work, ".creeplint.yaml"), "model: false\n");
        var output = Path.Combine(work, "result.json");
        var script = Path.Combine(AppContext.BaseDirectory, "Neovim", "e2e.lua");
        var run = Tools.Run("nvim", ["--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", $"luafile {script}"], work, TimeSpan.FromMinutes(3),
            new Dictionary<string, string> { ["CREEPLINT_CMD"] = Tools.CreeplintCommand(work), ["FILE"] = "welcome.html", ["OUT"] = output });
        Assert.That(File.Exists(output), Is.True, $"Neovim wrote no result (exit {run.ExitCode}):\n{run.Out}\n{run.Error}");
        using var result = JsonDocument.Parse(File.ReadAllText(output));
        var root = result.RootElement;
        Assert.That(root.TryGetProperty("error", out var error) ? error.GetString() : null, Is.Null, root.ToString());

        var diagnostic = root.GetProperty("diagnostics")[0];
        var byteColumn = Encoding.UTF8.GetByteCount(line[..line.IndexOf("We", StringComparison.Ordinal)]);
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("diagnostics").GetArrayLength(), Is.EqualTo(1));
            Assert.That(diagnostic.GetProperty("code").GetString(), Is.EqualTo("CL5001"));
            Assert.That(diagnostic.GetProperty("source").GetString(), Is.EqualTo("creeplint"));
            Assert.That(diagnostic.GetProperty("severity").GetInt32(), Is.EqualTo(2), "vim.diagnostic.severity.WARN");
            Assert.That((diagnostic.GetProperty("lnum").GetInt32(), diagnostic.GetProperty("col").GetInt32(), diagnostic.GetProperty("end_col").GetInt32()),
                Is.EqualTo((1, byteColumn, byteColumn + "We noticed".Length)), "Neovim turned the server's UTF-16 columns into the right byte columns");
            Assert.That(root.GetProperty("titles").EnumerateArray().Select(t => t.GetString()),
                Is.EqualTo(new[] { "Suppress CL5001 on this line (creeplint-disable-next-line)", "Explain CL5001 sender-as-observer" }));
            Assert.That(root.GetProperty("lines").EnumerateArray().Select(l => l.GetString()), Is.EqualTo(new[]
            {
                "<p>Hi!</p>",
                "<!-- creeplint-disable-next-line CL5001 -- <reason: why this is acceptable> -->",
                line,
            }));
            Assert.That(root.GetProperty("after").GetArrayLength(), Is.Zero, "the suppression silenced the finding in Neovim too");
            Assert.That(root.GetProperty("hover").GetProperty("contents").GetProperty("value").GetString(), Does.StartWith("**CL5001 sender-as-observer**").And.Contain("**Why.**"));
        });
    }
}
