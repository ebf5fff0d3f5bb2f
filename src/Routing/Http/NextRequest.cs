using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Matching;
using Nextfunc.Routing.Web;

namespace Nextfunc.Routing.Http;

/// <summary>
/// The request a route handler or middleware receives, with Next.js <c>NextRequest</c> semantics:
/// <see cref="Url"/> is the URL the client used behind the Functions host (from the forwarded headers the host sets),
/// and Next.js's <c>http://localhost:PORT/...</c> standalone (the Host header is ignored, <c>x-forwarded-proto: https</c>
/// is honoured) unless the app trusts a proxy's forwarded headers; the pathname stays encoded, cookies are decoded.
/// </summary>
/// <example>
/// <code>
/// public static async Task&lt;IResult&gt; POST(NextRequest request)
/// {
///     var body = await request.JsonAsync();          // invalid JSON: answered 400 (Next.js answers 500)
///     return NextResponse.Json(new { received = body });
/// }
/// </code>
/// </example>
public sealed class NextRequest
{
    private readonly HttpContext _context;
    private NextUrl? _nextUrl;
    private RequestCookies? _cookies;

    // Middleware's request: its own copy of the headers (made on the first look or change), a body every reader can read.
    private readonly bool _isMiddleware;
    private HeaderDictionary? _ownHeaders;

    /// <summary>Wraps an ASP.NET Core request.</summary>
    public NextRequest(HttpContext context) => _context = context;

    /// <summary>
    /// Wraps a request for middleware, as Next.js hands it over: <c>nextUrl.search</c> re-serialised by
    /// <c>URLSearchParams</c> (<c>a%20b</c> reads <c>a+b</c>; handlers see the raw query); headers and cookies the
    /// middleware changes stay its own until it forwards them (<see cref="NextResponse.Next(NextRequest)"/>); a body
    /// it reads is still there for the handler.
    /// </summary>
    internal static NextRequest ForMiddleware(HttpContext context) => new(context, isMiddleware: true);

    private NextRequest(HttpContext context, bool isMiddleware)
    {
        _context = context;
        _isMiddleware = isMiddleware;
    }

    /// <summary>The ASP.NET Core context behind this request.</summary>
    public HttpContext HttpContext => _context;

    /// <summary>GET, POST, ...</summary>
    public string Method => _context.Request.Method;

    /// <summary><c>request.nextUrl</c>; under a <c>basePath</c> its <see cref="NextUrl.Pathname"/> leaves it out.</summary>
    public NextUrl NextUrl => _nextUrl ??= CreateNextUrl();

    /// <summary>
    /// <c>request.url</c> as a <see cref="Uri"/>: <c>new Uri(request.Url, "/x")</c> builds a same-origin URL without the query.
    /// Under a <c>basePath</c> it leaves it out, as Next.js's <c>request.url</c> does (<see cref="NextUrl.Href"/> keeps it).
    /// </summary>
    public Uri Url => new(NextUrl.Origin + NextUrl.Pathname + NextUrl.Search);

    private NextUrl CreateNextUrl()
    {
        var pathname = WhatwgUrl.Pathname(RawPath(_context));
        if (_context.Features.Get<RequestBasePathFeature>() is not { } basePath)
            return new NextUrl(Origin(_context.Request), pathname, Search());
        var under = pathname.StartsWith(basePath.BasePath, StringComparison.Ordinal);
        return new NextUrl(Origin(_context.Request), under ? pathname[basePath.BasePath.Length..] is { Length: > 0 } rest ? rest : "/" : pathname, Search())
        {
            BasePath = under ? basePath.BasePath : "",
        };
    }

    /// <summary>The request headers. In middleware a change stays the middleware's own until it forwards the request.</summary>
    public NextHeaders Headers => new(_isMiddleware ? OwnHeaders : _context.Request.Headers);

    /// <summary>The request cookies, percent-decoded; <c>Set</c>/<c>Delete</c>/<c>Clear</c> change this request's <c>Cookie</c> header.</summary>
    public RequestCookies Cookies => _cookies ??= new RequestCookies(
        (_ownHeaders ?? _context.Request.Headers).Cookie,
        cookie => (_isMiddleware ? OwnHeaders : _context.Request.Headers).Cookie = cookie);

    /// <summary>The headers a forwarding middleware hands on: its own copy, changes included.</summary>
    internal IHeaderDictionary ForwardedHeaders => _isMiddleware ? OwnHeaders : _context.Request.Headers;

    private HeaderDictionary OwnHeaders
    {
        get
        {
            if (_ownHeaders is null)
            {
                _ownHeaders = new HeaderDictionary(_context.Request.Headers.Count);
                foreach (var (name, values) in _context.Request.Headers) _ownHeaders[name] = values;
            }
            return _ownHeaders;
        }
    }

    /// <summary>The request body stream.</summary>
    public Stream Body => _context.Request.Body;

