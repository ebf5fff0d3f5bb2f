using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Serverless.FunctionApp.Tests.Harness;

/// <summary>
/// The host's function route table, read from a Function App folder: every subfolder with a function.json,
/// in case-insensitive name order, tried in that order; the first match wins (no specificity sorting).
/// Loading applies the host's rules for a function that proxies to a custom handler (one httpTrigger in,
/// one http out) and throws on anything else, as that would not reach our process the same way.
/// </summary>
/// <example><c>HostRouteTable.Load("out/sample-functions").Match("GET", "/api/users/me")?.Name</c></example>
public sealed class HostRouteTable(IReadOnlyList<HostFunction> functions)
{
    /// <summary>The functions in the order the host tries them.</summary>
    public IReadOnlyList<HostFunction> Functions { get; } = functions;

    /// <summary>Reads every <c>*/function.json</c> of <paramref name="layoutDirectory"/>.</summary>
    public static HostRouteTable Load(string layoutDirectory)
    {
        var functions = new List<HostFunction>();
        var folders = Directory.EnumerateDirectories(layoutDirectory)
            .Where(d => File.Exists(Path.Combine(d, "function.json")))
            .OrderBy(d => Path.GetFileName(d), StringComparer.OrdinalIgnoreCase);
        foreach (var folder in folders)
        {
            var name = Path.GetFileName(folder);
            var json = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "function.json")))!;
            var bindings = json["bindings"]!.AsArray();
            var triggers = bindings.Where(b => (string?)b!["type"] == "httpTrigger").ToList();
            var outs = bindings.Where(b => (string?)b!["type"] == "http" && (string?)b!["direction"] == "out").ToList();
            if (bindings.Count != 2 || triggers.Count != 1 || outs.Count != 1 || (string?)triggers[0]!["direction"] != "in")
                throw new InvalidOperationException($"{name}/function.json must have exactly one httpTrigger in and one http out; with anything else the host stops proxying to the handler.");
            var trigger = triggers[0]!;
            var methods = trigger["methods"]?.AsArray().Select(m => (string)m!).ToList();
            functions.Add(HostFunction.Create(name, (string?)trigger["route"] ?? "", methods is { Count: > 0 } ? methods : null,
                (string?)trigger["authLevel"] ?? "function"));
        }
        return new HostRouteTable(functions);
    }

    /// <summary>The function the host invokes for the request, or null (the host's own 404).</summary>
    public HostFunction? Match(string method, PathString path) => Functions.FirstOrDefault(f => f.Matches(method, path));
}
