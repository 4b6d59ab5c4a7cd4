using System.IO.Compression;
using System.Text.Json;

namespace CreepLint.Editors.Tests;

/// <summary>
/// samples/vscode-creeplint: installed from the npm registry with its lock file, packed with @vscode/vsce into a .vsix,
/// and the packed extension checked headlessly: it holds its client, its manifest starts it, its server options run
/// <c>creeplint lsp</c>, and the packed JSON-RPC layer gets diagnostics from the server. VS Code itself is not run
/// (it is not packaged for this machine's distribution).
/// </summary>
public sealed class VsCodeExtensionTests
{
    [Test]
    public void The_extension_packs_to_a_vsix_whose_client_gets_diagnostics_from_creeplint_lsp()
    {
        Tools.Require("npm", "npm");
        var work = Tools.NewFolder();
        var source = Path.Combine(Tools.RepoRoot(), "samples", "vscode-creeplint");
        var extension = Path.Combine(work, "vscode-creeplint");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("node_modules", StringComparison.Ordinal) || relative.EndsWith(".vsix", StringComparison.Ordinal))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(extension, relative))!);
            File.Copy(file, Path.Combine(extension, relative));
        }

        var install = Tools.Run("npm", ["ci", "--omit=optional", "--no-audit", "--no-fund", "--ignore-scripts"], extension, TimeSpan.FromMinutes(10));
        Assert.That(install.ExitCode, Is.Zero, $"npm ci failed:\n{install.Out}\n{install.Error}");
        var pack = Tools.Run("npx", ["--no-install", "vsce", "package", "-o", "creeplint.vsix"], extension, TimeSpan.FromMinutes(5));
        Assert.That(pack.ExitCode, Is.Zero, $"vsce package failed:\n{pack.Out}\n{pack.Error}");

        var vsix = Path.Combine(extension, "creeplint.vsix");
        var unpacked = Path.Combine(work, "unpacked");
        ZipFile.ExtractToDirectory(vsix, unpacked);
        var root = Path.Combine(unpacked, "extension");
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "package.json")));
        var main = manifest.RootElement.GetProperty("main").GetString()!;
        using var client = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "node_modules", "vscode-languageclient", "package.json")));
        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(Path.Combine(unpacked, "extension.vsixmanifest")), Does.Contain("Id=\"creeplint\"").And.Contain("Publisher=\"creeplint\""));
            Assert.That(File.ReadAllText(Path.Combine(root, main)), Does.Contain("require('vscode-languageclient/node')"), "the manifest's entry point starts the language client");
            Assert.That(client.RootElement.GetProperty("version").GetString(), Is.EqualTo("9.0.1"), "the client is packed with the extension");
            Assert.That(File.Exists(Path.Combine(root, "node_modules", "vscode-jsonrpc", "node.js")), Is.True);
            Assert.That(Directory.Exists(Path.Combine(root, "test")), Is.False, "tests stay out of the package");
        });

        // The packed server options, started with the '--stdio' the client adds, over the packed vscode-jsonrpc.
        var template = Path.Combine(work, "welcome.html");
        File.WriteAllText(template, "<p>Hi!</p>\n<p>🎉 We noticed you like rakes.</p>\n");
        var smoke = Tools.Run("node", [Path.Combine(source, "test", "smoke.js"), root, Tools.CreeplintCommand(work), template], work, TimeSpan.FromMinutes(2));
        Assert.That(smoke.ExitCode, Is.Zero, $"{smoke.Out}\n{smoke.Error}");
        using var seen = JsonDocument.Parse(smoke.Out);
        var diagnostic = seen.RootElement.GetProperty("diagnostics")[0];
        Assert.Multiple(() =>
        {
            Assert.That(seen.RootElement.GetProperty("options").GetProperty("args").EnumerateArray().Select(a => a.GetString()), Is.EqualTo(new[] { "lsp" }));
            Assert.That(seen.RootElement.GetProperty("selector")[0].GetProperty("pattern").GetString(), Does.Contain("html").And.Contain("liquid").And.Contain("hbs").And.Contain("po"));
            Assert.That(seen.RootElement.GetProperty("exitCode").GetInt32(), Is.Zero, "shutdown then exit");
            Assert.That(diagnostic.GetProperty("code").GetString(), Is.EqualTo("CL5001"));
            Assert.That(diagnostic.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32(), Is.EqualTo(6), "after '<p>🎉 ': 6 UTF-16 code units");
        });
    }
}