    /// <summary>Reads the body as text (UTF-8; invalid bytes become U+FFFD, as in Next.js).</summary>
    public Task<string> TextAsync() => ReadAsync("text", async aborted =>
    {
        // UTF-8 only, as TextDecoder: a UTF-8 BOM is dropped, a UTF-16/32 one is not obeyed.
        using var reader = new StreamReader(_context.Request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        return await reader.ReadToEndAsync(aborted);
    });

    /// <summary>Reads the body as bytes (<c>request.arrayBuffer()</c>).</summary>
    public Task<byte[]> BytesAsync() => ReadAsync("bytes", ReadAllAsync);

    /// <summary>Parses the body as JSON; a malformed or empty body throws <see cref="RequestBodyException"/> (answered 400).</summary>
    public Task<JsonNode?> JsonAsync() => ReadAsync("JSON", async aborted =>
    {
        var json = await ReadAllAsync(aborted);
        EnsureStringsAreUnicode(json);
        return JsonNode.Parse(json);
    });

    /// <summary>
    /// Deserialises the body with source-generated metadata (Native AOT friendly). A body that is not JSON or
    /// not of the expected shape throws <see cref="RequestBodyException"/> (answered 400).
    /// </summary>
    public Task<T?> JsonAsync<T>(JsonTypeInfo<T> typeInfo) =>
        ReadAsync("JSON", aborted => JsonSerializer.DeserializeAsync(_context.Request.Body, typeInfo, aborted).AsTask());

    /// <summary>Deserialises the body by reflection; errors as <see cref="JsonAsync{T}(JsonTypeInfo{T})"/>.</summary>
    [RequiresUnreferencedCode("Uses reflection-based JSON; pass a JsonTypeInfo<T> for trimming and AOT.")]
    [RequiresDynamicCode("Uses reflection-based JSON; pass a JsonTypeInfo<T> for trimming and AOT.")]
    public Task<T?> JsonAsync<T>() =>
        ReadAsync("JSON", aborted => JsonSerializer.DeserializeAsync<T>(_context.Request.Body, JsonSerializerOptions.Web, aborted).AsTask());

    /// <summary>Reads an urlencoded or multipart body; anything else, or a malformed one, throws <see cref="RequestBodyException"/> (answered 400).</summary>
    public Task<FormData> FormDataAsync() =>
        ReadAsync("form", async aborted => new FormData(await _context.Request.ReadFormAsync(aborted)));

    private async Task<byte[]> ReadAllAsync(CancellationToken aborted)
    {
        using var buffer = new MemoryStream();
        await _context.Request.Body.CopyToAsync(buffer, aborted);
        return buffer.ToArray();
    }

    // JSON allows "\ud800" (a lone surrogate); a JsonNode holding one parses but fails when the handler writes
    // it out, as a 500. Reading every string once finds it while it is still the client's fault.
    private static void EnsureStringsAreUnicode(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        try
        {
            while (reader.Read())
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
                    reader.GetString();
        }
        catch (InvalidOperationException e)
        {
            throw new RequestBodyException(StatusCodes.Status400BadRequest,
                $"The request body is JSON with a string that is not valid Unicode (a lone surrogate escape) at byte {reader.TokenStartIndex + 1}.", e);
        }
    }

    // Turns the readers' exceptions into what the client did wrong. A body over the size limit or cut short
    // surfaces from the server as BadHttpRequestException, which the pipeline answers with its own status;
    // a client that went away is not a bad request at all, so its exceptions pass through untouched.
    private async Task<T> ReadAsync<T>(string expected, Func<CancellationToken, Task<T>> read)
    {
        // Next.js hands middleware a clone of the body: what middleware reads, the handler reads again.
        if (_isMiddleware) _context.Request.EnableBuffering();
        try
        {
            return await read(_context.RequestAborted);
        }
        catch (Exception e) when (!_context.RequestAborted.IsCancellationRequested && Malformed(expected, e) is { } message)
        {
            throw new RequestBodyException(StatusCodes.Status400BadRequest, message, e);
        }
        finally
        {
            if (_isMiddleware && _context.Request.Body.CanSeek) _context.Request.Body.Position = 0;
        }
    }

    private static string? Malformed(string expected, Exception e) => e switch
    {
        JsonException json => "The request body is not valid JSON or not the JSON this endpoint expects" +
            (json.Path is { Length: > 1 } path ? $" at {path}" : "") +
            (json.LineNumber is { } line ? $" (line {line + 1}, byte {json.BytePositionInLine + 1})." : "."),
        InvalidDataException => "The request body is not a valid form (multipart/form-data or application/x-www-form-urlencoded).",
        InvalidOperationException when expected == "form" =>
            "The request body is not a form: send Content-Type application/x-www-form-urlencoded or multipart/form-data.",
        IOException and not Microsoft.AspNetCore.Http.BadHttpRequestException => $"The request body ended before the {expected} was complete.",
        _ => null,
    };

    private string Search()
    {
        var search = WhatwgUrl.Search(_context.Request.QueryString.Value ?? "");
        if (!_isMiddleware || search.Length == 0) return search;
        var serialized = new SearchParams(search).ToString();
        return serialized.Length == 0 ? "" : "?" + serialized;
    }

    /// <summary>
    /// The path exactly as the client sent it. ASP.NET Core decodes <c>Path</c>; the raw target keeps
    /// <c>%2F</c> and friends, which Next.js shows and matches on.
    /// </summary>
    /// <example><c>NextRequest.RawPath(context)</c> is <c>/api/users/m%65</c> for that request line.</example>
    internal static string RawPath(HttpContext context)
    {
        var raw = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(raw) || raw[0] != '/')
            return context.Request.PathBase.Value + context.Request.Path.ToUriComponent();
        var q = raw.IndexOf('?');
        return q < 0 ? raw : raw[..q];
    }

    private static string Origin(HttpRequest request)
    {
        // Behind the Functions host (or a trusted proxy) the runtime knows the client's origin; otherwise Next's localhost.
        if (request.HttpContext.Features.Get<RequestOriginFeature>() is { } known)
            return known.Origin;
        var proto = request.Headers["x-forwarded-proto"].ToString() == "https" ? "https" : "http";
        var port = request.HttpContext.Connection.LocalPort;
        return port > 0 ? $"{proto}://localhost:{port}" : $"{proto}://localhost";
    }
}
