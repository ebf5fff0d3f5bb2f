using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Nextfunc.Routing.Http;

/// <summary>
/// A response with Next.js <c>NextResponse</c> semantics, usable as an ASP.NET Core <see cref="IResult"/>.
/// Handlers return it; middleware also returns the signals <see cref="Next(IHeaderDictionary?)"/> and <see cref="Rewrite(string)"/>.
/// </summary>
/// <example>
/// <code>
/// return NextResponse.Json(new { created = true }, 201, new() { ["x-custom"] = "abc" });
/// return NextResponse.Redirect(new Uri(request.Url, "/login"));          // 307
/// var res = NextResponse.Next(); res.Headers.Set("x-mw", "1"); return res; // in middleware
/// </code>
/// </example>
public sealed class NextResponse : IResult
{
    private Func<Stream, CancellationToken, Task>? _body;
    // A body known in full (JSON, text): sent with its Content-Length, as a bare endpoint does, instead of chunked.
    private byte[]? _bytes;

    /// <summary>Creates a response: <c>new Response(body, { status, headers })</c>.</summary>
    public NextResponse(int status = 200, IEnumerable<KeyValuePair<string, string>>? headers = null)
    {
        Status = status;
        if (headers is not null)
            foreach (var (k, v) in headers) Headers.Append(k, v);
    }

    /// <summary>The status code.</summary>
    public int Status { get; set; }

    /// <summary>The reason phrase (<c>statusText</c>), for example <c>I am a teapot</c>.</summary>
    public string? StatusText { get; set; }

    /// <summary>Response headers.</summary>
    public NextHeaders Headers { get; } = new(new HeaderDictionary());

    /// <summary>Cookies to set or delete.</summary>
    public ResponseCookies Cookies { get; } = new();

    /// <summary>Middleware signal: continue to the route (<see cref="Next(IHeaderDictionary?)"/>).</summary>
    internal bool IsNext { get; private init; }

    /// <summary>Middleware signal: serve this URL instead (<see cref="Rewrite(string)"/>).</summary>
    internal string? RewriteUrl { get; private init; }

    /// <summary>With <see cref="Next(IHeaderDictionary?)"/>: the request headers the route handler will see instead of the client's.</summary>
    internal IHeaderDictionary? RequestHeaders { get; private init; }

    /// <summary>True when the response carries a body.</summary>
    internal bool HasBody => _body is not null || _bytes is not null;

    /// <summary><c>Response.json(value, init)</c> with reflection-based JSON (anonymous types welcome).</summary>
    /// <remarks>
    /// Lowest overload priority: a <see cref="JsonObject"/>, <see cref="JsonArray"/> or <see cref="JsonValue"/> argument
    /// (or a string, number or bool, which convert to <see cref="JsonNode"/>) binds to the AOT-safe
    /// <see cref="Json(JsonNode?, int, Dictionary{string, string}?)"/> instead of inferring <c>T</c> here.
    /// </remarks>
    [OverloadResolutionPriority(-1)]
    [RequiresUnreferencedCode("Reflection-based JSON; use the JsonTypeInfo<T> or JsonNode overload for trimming and Native AOT.")]
    [RequiresDynamicCode("Reflection-based JSON; use the JsonTypeInfo<T> or JsonNode overload for trimming and Native AOT.")]
    public static NextResponse Json<T>(T value, int status = 200, Dictionary<string, string>? headers = null) =>
        Bytes(JsonSerializer.SerializeToUtf8Bytes(value, JsonDefaults.Options), "application/json", status, headers);

