using System.Text.Json;
using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Matching;
using Nextfunc.Routing.Web;

namespace Nextfunc.Routing.Tests.Middleware;

/// <summary>
/// Differential tests against next@15.3.4: one case per row of every corpus file in conformance/matcher/.
/// </summary>
[Trait("Category", "InProcess")]
public sealed class MatcherCorpusTests
{
    public static TheoryData<ConformanceCase> Rows()
    {
        var data = new TheoryData<ConformanceCase>();
        foreach (var (file, index, row) in ConformanceFiles.CorpusRows())
            data.Add(new ConformanceCase(file, index, row.GetProperty("id").GetString() ?? file + "[" + index + "]"));
        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Row_agrees_with_next(ConformanceCase row)
    {
        var json = ConformanceFiles.Row(row.File, row.Index);
        var request = json.GetProperty("request");
        var path = request.GetProperty("path").GetString()!;
        var query = request.TryGetProperty("query", out var q) ? q.GetString() : null;
        var expected = json.GetProperty("matches").GetBoolean();
        var outcome = json.GetProperty("outcome").GetString();
        var matcher = JsonTree.From(json.GetProperty("matcher"));

        switch (outcome)
        {
            case "ran-raw":
            case "ran-decoded":
            case "no-match":
                Assert.Null(SlashRedirect.GetLocation(path, query));
                var actual = TestRequests.Matcher(matcher, ConformanceFiles.BuildId(row.File)).Matches(TestRequests.FromRow(json));
                Assert.Equal(expected, actual);
                break;

            case "redirect-308":
                // The redirect answers first, so the middleware does not run for this request.
                Assert.Equal(json.GetProperty("redirectTo").GetString(), SlashRedirect.GetLocation(path, query));
                Assert.False(expected);
                break;

            case "http-400":
                // Raw non-ASCII bytes in the request line: Node answers 400 before Next runs. Our Kestrel
                // host rejects such a request line itself, so the request never reaches SlashRedirect or the
                // matcher and the middleware does not run. What the test can check: the row really is that
                // transport case, and the oracle agrees the middleware did not run.
                Assert.Contains(path, ch => ch > 0x7F);
                Assert.False(expected);
                break;

            case "error":
                // Next fails such requests with 500 (an invalid has/missing value regex); we refuse the config at build.
                Assert.NotNull(TestRequests.TryCompile(matcher, out _));
                break;

            default:
                Assert.Fail("Unknown outcome '" + outcome + "' in " + row.File + "; teach this test what it means.");
                break;
        }
    }
}
