using System.Text.Json.Nodes;

namespace Nextfunc.FunctionApp;

/// <summary>
/// One Azure function as the host sees it: a folder name, and in its <c>function.json</c> exactly one
/// <c>httpTrigger</c> in and one <c>http</c> out. Any other binding would switch the host from proxying
/// the request to the JSON invocation-payload protocol, which our Kestrel process does not speak.
/// </summary>
/// <example>
/// <code>
/// var f = new PlannedFunction("r112_api_users_id_GET", "api/users/{id}", ["get", "head"], "anonymous");
/// File.WriteAllText("function.json", f.ToFunctionJson().ToJsonString());
/// </code>
/// </example>
/// <param name="Name">The folder name; the host tries routes in case-insensitive order of these names.</param>
/// <param name="Route">The <c>route</c> (ASP.NET Core template, no leading slash; <c>/</c> for the root URL).</param>
/// <param name="Methods">Lower-case methods, or null for every method.</param>
/// <param name="AuthLevel"><c>anonymous</c>, <c>function</c> or <c>admin</c>.</param>
internal sealed record PlannedFunction(string Name, string Route, IReadOnlyList<string>? Methods, string AuthLevel)
{
    /// <summary>The <c>function.json</c> document.</summary>
    public JsonObject ToFunctionJson()
    {
        var trigger = new JsonObject
        {
            ["type"] = "httpTrigger",
            ["direction"] = "in",
            ["name"] = "req",
            ["authLevel"] = AuthLevel,
        };
        // No "methods" key means every method; an empty array would mean the same, but is less obvious.
        if (Methods is not null)
            trigger["methods"] = new JsonArray(Methods.Select(m => (JsonNode?)JsonValue.Create(m)).ToArray());
        trigger["route"] = Route;

        return new JsonObject
        {
            ["bindings"] = new JsonArray(
                trigger,
                new JsonObject { ["type"] = "http", ["direction"] = "out", ["name"] = "res" }),
        };
    }
}
