using System.Collections.Concurrent;
using System.Text;

namespace Nextfunc.FunctionApp.Tests.Hostile;

/// <summary>
/// The hostile request corpus for one app, generated from building blocks (bad escapes, traversal
/// patterns, methods, header shapes, bodies, Unicode, framework headers) crossed with the app's real
/// routes (<see cref="HostileTarget"/>). Deterministic: the same ids on every run.
/// </summary>
public static partial class HostileCorpus
{
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, HostileRequest>> Built = new();

    /// <summary>Every request for <paramref name="target"/>, by id.</summary>
    public static IReadOnlyDictionary<string, HostileRequest> For(HostileTarget target) => Built.GetOrAdd(target.Name, _ =>
    {
        var all = PercentEncoding(target).Concat(Traversal(target)).Concat(LongUris(target)).Concat(BigHeaders(target))
            .Concat(Methods(target)).Concat(Framing(target)).Concat(Bodies(target)).Concat(TruncatedBodies(target))
            .Concat(Unicode(target)).Concat(SpoofedHeaders(target)).Concat(DeliberateFailures(target));
        return all.Select((r, i) => r with
        {
            Id = $"{target.Name} {r.Category} #{i:0000}: {r.Summary}",
            ServerErrorAllowed = r.ServerErrorAllowed ?? AllowListed(target, r.Bytes),
        }).ToDictionary(r => r.Id);
    });

    /// <summary>The ids, as theory data.</summary>
    public static TheoryData<string> Ids(HostileTarget target)
    {
        var data = new TheoryData<string>();
        foreach (var id in For(target).Keys) data.Add(id);
        return data;
    }

    // Bad escapes: truncated, non-hex, overlong UTF-8, surrogate halves, NUL, invalid bytes, %u, double-encoded.
    private static readonly string[] BadEscapes =
        ["%", "%%", "%z", "%zz", "%f", "%2", "%g0", "%c0%af", "%C0%80", "%e0%80%af", "%ed%a0%80", "%f8%88%80%80%80", "%00", "%ff", "%fe%ff", "%u0041", "a%", "%%32%65"];

    private static IEnumerable<HostileRequest> PercentEncoding(HostileTarget t)
    {
        const string c = "percent-encoding";
        foreach (var e in BadEscapes)
        {
            yield return R(c, RawRequest.Get(t.DynamicSegment + e));
            yield return R(c, RawRequest.Get($"{t.CatchAll}a/{e}/b"));
            yield return R(c, RawRequest.Get(t.OptionalCatchAll + e));
            yield return R(c, RawRequest.Get(t.StaticRoute + e));
            yield return R(c, RawRequest.Get("/" + e));
            yield return R(c, RawRequest.Get($"{t.QueryRoute}?q={e}"));
            yield return R(c, RawRequest.Get($"{t.QueryRoute}?{e}=1&{e}"));
            yield return R(c, RawRequest.Get(t.HeaderRoute, $"Cookie: a={e}; {e}=b; user={e}"), "cookies");
            yield return R(c, RawRequest.Get($"{t.MiddlewareRoutes[1]}?q={e}&{e}"));
        }
    }

    // Traversal inside catch-all params and at the public-files root; the last ones aim at files beside public/.
    private static readonly string[] TraversalPatterns =
    [
        "..", "../..", "../../../../etc/passwd", "%2e%2e", "%2e%2e/%2e%2e/etc/passwd", ".%2e", "%2e.", "..%2f..%2fetc%2fpasswd",
        "%5c..%5c..%5cetc%5cpasswd", "..%5c..%5c", "..;/..;/", "%252e%252e%252f", "....//....//", "..%00/", "%c0%ae%c0%ae/",
        "%2e%2e%5c%2e%2e%5c", ".../...", "./.", "a/./b/../../..", "%2F..%2F..",
    ];

