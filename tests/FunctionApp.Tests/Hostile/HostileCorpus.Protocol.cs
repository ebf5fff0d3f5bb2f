namespace Nextfunc.FunctionApp.Tests.Hostile;

// Methods, header sizes and message framing: what Kestrel or routing must refuse before a handler runs.
public static partial class HostileCorpus
{
    // Tokens that are not route-handler verbs: WebDAV, debugging, custom, wrong case, not tokens at all.
    private static readonly string[] NotVerbs =
    [
        "TRACE", "TRACK", "PROPFIND", "PROPPATCH", "MKCOL", "COPY", "MOVE", "LOCK", "UNLOCK", "SEARCH", "QUERY", "PURGE",
        "DEBUG", "M-SEARCH", "LINK", "BREW", "X-CUSTOM", "get", "post", "GeT", "Head", "G@T", "GET/", "GET,POST", new string('A', 5000),
    ];

    /// <summary>Kestrel answers 505 for a version token it does not speak: a protocol answer, not a failure (RFC 9110 §15.6.6).</summary>
    private const string VersionNotSupported = "Kestrel's 505 for an HTTP version other than 1.0/1.1";

    private static IEnumerable<HostileRequest> Methods(HostileTarget t)
    {
        const string c = "methods";
        // Routing answers 400 for anything that is not a route-handler verb (README "Methods"); these
        // targets pass the middleware unchanged, so the 400 is routing's.
        string[] routed = [t.StaticRoute, t.DynamicSegment + "1", t.CachedRoutes[0], t.BodyEndpoints[0].Path];
        foreach (var m in NotVerbs)
        {
            foreach (var path in routed)
                yield return R(c, RawRequest.Build($"{m} {path} HTTP/1.1")) with { ExpectedStatus = 400 };
            yield return R(c, RawRequest.Build($"{m} {t.Guarded.Path} HTTP/1.1")); // the middleware may answer first
        }

        var s = t.StaticRoute;
        foreach (var bytes in new[]
                 {
                     RawRequest.Build("CONNECT evil.example:443 HTTP/1.1", ["Host: evil.example:443"]),
                     RawRequest.Build("CONNECT localhost:80 HTTP/1.1"),
                     RawRequest.Build($"CONNECT {s} HTTP/1.1"),
                     RawRequest.Build(RawRequest.Bytes("GET", new byte[] { 0 }, $" {s} HTTP/1.1")),
                     RawRequest.Build(RawRequest.Bytes(new byte[] { 0xff, 0xfe }, $" {s} HTTP/1.1")),
                     RawRequest.Build($"GET\t{s}\tHTTP/1.1"),
                     RawRequest.Build($"GET  {s} HTTP/1.1"),
                     RawRequest.Build($" GET {s} HTTP/1.1"),
                     RawRequest.Build($"{s} HTTP/1.1"),
                     RawRequest.Build("GET"),
                     RawRequest.Build($"GET {s}"),
                     RawRequest.Build($"\r\nGET {s} HTTP/1.1"),
                     RawRequest.Build("OPTIONS * HTTP/1.1"),
                     RawRequest.Build("GET * HTTP/1.1"),
                     RawRequest.Build("DELETE * HTTP/1.1"),
                 })
            yield return R(c, bytes) with { MayClose = true };
        yield return R(c, RawRequest.Bytes("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"), "HTTP/2 preface on an HTTP/1.1 port") with { MayClose = true, ServerErrorAllowed = VersionNotSupported };
    }

