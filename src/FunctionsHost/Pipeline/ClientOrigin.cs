using System.Net;
using Microsoft.AspNetCore.Http;

namespace Nextfunc.Pipeline;

/// <summary>
/// The origin the client used, from what the server in front of the app passed on. The Functions host forwards a request
/// to the isolated worker with YARP's default transformer (the client's <c>Host</c> replaced by the worker's loopback
/// authority; <c>X-Forwarded-Proto</c>, <c>X-Forwarded-Host</c>, <c>X-Forwarded-For</c> set from the host's own request,
/// replacing any the client sent), and the worker applies them to <c>Request.Host</c> and <c>Scheme</c>. To a custom
/// handler it copies the client's headers, <c>Host</c> included (set from <c>DISGUISED-HOST</c> on Linux), or proxies as
/// to the worker (<c>enableProxyingHttpRequest</c>). So: a public <c>Host</c> is the client's; a loopback one means a
/// proxy that says where the request came from in <c>X-Forwarded-Host</c>.
/// </summary>
/// <example><c>ClientOrigin.BehindFunctionsHost(request)</c> gives <c>"https://app.example.com"</c> for a proxied request.</example>
internal static class ClientOrigin
{
    /// <summary>The origin behind the Functions host (worker or custom handler); null when nothing tells it.</summary>
    public static string? BehindFunctionsHost(HttpRequest request) =>
        request.Host.HasValue && !IsLoopback(request.Host) ? Scheme(request) + "://" + request.Host.Value : Forwarded(request);

    /// <summary>The origin from <c>X-Forwarded-Host</c> and <c>X-Forwarded-Proto</c> (standalone behind a proxy the app trusts).</summary>
    public static string? Forwarded(HttpRequest request)
    {
        var host = First(request.Headers["X-Forwarded-Host"]);
        return host is null || !HostString.FromUriComponent(host).HasValue || host.AsSpan().ContainsAny("/?#@\\ ") ? null : Scheme(request) + "://" + host;
    }

    // The first value of a list the proxies appended to, as the Functions host reads X-Forwarded-Proto.
    private static string Scheme(HttpRequest request) => First(request.Headers["X-Forwarded-Proto"]) is { } proto &&
        (proto.Equals("https", StringComparison.OrdinalIgnoreCase) || proto.Equals("http", StringComparison.OrdinalIgnoreCase))
            ? proto.ToLowerInvariant()
            : request.Scheme;

    private static string? First(Microsoft.Extensions.Primitives.StringValues values) =>
        values.Count == 0 || string.IsNullOrWhiteSpace(values[0]) ? null : values[0]!.Split(',')[0].Trim();

    private static bool IsLoopback(HostString host) =>
        host.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase) ||
        IPAddress.TryParse(host.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
}
