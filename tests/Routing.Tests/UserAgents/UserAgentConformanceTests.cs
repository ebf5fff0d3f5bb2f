using System.Text.Json;
using System.Text.Json.Nodes;
using Nextfunc.Routing.UserAgents;

namespace Nextfunc.Routing.Tests.UserAgents;

/// <summary>
/// Differential tests against next@15.3.4's <c>userAgent(request)</c>: every case of
/// tests/conformance/user-agent-cases.json (recorded from the oracle by record.py) parses the request's
/// User-Agent header and must serialise to the recorded body, member for member and in the same order.
/// </summary>
[Trait("Category", "InProcess")]
public sealed class UserAgentConformanceTests
{
    private static readonly Lazy<Dictionary<string, JsonNode>> Cases = new(Load);

    public static TheoryData<string> CaseIds() => new(Cases.Value.Keys);

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Case_agrees_with_next(string id)
    {
        var recorded = Cases.Value[id];
        var header = (string?)recorded["request"]?["headers"]?["user-agent"];
        var expected = recorded["expect"]!["body"]!["json"]!;

        var parsed = UserAgent.Parse(header);

        var generated = JsonNode.Parse(JsonSerializer.Serialize(parsed, UserAgent.JsonTypeInfo))!;
        Assert.True(JsonNode.DeepEquals(expected, generated), $"expected {expected.ToJsonString()}\n     got {generated.ToJsonString()}");
        Assert.Equal(Keys(expected), Keys(generated));

        // Plain System.Text.Json web defaults (reflection) give the same shape.
        var web = JsonNode.Parse(JsonSerializer.Serialize(parsed, JsonSerializerOptions.Web))!;
        Assert.True(JsonNode.DeepEquals(expected, web), $"web defaults: {web.ToJsonString()}");
    }

    // Every object's member names in order, depth first: JsonNode.DeepEquals ignores order, Next.js's output has one.
    private static List<string> Keys(JsonNode node)
    {
        var keys = new List<string>();
        void Walk(JsonNode? n, string path)
        {
            if (n is not JsonObject o)
                return;
            foreach (var (name, value) in o)
            {
                keys.Add(path + name);
                Walk(value, path + name + ".");
            }
        }
        Walk(node, "");
        return keys;
    }

    private static Dictionary<string, JsonNode> Load()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "conformance", "user-agent-cases.json");
        var cases = JsonNode.Parse(File.ReadAllText(file))!["cases"]!.AsArray();
        if (cases.Count == 0)
            throw new InvalidOperationException(file + " has no cases; re-record it with tests/conformance/record.py.");
        return cases.ToDictionary(c => (string)c!["id"]!, c => c!);
    }
}