    private static IEnumerable<HostileRequest> BigHeaders(HostileTarget t)
    {
        const string c = "big-headers";
        foreach (var path in new[] { t.HealthPath, t.HeaderRoute })
        {
            // Kestrel's limits: 32 KB of request headers in all and 100 header lines; beyond them, 431 before any app code.
            yield return R(c, RawRequest.Get(path, "X-Big: " + new string('a', 40_000)), "a 40 KB header") with { ExpectedStatus = 431 };
            yield return R(c, RawRequest.Get(path, "X-Big: " + new string('a', 33_000)), "a 33 KB header") with { ExpectedStatus = 431 };
            yield return R(c, RawRequest.Get(path, [.. Enumerable.Range(0, 101).Select(i => $"X-H{i}: v")]), "101 headers") with { ExpectedStatus = 431 };
            yield return R(c, RawRequest.Get(path, [.. Enumerable.Range(0, 1000).Select(i => $"X-H{i}: v")]), "1000 headers") with { ExpectedStatus = 431 };
            yield return R(c, RawRequest.Get(path, "Cookie: big=" + new string('c', 40_000)), "a 40 KB cookie") with { ExpectedStatus = 431 };
            yield return R(c, RawRequest.Get(path, "Cookie: " + string.Join("; ", Enumerable.Range(0, 400).Select(i => $"c{i}={new string('v', 100)}"))), "400 cookies of 100 bytes") with { ExpectedStatus = 431 };
            yield return R(c, RawRequest.Get(path, [.. Enumerable.Range(0, 150).Select(i => $"Cookie: c{i}=1")]), "150 Cookie lines") with { ExpectedStatus = 431 };
            yield return R(c, RawRequest.Get(path, new string('X', 40_000) + ": v"), "a 40 KB header name") with { ExpectedStatus = 431 };
            yield return R(c, RawRequest.Get(path, "X-Forwarded-For: " + string.Join(", ", Enumerable.Repeat("10.0.0.1", 4000))), "4000 forwarded hops") with { ExpectedStatus = 431 };
            // Under the limits: answered as usual.
            yield return R(c, RawRequest.Get(path, [.. Enumerable.Range(0, 90).Select(i => $"X-H{i}: v")]), "90 headers");
            yield return R(c, RawRequest.Get(path, "Cookie: " + string.Join("; ", Enumerable.Range(0, 1000).Select(i => $"c{i}=1"))), "1000 small cookies");
            yield return R(c, RawRequest.Get(path, "X-Big: " + new string('a', 16_000)), "a 16 KB header");
            yield return R(c, RawRequest.Get(path, [.. Enumerable.Range(0, 90).Select(i => $"Cookie: c{i}={i}")]), "90 Cookie lines");
            yield return R(c, RawRequest.Get(path, "Cookie: " + string.Join("; ", Enumerable.Repeat("same=1", 500))), "one cookie name 500 times");
        }
    }

