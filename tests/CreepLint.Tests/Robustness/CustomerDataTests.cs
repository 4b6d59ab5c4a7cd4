using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace CreepLint.Tests.Robustness;

/// <summary>
/// Customer text stays on the machine: building an engine and linting opens no network connection, and the library
/// contains no code that writes files, opens sockets or starts processes. Each detector is first shown to fire on
/// code that does the forbidden thing, so a pass means something.
/// </summary>
public sealed class CustomerDataTests
{
    [Test]
    public void The_network_detector_sees_a_loopback_connection()
    {
        var events = NetworkMonitor.Record(() =>
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, ((IPEndPoint)listener.LocalEndpoint).Port);
            Dns.GetHostAddresses("localhost");
        });
        Assert.That(events, Has.Some.StartsWith("System.Net.Sockets/Connect"), string.Join(", ", events));
    }

    [Test]
    public void Building_and_linting_make_no_network_connection()
    {
        var directory = WriteRuleDirectory();
        try
        {
            var events = NetworkMonitor.Record(() =>
            {
                var engine = CreepLintEngine.CreateBuilder().WithoutModel().AddDefaultRules().AddRulesFromDirectory(directory.FullName).Build();
                engine.Lint("<p>Congratulations, you're pregnant! <a href=\"https://example.com/{{ predicted_due_date }}\">Shop</a> &#112;</p><img src=\"http://example.com/x.png\">");
                engine.LintBatch([new LintRequest("We noticed you like rakes."), new LintRequest("Hello", MessageKind.Rationale, TextFormat.Html)]);
                CreepLinter.Lint("Our model predicts you are 87% likely to churn.");
            });
            Assert.That(events, Is.Empty, "network activity while building or linting");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Test]
    public void Loading_rules_leaves_the_rule_files_unchanged()
    {
        var directory = WriteRuleDirectory();
        try
        {
            var file = directory.GetFiles().Single();
            var (bytes, written) = (File.ReadAllBytes(file.FullName), file.LastWriteTimeUtc);
            CreepLintEngine.CreateBuilder().WithoutDefaultRules().WithoutModel().AddRulesFromDirectory(directory.FullName).Build().Lint("We noticed you.");
            file.Refresh();
            Assert.Multiple(() =>
            {
                Assert.That(File.ReadAllBytes(file.FullName), Is.EqualTo(bytes));
                Assert.That(file.LastWriteTimeUtc, Is.EqualTo(written));
                Assert.That(directory.GetFileSystemInfos("*", SearchOption.AllDirectories), Has.Length.EqualTo(1), "nothing new next to the rules");
            });
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Test]
    public void The_static_scan_finds_file_writes_in_code_that_writes_files()
    {
        // This test assembly writes temporary rule files (File.WriteAllText) and opens sockets (TcpClient) above.
        var findings = ForbiddenApiScan.Scan(typeof(CustomerDataTests).Assembly.Location);
        Assert.That(findings, Has.Some.Contains("System.IO.File::WriteAllText").And.Some.Contains("System.Net.Sockets"));
    }

    [Test]
    public void The_library_references_no_api_that_writes_files_opens_sockets_or_starts_processes()
    {
        var findings = ForbiddenApiScan.Scan(typeof(CreepLintEngine).Assembly.Location);
        Assert.That(findings, Is.Empty);
    }

    private static DirectoryInfo WriteRuleDirectory()
    {
        var directory = Directory.CreateTempSubdirectory("creeplint-rules-");
        File.WriteAllText(Path.Combine(directory.FullName, "custom.yaml"), """
            rules:
              - id: XX001
                name: custom-rule
                category: surveillance-language
                severity: warning
                confidence: 60
                message: "Watches: '{match}'."
                why: "Readers feel watched."
                suggestion: "Lead with the benefit."
                phrases: [we spotted]
            """);
        return directory;
    }
}

/// <summary>
/// Records network activity from .NET's own telemetry: TCP connects and accepts (System.Net.Sockets), DNS lookups
/// (System.Net.NameResolution), HTTP requests (System.Net.Http) and TLS handshakes (System.Net.Security), on any thread.
/// </summary>
internal sealed class NetworkMonitor : EventListener
{
    private static readonly string[] Sources = ["System.Net.Sockets", "System.Net.NameResolution", "System.Net.Http", "System.Net.Security"];

    private readonly ConcurrentQueue<string> _events = new();
    private volatile bool _recording;

    public static List<string> Record(Action action)
    {
        using var monitor = new NetworkMonitor();
        monitor._recording = true;
        action();
        monitor._recording = false;
        return [.. monitor._events];
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (Array.IndexOf(Sources, eventSource.Name) >= 0)
        {
            EnableEvents(eventSource, EventLevel.Verbose, EventKeywords.All);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        // Counters and other periodic payloads carry no activity; starts of connections, lookups and requests do.
        if (_recording && eventData.EventName is { } name && (name.Contains("Start", StringComparison.Ordinal) || name.Contains("Failed", StringComparison.Ordinal)))
        {
            _events?.Enqueue($"{eventData.EventSource.Name}/{name}");
        }
    }
}

/// <summary>
/// Scans an assembly's metadata (System.Reflection.Metadata) for references to APIs that write files, use the network,
/// start processes or call native code. It sees every call our IL can make directly; it cannot see into dependencies.
/// </summary>
internal static class ForbiddenApiScan
{
    private static readonly Dictionary<string, string[]> s_allowedMembers = new(StringComparer.Ordinal)
    {
        ["System.IO.File"] = ["ReadAllText", "ReadAllBytes", "ReadAllLines", "ReadLines", "Exists", "OpenRead", "OpenText"],
        ["System.IO.FileInfo"] = [".ctor", "get_Exists", "get_Length", "get_FullName", "get_Name", "get_Extension", "OpenRead", "OpenText"],
        ["System.IO.FileSystemInfo"] = ["get_Exists", "get_FullName", "get_Name", "get_Extension", "get_Attributes", "Refresh"],
        ["System.IO.Directory"] = ["Exists", "EnumerateFiles", "GetFiles", "EnumerateDirectories", "GetDirectories", "EnumerateFileSystemEntries"],
    };

    private static readonly string[] s_forbiddenTypes =
    [
        // BinaryWriter is not here: it only writes to the stream it is handed (the library serialises models into memory);
        // opening a file to write needs FileStream, StreamWriter or a File method outside the allow-list, all caught.
        "System.IO.FileStream", "System.IO.StreamWriter", "System.Diagnostics.Process",
    ];

    private static readonly string[] s_forbiddenNamespaces = ["System.Net", "System.IO.IsolatedStorage", "System.IO.MemoryMappedFiles", "System.IO.Pipes"];

    public static List<string> Scan(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();
        var findings = new List<string>();
        foreach (var handle in md.TypeReferences)
        {
            var name = TypeName(md, handle);
            if (Array.Exists(s_forbiddenNamespaces, ns => name.StartsWith(ns + ".", StringComparison.Ordinal)) || Array.IndexOf(s_forbiddenTypes, name) >= 0)
            {
                findings.Add($"type {name}");
            }
        }

        foreach (var handle in md.MemberReferences)
        {
            var member = md.GetMemberReference(handle);
            if (member.Parent.Kind != HandleKind.TypeReference)
            {
                continue;
            }

            var type = TypeName(md, (TypeReferenceHandle)member.Parent);
            var name = md.GetString(member.Name);
            if (s_allowedMembers.TryGetValue(type, out var allowed) && Array.IndexOf(allowed, name) < 0)
            {
                findings.Add($"call {type}::{name}");
            }
        }

        foreach (var handle in md.MethodDefinitions)
        {
            var method = md.GetMethodDefinition(handle);
            if ((method.Attributes & MethodAttributes.PinvokeImpl) != 0)
            {
                findings.Add($"native method {md.GetString(method.Name)}");
            }
        }

        return findings;
    }

    private static string TypeName(MetadataReader md, TypeReferenceHandle handle)
    {
        var type = md.GetTypeReference(handle);
        var ns = md.GetString(type.Namespace);
        if (ns.Length == 0 && type.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            return TypeName(md, (TypeReferenceHandle)type.ResolutionScope) + "+" + md.GetString(type.Name);
        }

        return ns + "." + md.GetString(type.Name);
    }
}
