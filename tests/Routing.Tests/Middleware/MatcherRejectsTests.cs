using System.Text.Json;

namespace Nextfunc.Routing.Tests.Middleware;

/// <summary>Every matcher that next@15.3.4 refuses at build time (rows with matcher + error) must fail to compile here.</summary>
[Trait("Category", "InProcess")]
public sealed class MatcherRejectsTests
{
    public static TheoryData<ConformanceCase> Rows()
    {
        var data = new TheoryData<ConformanceCase>();
        foreach (var (file, index, row) in ConformanceFiles.RejectRows())
        {
            var raw = row.GetProperty("matcher").GetRawText();
            data.Add(new ConformanceCase(file, index, file + "[" + index + "] " + (raw.Length > 40 ? raw[..40] + "…" : raw)));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Reject_fails_compilation_with_a_clear_message(ConformanceCase row)
    {
        var json = ConformanceFiles.Row(row.File, row.Index);
        var matcher = json.GetProperty("matcher");

        var error = TestRequests.TryCompile(JsonTree.From(matcher), out _);

        Assert.NotNull(error);
        if (JsonTree.FirstSource(matcher) is { } source)
            Assert.Contains(source, error);

        // Where Next names a path-to-regexp reason, ours must be the same words.
        var nextError = json.GetProperty("error").GetString()!;
        var start = nextError.IndexOf("Invalid source '", StringComparison.Ordinal);
        if (start >= 0 && !nextError.Contains("Invalid regular expression", StringComparison.Ordinal))
        {
            var end = nextError.IndexOf(" at \"matcher", start, StringComparison.Ordinal);
            Assert.Contains(end < 0 ? nextError[start..] : nextError[start..end], error);
        }
        else if (nextError.Contains("Invalid regular expression", StringComparison.Ordinal))
        {
            Assert.Contains("Invalid regular expression", error);
        }
        else if (nextError.Contains("exceeds max built length of 4096", StringComparison.Ordinal))
        {
            Assert.Contains("exceeds max built length of 4096", error);
        }
    }
}