    /// <summary><c>Response.json</c> with source-generated metadata (Native AOT friendly).</summary>
    public static NextResponse Json<T>(T value, JsonTypeInfo<T> typeInfo, int status = 200, Dictionary<string, string>? headers = null) =>
        Bytes(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo), "application/json", status, headers);

    /// <summary><c>Response.json</c> of a JSON tree (Native AOT friendly).</summary>
    public static NextResponse Json(JsonNode? value, int status = 200, Dictionary<string, string>? headers = null) =>
        Bytes(Encoding.UTF8.GetBytes(value?.ToJsonString(JsonDefaults.Options) ?? "null"), "application/json", status, headers);

    /// <summary>A text body; the content type defaults to <c>text/plain;charset=UTF-8</c> as for a Fetch <c>Response</c>.</summary>
    public static NextResponse Text(string text, int status = 200, string contentType = "text/plain;charset=UTF-8", Dictionary<string, string>? headers = null) =>
        Bytes(Encoding.UTF8.GetBytes(text), contentType, status, headers);

    /// <summary>A body written as it is produced (chunked): <c>new Response(readableStream)</c>.</summary>
    public static NextResponse Stream(Func<Stream, CancellationToken, Task> write, string? contentType = null, int status = 200)
    {
        var response = new NextResponse(status) { _body = write };
        if (contentType is not null) response.Headers.Set("content-type", contentType);
        return response;
    }

    /// <summary>No body: <c>new Response(null, { status })</c>.</summary>
    public static NextResponse Empty(int status = 204, Dictionary<string, string>? headers = null) => new(status, headers);

    /// <summary>
    /// A redirect to an absolute URL; 307 unless told otherwise. A relative URL throws, as in Next.js ("URL is malformed
    /// ... Please use only absolute URLs"): build it from the request, <c>new Uri(request.Url, "/login")</c>.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="location"/> is not an absolute URL.</exception>
    public static NextResponse Redirect(string location, int status = 307) => RedirectTo(AbsoluteUrl.Require(location), status);

    /// <summary>A redirect with <c>Location</c> exactly as given, relative or not (<c>redirect()</c> of <c>next/navigation</c>).</summary>
    internal static NextResponse RedirectTo(string location, int status)
    {
        var response = new NextResponse(status);
        response.Headers.Set("location", AbsoluteUrl.WithoutTabsOrNewlines(location));
        return response;
    }

    /// <summary>A redirect to an absolute URL, for example <c>new Uri(request.Url, "/new")</c>.</summary>
    public static NextResponse Redirect(Uri location, int status = 307) => Redirect(location.IsAbsoluteUri ? location.AbsoluteUri : location.OriginalString, status);

    /// <summary>A redirect to an edited <see cref="NextUrl"/> (a clone keeps the query).</summary>
    public static NextResponse Redirect(NextUrl location, int status = 307) => Redirect(location.Href, status);

    /// <summary>Middleware: continue to the route. <paramref name="requestHeaders"/> replaces the headers the handler sees.</summary>
    public static NextResponse Next(IHeaderDictionary? requestHeaders = null) => new() { IsNext = true, RequestHeaders = requestHeaders };

    /// <summary>
    /// Middleware: continue, handing the handler the middleware's request as changed: its headers and cookies
    /// (<c>NextResponse.next({ request })</c>).
    /// </summary>
    /// <example><c>request.Cookies.Set("session", fresh); return NextResponse.Next(request);</c></example>
    public static NextResponse Next(NextRequest request) => Next(Copy(request.ForwardedHeaders));

    /// <summary>Middleware: continue with a copy of the request headers edited by <paramref name="edit"/>.</summary>
    public static NextResponse Next(NextRequest request, Action<NextHeaders> edit)
    {
        var copy = Copy(request.ForwardedHeaders);
        edit(new NextHeaders(copy));
        return Next(copy);
    }

    /// <summary>
    /// Middleware: serve another URL without a second HTTP hop; the client URL stays. The URL must be absolute, as in
    /// Next.js: <c>new Uri(request.Url, "/target")</c>.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="url"/> is not an absolute URL.</exception>
    public static NextResponse Rewrite(string url) => new() { RewriteUrl = AbsoluteUrl.Require(url) };

    /// <summary>
    /// Middleware: rewrite, and hand the target <paramref name="requestHeaders"/> instead of the client's
    /// (<c>NextResponse.rewrite(url, { request: { headers } })</c>).
    /// </summary>
    /// <example>
    /// <code>
    /// request.Headers.Set("x-tenant", tenant);   // the middleware's own copy of the headers
    /// return NextResponse.Rewrite(new Uri(request.Url, "/api/tenant"), request.Headers.Raw);
    /// </code>
    /// </example>
    public static NextResponse Rewrite(string url, IHeaderDictionary requestHeaders) =>
        new() { RewriteUrl = AbsoluteUrl.Require(url), RequestHeaders = Copy(requestHeaders) };

    /// <summary>Middleware: rewrite to an absolute URL (<c>new Uri(request.Url, "/target")</c>).</summary>
    public static NextResponse Rewrite(Uri url) => Rewrite(url.IsAbsoluteUri ? url.AbsoluteUri : url.OriginalString);

    /// <summary>Middleware: rewrite to an absolute URL with other request headers (<see cref="Rewrite(string, IHeaderDictionary)"/>).</summary>
    public static NextResponse Rewrite(Uri url, IHeaderDictionary requestHeaders) =>
        Rewrite(url.IsAbsoluteUri ? url.AbsoluteUri : url.OriginalString, requestHeaders);

    /// <summary>Middleware: rewrite to an edited <see cref="NextUrl"/>.</summary>
    public static NextResponse Rewrite(NextUrl url) => Rewrite(url.Href);

    /// <summary>Copies headers and cookies onto <paramref name="response"/> (set replaces, as Fetch does).</summary>
    internal void ApplyHeaders(HttpResponse response)
    {
        foreach (var (k, v) in Headers.Raw) response.Headers[k] = v;
        foreach (var line in Cookies.SetCookieLines) response.Headers.Append("set-cookie", line);
    }

    /// <summary>
    /// Puts this (middleware) response's headers back on <paramref name="response"/>: when middleware and handler set the
    /// same header, Next.js sends the middleware's. Cookies are not repeated; both sides' are sent.
    /// </summary>
    internal void ReapplyHeaders(HttpResponse response)
    {
        foreach (var (k, v) in Headers.Raw)
            if (!string.Equals(k, "set-cookie", StringComparison.OrdinalIgnoreCase)) response.Headers[k] = v;
    }

    /// <summary><see cref="ReapplyHeaders"/> as <paramref name="response"/> starts, after a handler's result wrote its own.</summary>
    internal void KeepHeadersOn(HttpResponse response)
    {
        if (Headers.Raw.Count == 0) return;
        response.OnStarting(static state =>
        {
            var (middleware, response) = ((NextResponse, HttpResponse))state;
            middleware.ReapplyHeaders(response);
            return Task.CompletedTask;
        }, (this, response));
    }

    private static HeaderDictionary Copy(IHeaderDictionary headers)
    {
        var copy = new HeaderDictionary(headers.Count);
        foreach (var (k, v) in headers) copy[k] = v;
        return copy;
    }

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = Status;
        if (StatusText is not null)
            httpContext.Features.Get<IHttpResponseFeature>()!.ReasonPhrase = StatusText;
        ApplyHeaders(response);
        if (_bytes is not null)
        {
            response.ContentLength ??= _bytes.Length;
            await response.Body.WriteAsync(_bytes, httpContext.RequestAborted);
        }
        else if (_body is not null)
        {
            await _body(response.Body, httpContext.RequestAborted);
        }
    }

    private static NextResponse Bytes(byte[] bytes, string contentType, int status, Dictionary<string, string>? headers)
    {
        var response = new NextResponse(status) { _bytes = bytes };
        response.Headers.Set("content-type", contentType);
        if (headers is not null)
            foreach (var (k, v) in headers) response.Headers.Set(k, v);
        return response;
    }
}