    private static IEnumerable<HostileRequest> Traversal(HostileTarget t)
    {
        const string c = "traversal";
        foreach (var p in TraversalPatterns)
        {
            yield return R(c, RawRequest.Get(t.CatchAll + p));
            yield return R(c, RawRequest.Get(t.OptionalCatchAll + p));
            yield return R(c, RawRequest.Get(t.DynamicSegment + p));
            yield return R(c, RawRequest.Get("/" + p));
        }
        foreach (var file in new[] { "host.json", "appsettings.json", "web.config" })
            foreach (var up in new[] { "..%2f", "%2e%2e/", "%2e%2e%2f", "..%5c", "hello.txt/..%2f..%2f" })
                yield return R(c, RawRequest.Get("/" + up + file), "a file beside public/");
    }

    private static IEnumerable<HostileRequest> LongUris(HostileTarget t)
    {
        const string c = "long-uri";
        // Kestrel's request line limit is 8 KB: longer targets are a 414 before any app code runs.
        yield return R(c, RawRequest.Get(t.DynamicSegment + new string('a', 9000)), "9000-char segment") with { ExpectedStatus = 414 };
        yield return R(c, RawRequest.Get(t.CatchAll + Repeat("a/", 5000) + "a"), "5000 segments") with { ExpectedStatus = 414 };
        yield return R(c, RawRequest.Get($"{t.QueryRoute}?q={new string('a', 9000)}"), "9000-char query") with { ExpectedStatus = 414 };
        yield return R(c, RawRequest.Get($"{t.QueryRoute}?{Repeat("a=1&", 2500)}"), "2500 parameters") with { ExpectedStatus = 414 };
        yield return R(c, RawRequest.Get("/" + new string('a', 100_000)), "100000-char path") with { ExpectedStatus = 414 };
        yield return R(c, RawRequest.Build($"HEAD {t.DynamicSegment}{new string('a', 9000)} HTTP/1.1"), "9000-char segment") with { ExpectedStatus = 414 };
        yield return R(c, RawRequest.Build($"POST {WithQuery(t.BodyEndpoints[0].Path, new string('q', 9000))} HTTP/1.1", body: []), "9000-char query") with { ExpectedStatus = 414 };
        // Just under the limit: the router and handlers get the whole thing.
        yield return R(c, RawRequest.Get(t.CatchAll + Repeat("a/", 3500) + "a"), "3501 segments");
        yield return R(c, RawRequest.Get(t.OptionalCatchAll + Repeat("%2e", 2000)), "2000 escapes");
        yield return R(c, RawRequest.Get($"{t.QueryRoute}?q={Repeat("%41", 2500)}"), "2500 escapes in a value");
        yield return R(c, RawRequest.Get($"{t.QueryRoute}?{Repeat("a&", 3500)}"), "3500 empty parameters");
        yield return R(c, RawRequest.Get(t.DynamicSegment + new string('b', 7000)), "7000-char segment");
        yield return R(c, RawRequest.Get($"{t.CachedRoutes[0]}?{new string('x', 7900)}"), "a long query on a cached route");
        yield return R(c, RawRequest.Get(Repeat("/a", 2000) + "//"), "a long path that gets the slash 308");
    }

    /// <summary>A corpus entry; its summary is the request line (escaped, cut) and <paramref name="note"/>.</summary>
    private static HostileRequest R(string category, byte[] bytes, string? note = null)
    {
        var start = bytes.AsSpan().StartsWith("\r\n"u8) ? 2 : 0; // a blank line before the request line
        var lineEnd = bytes.AsSpan(start).IndexOf("\r\n"u8);
        var line = (start > 0 ? "\\r\\n" : "") + RawRequest.Show(bytes.AsSpan(start, lineEnd < 0 ? bytes.Length - start : lineEnd), 90);
        return new HostileRequest(category, note is null ? line : $"{line} [{note}]", bytes);
    }

    private static string WithQuery(string path, string query) => path + (path.Contains('?') ? "&" : "?") + query;

    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    /// <summary>The allow-list entry for a GET or HEAD of a handler that fails on purpose, or null.</summary>
    private static string? AllowListed(HostileTarget target, byte[] bytes)
    {
        var line = Encoding.Latin1.GetString(bytes, 0, Math.Max(0, bytes.AsSpan().IndexOf("\r\n"u8))).Split(' ');
        if (line.Length < 2 || line[0] is not ("GET" or "HEAD")) return null;
        return target.DeliberateFailures.GetValueOrDefault(line[1].Split('?')[0]);
    }
}
