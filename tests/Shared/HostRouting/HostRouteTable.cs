using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Nextfunc.Tests.Shared.HostRouting;

/// <summary>
/// The host's function route table: functions in case-insensitive name order, tried in that order; the first
/// whose route and methods match wins (no specificity sorting: host #9876, #6062). No match is the host's own
/// 404, and so is a method a function does not list (host #10098, #11625: HEAD is not implied by GET).
/// Built from a custom-handler layout's function.json folders (<see cref="Load"/>) or from any list of
/// functions, e.g. an isolated worker's metadata (<see cref="InHostOrder"/>).
/// </summary>
/// <example><c>HostRouteTable.Load("out/sample-functions").Match("GET", "/api/users/me")?.Name</c></example>
public sealed class HostRouteTable(IReadOnlyList<HostFunction> functions)
{
    /// <summary>The functions in the order the host tries them.</summary>
    public IReadOnlyList<HostFunction> Functions { get; } = functions;

    /// <summary>Sorts <paramref name="functions"/> the way the host does before it tries them.</summary>
    public static HostRouteTable InHostOrder(IEnumerable<HostFunction> functions) =>
        new(functions.OrderBy(f => f.Name, StringComparer.OrdinalIgnoreCase).ToList());

    /// <summary>
    /// Reads every <c>*/function.json</c> of a custom-handler layout and its host.json route prefix. Loading
    /// applies the host's rules for a function that proxies to a custom handler (one httpTrigger in, one http
    /// out) and throws on anything else, as that would not reach the handler the same way.
    /// </summary>
    public static HostRouteTable Load(string layoutDirectory)
    {
        var routePrefix = HostRoutePrefix.Read(layoutDirectory);
        var functions = new List<HostFunction>();
        foreach (var folder in Directory.EnumerateDirectories(layoutDirectory).Where(d => File.Exists(Path.Combine(d, "function.json"))))
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
                (string?)trigger["authLevel"] ?? "function", routePrefix));
        }
        return InHostOrder(functions);
    }

    /// <summary>The function the host invokes for the request, or null (the host's own 404).</summary>
    public HostFunction? Match(string method, PathString path) => Match(method, path, out _);

    /// <summary>Like <see cref="Match(string, PathString)"/>, with the winning function's route values.</summary>
    public HostFunction? Match(string method, PathString path, out RouteValueDictionary routeValues)
    {
        foreach (var function in Functions)
        {
            if (function.TryMatch(method, path, out routeValues))
                return function;
        }
        routeValues = [];
        return null;
    }
}
