using System.Net.Sockets;
using Nextfunc.FunctionApp.Tests.Support;
using Nextfunc.Pipeline;

namespace Nextfunc.FunctionApp.Tests.Hostile;

/// <summary>
/// What every answer to a hostile request must satisfy: well-formed HTTP (or a clean close where the
/// request allows it), the expected status if one is set, no 5xx outside the allow-list, nothing an
/// exception or a file outside <c>public/</c> would leak, and no framework-internal response header.
/// </summary>
public static class HostileRules
{
    /// <summary>
    /// Text only an exception message, a stack trace, a source path or a file beside <c>public/</c> would put in
    /// an answer. The corpus never sends these strings, so echoing handlers cannot trip them.
    /// </summary>
    private static readonly string[] LeakMarkers =
    [
        "Exception", "   at ", ".cs:line", "boom from handler", "Fix the handler", TestPaths.RepoRoot.TrimEnd('/'),
        "root:x:0:", "\"runtimeTarget\"", "routePrefix", "<configuration",
    ];

    /// <summary>Why the exchange breaks a rule, or null when it keeps them all.</summary>
    public static string? Violation(HostileRequest request, RawExchange exchange)
    {
        if (exchange.Response is not { } response)
            return request.MayClose && (ClosedCleanly(exchange) || IsHttp2GoAway(exchange.Received) || AnsweredThenClosed(exchange.Received))
                   || RefusedWhileSending(request, exchange)
                ? null
                : "no well-formed HTTP answer";

        if (request.ExpectedStatus is { } expected && response.Status != expected)
            return $"status {response.Status}, expected {expected}";
        if (response.Status >= 500 && request.ServerErrorAllowed is null)
            return $"a {response.Status} that no allow-list entry explains";
        if (response.Status >= 500 && response.Body.Length > 0)
            return "a 5xx with a body (failures answer with an empty body)";

        var text = response.Text + "\n" + string.Join("\n", response.Headers.Select(h => h.Value));
        if (LeakMarkers.FirstOrDefault(m => text.Contains(m, StringComparison.Ordinal)) is { } leak)
            return $"the answer contains '{leak}'";

        // x-nextjs-cache (HIT/MISS/STALE) is the public header Next.js itself sends on cached route responses
        // (FINDINGS §5); every other framework-internal name must stay inside the server.
        if (response.Headers.FirstOrDefault(h => InternalHeaders.IsInternal(h.Key) && !h.Key.Equals("x-nextjs-cache", StringComparison.OrdinalIgnoreCase)).Key is { } name)
            return $"the answer carries the internal header '{name}'";
        return null;
    }

    // A handler that never reads a truncated body answers at once; Kestrel then finds the body incomplete while
    // draining it and closes the connection, sometimes before the last chunk. The answer itself was whole
    // HTTP up to there: a complete head, a status below 500, nothing leaked.
    private static bool AnsweredThenClosed(byte[] received)
    {
        var text = System.Text.Encoding.Latin1.GetString(received);
        var headEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (headEnd < 0 || !text.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) || text.Length < 12 || !int.TryParse(text.AsSpan(9, 3), out var status))
            return false;
        return status < 500 && !LeakMarkers.Any(m => text.Contains(m, StringComparison.Ordinal)) &&
            !text[..headEnd].Split("\r\n").Skip(1).Any(line => InternalHeaders.IsInternal(line.Split(':')[0]) && !line.StartsWith("x-nextjs-cache", StringComparison.OrdinalIgnoreCase));
    }

    // Kestrel answers an oversized target or head (414, 431) and closes while the client may still be sending it;
    // the client's TCP stack then resets the connection and can drop the answer it had not read yet. The server
    // refused, as it should; only the race decides whether the client sees the status.
    private static bool RefusedWhileSending(HostileRequest request, RawExchange exchange) =>
        request.ExpectedStatus is 414 or 431 && exchange.Received.Length == 0 && exchange.Ending == nameof(SocketError.ConnectionReset);

    private static bool ClosedCleanly(RawExchange exchange) =>
        exchange.Received.Length == 0 && !exchange.Ending.StartsWith("no complete answer", StringComparison.Ordinal);

    // Kestrel answers an HTTP/2 connection preface on a cleartext HTTP/1.1 endpoint with an HTTP/2 GOAWAY
    // frame (type 7, HTTP_1_1_REQUIRED): a protocol answer in the client's own protocol.
    private static bool IsHttp2GoAway(byte[] received) => received.Length >= 9 && received[3] == 0x7;

    /// <summary>Fails with the request bytes and the answer when <see cref="Violation"/> finds one.</summary>
    public static void Check(HostileRequest request, RawExchange exchange)
    {
        if (Violation(request, exchange) is { } violation)
            Assert.Fail($"{violation}\n--- request {request.Id}\n{RawRequest.Show(request.Bytes)}\n--- answer\n{exchange.Describe()}");
    }
}