    private static IEnumerable<HostileRequest> Framing(HostileTarget t)
    {
        const string c = "framing";
        var b = t.BodyEndpoints[0];
        var s = t.StaticRoute;
        (string, byte[]) Post(params string[] headers) => (string.Join(" + ", headers),
            RawRequest.Build($"{b.Method} {b.Path} HTTP/1.1", [.. b.Headers, "Content-Type: application/json", .. headers], RawRequest.Bytes("{\"name\":\"framing\"}")));
        (string, byte[]) Chunked(string chunks, params string[] headers) => ($"chunked {RawRequest.Show(RawRequest.Bytes(chunks), 30)} {string.Join(" + ", headers)}",
            RawRequest.Build($"{b.Method} {b.Path} HTTP/1.1", [.. b.Headers, "Content-Type: application/json", .. headers, "Transfer-Encoding: chunked"], RawRequest.Bytes(chunks)));
        (string, byte[]) Get(string note, params object[] headers) => (note, RawRequest.Get(s, headers));
        const string WellChunked = "12\r\n{\"name\":\"framing\"}\r\n0\r\n\r\n";

        (string Note, byte[] Bytes)[] cases =
        [
            // Content-Length beside Transfer-Encoding, twice, or unreadable: refused, or framed by chunked alone (never both).
            Chunked(WellChunked, "Content-Length: 5"), Chunked(WellChunked, "Content-Length: 0"), Post("Transfer-Encoding: chunked", "Content-Length: 18"),
            Post("Content-Length: 18", "Content-Length: 18"), Post("Content-Length: 18", "Content-Length: 5"), Post("Content-Length: 18, 18"),
            Post("Content-Length: -1"), Post("Content-Length: abc"), Post("Content-Length: +18"), Post("Content-Length: 0x12"),
            Post("Content-Length: 99999999999999999999"), Post("Content-Length: 1 8"), Post("Content-Length:"),
            Post("Transfer-Encoding: chunked, chunked"), Post("Transfer-Encoding: gzip"), Post("Transfer-Encoding: gzip, chunked"),
            Post("Transfer-Encoding: identity"), Post("Transfer-Encoding: xchunked"), Post("Transfer-Encoding: Chunked"),
            Post("Transfer-Encoding: chunked", "Transfer-Encoding: identity"),
            Chunked("zz\r\nhello\r\n0\r\n\r\n"), Chunked("fffffffffffffffff\r\nx\r\n0\r\n\r\n"), Chunked("-5\r\nhello\r\n0\r\n\r\n"),
            Chunked("3;" + new string('e', 5000) + "\r\nabc\r\n0\r\n\r\n"), Chunked("3\r\nhello\r\n0\r\n\r\n"), Chunked("5\r\nhello0\r\n\r\n"),
            Chunked("2\r\n{}\r\n0\r\nX-Trailer: 1\r\n\r\n"), Chunked(" 2\r\n{}\r\n0\r\n\r\n"),
            Post("Expect: 100-continue"), Post("Expect: something-else"),
            // Host: twice, missing, empty, malformed, foreign; absolute-form and scheme-relative targets.
            Get("two Host", "Host: localhost", "Host: evil.example"), ("no Host", RawRequest.Build($"GET {s} HTTP/1.1", host: false)),
            Get("empty Host", "Host:"), Get("Host with a space", "Host: a b"), Get("UTF-8 Host", "Host: évil.example"),
            Get("foreign Host", "Host: evil.example"), Get("Host port out of range", "Host: localhost:99999"), Get("Host half an IPv6", "Host: [::1"),
            Get("Host with userinfo", "Host: localhost@evil.example"), ("absolute-form, other host", RawRequest.Build($"GET http://evil.example{s} HTTP/1.1")),
            ("absolute-form", RawRequest.Build($"GET http://localhost{s} HTTP/1.1")), ("absolute-form https", RawRequest.Build($"GET https://localhost{s} HTTP/1.1")),
            ("scheme-relative target", RawRequest.Build($"GET //evil.example{s} HTTP/1.1")), ("ftp target", RawRequest.Build($"GET ftp://localhost{s} HTTP/1.1")),
            // Line ends and header syntax.
            ("bare LF line ends", RawRequest.Bytes($"GET {s} HTTP/1.1\nHost: localhost\nConnection: close\n\n")),
            ("bare CR line ends", RawRequest.Bytes($"GET {s} HTTP/1.1\rHost: localhost\rConnection: close\r\r\n\r\n")),
            Get("header without colon", "X-No-Colon"), Get("space before colon", "X-U : a"), Get("obs-fold", "X-A: a", " folded"),
            Get("NUL in a value", RawRequest.Bytes("X-U: a", new byte[] { 0 }, "b")), Get("DEL in a value", RawRequest.Bytes("X-U: a", new byte[] { 0x7f }, "b")),
            Get("tab in a value", "X-U: a\tb"), Get("empty header name", ": empty-name"), Get("9000-char line without colon", new string('x', 9000)),
            Get("UTF-8 header name", "X-Ünicode: 1"), Get("invalid UTF-8 in a value", RawRequest.Bytes("X-U: ", new byte[] { 0xff, 0xfe, 0x80 })),
        ];
        foreach (var (note, bytes) in cases)
            yield return R(c, bytes, note) with { MayClose = true };

        // HTTP versions.
        foreach (var version in new[] { "HTTP/2.0", "HTTP/1.2", "HTTP/3", "HTTP/9.9", "http/1.1", "HTTP/1.10", "HTTP/11", "HTTP/1.1 ", "HTTPS/1.1" })
            yield return R(c, RawRequest.Build($"GET {s} {version}"), "version") with { MayClose = true, ServerErrorAllowed = VersionNotSupported };
        yield return R(c, RawRequest.Build($"GET {s} HTTP/1.0", host: false), "version");
        yield return R(c, RawRequest.Bytes($"GET {s}\r\n"), "HTTP/0.9") with { MayClose = true };

        // Pipelining: the first answer must be whole, whatever follows it on the connection.
        yield return R(c, RawRequest.Bytes($"GET {t.HealthPath} HTTP/1.1\r\nHost: localhost\r\n\r\n", RawRequest.Get(t.HealthPath)), "two requests at once");
        yield return R(c, RawRequest.Bytes(RawRequest.Get(t.HealthPath), "\u0000\u00ff garbage after the request"), "garbage after the request");
    }
}
