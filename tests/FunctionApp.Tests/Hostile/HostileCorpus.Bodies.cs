namespace Nextfunc.FunctionApp.Tests.Hostile;

// Bodies that do not match their content type, and bodies that never arrive. A malformed body is the
// client's error: 400 (413 when too large), never a 500.
public static partial class HostileCorpus
{
    private const string Json = "Content-Type: application/json";
    private const string Form = "Content-Type: application/x-www-form-urlencoded";
    private const string MultipartX = "Content-Type: multipart/form-data; boundary=x";

    private sealed record Payload(string Note, byte[] Body, params string[] Headers);

    private static IEnumerable<Payload> Payloads()
    {
        byte[] B(params object[] parts) => RawRequest.Bytes(parts);
        var part = "--x\r\nContent-Disposition: form-data; name=\"f\"; filename=\"../../etc/passwd\"\r\n\r\nv\r\n--x--\r\n";
        var longBoundary = new string('b', 100);

        yield return new("unterminated object", B("{"), Json);
        yield return new("empty body", [], Json);
        yield return new("a form body as JSON", B("name=%zz&x=%"), Json);
        yield return new("invalid UTF-8", [0xff, 0xfe, 0xfd], Json);
        yield return new("overlong UTF-8 in a string", B("{\"name\":\"", new byte[] { 0xc0, 0xaf }, "\"}"), Json);
        yield return new("10000 nested arrays", B(Repeat("[", 10_000)), Json);
        yield return new("5000 nested objects", B(Repeat("{\"a\":", 5000)), Json);
        yield return new("huge exponent", B("{\"name\":1e999999}"), Json);
        yield return new("400-digit number", B("{\"name\":" + new string('9', 400) + "}"), Json);
        yield return new("duplicate keys", B("{\"name\":\"x\",\"name\":\"y\"}"), Json);
        yield return new("lone surrogate escape", B("{\"name\":\"\\ud800\"}"), Json);
        yield return new("null", B("null"), Json);
        yield return new("a bare string", B("\"text\""), Json);
        yield return new("an array", B("[]"), Json);
        yield return new("a 1 MB string", B("{\"name\":\"" + new string('a', 1_000_000) + "\"}"), Json);
        yield return new("a UTF-8 BOM", B(new byte[] { 0xef, 0xbb, 0xbf }, "{\"name\":\"bom\"}"), Json);
        yield return new("trailing garbage", B("{\"name\":\"a\"} trailing"), Json);
        yield return new("NaN", B("NaN"), Json);
        yield return new("declared UTF-16", B("{\"name\":\"a\"}"), "Content-Type: application/json; charset=utf-16");
        yield return new("unknown charset", B("{\"name\":\"a\"}"), "Content-Type: application/json; charset=bogus");
        yield return new("Content-Encoding gzip that is not gzip", B("{\"name\":\"a\"}"), Json, "Content-Encoding: gzip");
        yield return new("no content type", B("{\"name\":\"a\"}"));
        yield return new("JSON as text/plain", B("{\"name\":\"a\"}"), "Content-Type: text/plain");
        yield return new("NUL bytes", [0, 0, 0], "Content-Type: application/octet-stream");
        yield return new("JSON under the form type", B("{\"name\":\"a\"}"), Form);
        yield return new("multipart without boundary", B("{\"name\":\"a\"}"), "Content-Type: multipart/form-data");
        yield return new("broken multipart", B("--x\r\nbroken"), MultipartX);
        yield return new("traversal in a file name", B(part), MultipartX);
        yield return new("100-char boundary", B(part.Replace("--x", "--" + longBoundary)), "Content-Type: multipart/form-data; boundary=" + longBoundary);
        yield return new("bad escapes in a form", B("a=%&b=%zz&%=c&d=%c0%af"), Form);
        yield return new("empty keys", B("=&&=&"), Form);
        yield return new("5000 fields", B(Repeat("f=1&", 5000)), Form);
        yield return new("a 100 KB value", B("a=" + new string('b', 100_000)), Form);
        yield return new("a 100 KB key", B(new string('k', 100_000) + "=1"), Form);
        yield return new("invalid UTF-8 in a form", B(new byte[] { 0xff, 0xfe }, "=", new byte[] { 0xfd }), Form);
    }

    private static IEnumerable<HostileRequest> Bodies(HostileTarget t)
    {
        const string c = "bodies";
        foreach (var e in t.BodyEndpoints)
        {
            foreach (var p in Payloads())
                yield return R(c, RawRequest.Build($"{e.Method} {e.Path} HTTP/1.1", [.. e.Headers, .. p.Headers], p.Body), p.Note);

            // Declared far over the 30 MB body limit (Kestrel's, Nextfunc:MaxRequestBodySize unset): refused when read
            // (413), ignored by a handler that never reads it. The content type is the one the handler expects.
            var type = e.Reads == "form" ? Form : Json;
            var tooLarge = RawRequest.Build($"{e.Method} {e.Path} HTTP/1.1", [.. e.Headers, type, "Content-Length: 50000000"], RawRequest.Bytes("{\"name\":"));
            yield return R(c, tooLarge, "declares 50 MB") with { ExpectedStatus = e.Reads == "none" ? null : 413 };
        }
    }

    private static IEnumerable<HostileRequest> TruncatedBodies(HostileTarget t)
    {
        const string c = "truncated-bodies";
        // Content-Length larger than what is sent, then the client closes: nothing to answer, nothing may crash.
        foreach (var e in t.BodyEndpoints)
        {
            string[] headers = [.. e.Headers];
            yield return R(c, RawRequest.Build($"{e.Method} {e.Path} HTTP/1.1", [.. headers, Json, "Content-Length: 100"], RawRequest.Bytes("{\"name\":")), "100 declared, 8 sent") with { ClientCloses = true, MayClose = true };
            yield return R(c, RawRequest.Build($"{e.Method} {e.Path} HTTP/1.1", [.. headers, Form, "Content-Length: 100"], RawRequest.Bytes("a=1&b")), "100 declared, 5 sent") with { ClientCloses = true, MayClose = true };
            yield return R(c, RawRequest.Build($"{e.Method} {e.Path} HTTP/1.1", [.. headers, Json, "Content-Length: 10"], []), "10 declared, none sent") with { ClientCloses = true, MayClose = true };
            yield return R(c, RawRequest.Build($"{e.Method} {e.Path} HTTP/1.1", [.. headers, Json, "Transfer-Encoding: chunked"], RawRequest.Bytes("5\r\nhel")), "a chunk cut short") with { ClientCloses = true, MayClose = true };
        }
    }
}
