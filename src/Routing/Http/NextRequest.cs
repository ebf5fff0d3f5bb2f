using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;

namespace Serverless.Routing.Http;

/// <summary>
/// The request a route handler or middleware receives, with Next.js <c>NextRequest</c> semantics:
/// <see cref="Url"/> is always <c>http://localhost:PORT/...</c> (the Host header is ignored,
/// <c>x-forwarded-proto: https</c> is honoured), the pathname stays encoded, cookies are decoded.
/// </summary>
/// <example>
/// <code>
/// public static async Task&lt;IResult&gt; POST(NextRequest request)
/// {
///     var body = await request.JsonAsync();          // invalid JSON throws: a 500, as in Next.js
///     return NextResponse.Json(new { received = body });
/// }
/// </code>
/// </example>
public sealed class NextRequest
{
    private readonly HttpContext _context;
    private NextUrl? _nextUrl;
    private RequestCookies? _cookies;

    private readonly bool _reserializeSearch;

    /// <summary>Wraps an ASP.NET Core request.</summary>
    public NextRequest(HttpContext context) => _context = context;

    /// <summary>
    /// Wraps a request for middleware. Next.js hands middleware a <c>nextUrl</c> whose <c>search</c> was
    /// re-serialised by <c>URLSearchParams</c> (<c>a%20b</c> reads <c>a+b</c>); handlers see the raw query.
    /// </summary>
    public static NextRequest ForMiddleware(HttpContext context) => new(context, reserializeSearch: true);

    private NextRequest(HttpContext context, bool reserializeSearch)
    {
        _context = context;
        _reserializeSearch = reserializeSearch;
    }

    /// <summary>The ASP.NET Core context behind this request.</summary>
    public HttpContext HttpContext => _context;

    /// <summary>GET, POST, ...</summary>
    public string Method => _context.Request.Method;

    /// <summary><c>request.nextUrl</c>.</summary>
    public NextUrl NextUrl => _nextUrl ??= new NextUrl(Origin(_context.Request), RawPath(_context), Search());

    /// <summary><c>request.url</c> as a <see cref="Uri"/>: <c>new Uri(request.Url, "/x")</c> builds a same-origin URL without the query.</summary>
    public Uri Url => new(NextUrl.Href);

    /// <summary>The request headers.</summary>
    public NextHeaders Headers => new(_context.Request.Headers);

    /// <summary>The request cookies, percent-decoded.</summary>
    public RequestCookies Cookies => _cookies ??= new RequestCookies(_context.Request.Headers.Cookie);

    /// <summary>The request body stream.</summary>
    public Stream Body => _context.Request.Body;

    /// <summary>Reads the body as text (UTF-8).</summary>
    public async Task<string> TextAsync()
    {
        using var reader = new StreamReader(_context.Request.Body);
        return await reader.ReadToEndAsync(_context.RequestAborted);
    }

    /// <summary>Parses the body as JSON; invalid JSON throws <see cref="JsonException"/>.</summary>
    public async Task<JsonNode?> JsonAsync() =>
        await JsonNode.ParseAsync(_context.Request.Body, cancellationToken: _context.RequestAborted);

    /// <summary>Deserialises the body with source-generated metadata (Native AOT friendly).</summary>
    public async Task<T?> JsonAsync<T>(JsonTypeInfo<T> typeInfo) =>
        await JsonSerializer.DeserializeAsync(_context.Request.Body, typeInfo, _context.RequestAborted);

    /// <summary>Deserialises the body by reflection.</summary>
    [RequiresUnreferencedCode("Uses reflection-based JSON; pass a JsonTypeInfo<T> for trimming and AOT.")]
    [RequiresDynamicCode("Uses reflection-based JSON; pass a JsonTypeInfo<T> for trimming and AOT.")]
    public async Task<T?> JsonAsync<T>() =>
        await JsonSerializer.DeserializeAsync<T>(_context.Request.Body, JsonSerializerOptions.Web, _context.RequestAborted);

    /// <summary>Reads an urlencoded or multipart body.</summary>
    public async Task<FormData> FormDataAsync() => new(await _context.Request.ReadFormAsync(_context.RequestAborted));

    private string Search()
    {
        var raw = _context.Request.QueryString.Value ?? "";
        if (!_reserializeSearch || raw.Length <= 1) return raw;
        var serialized = new SearchParams(raw).ToString();
        return serialized.Length == 0 ? "" : "?" + serialized;
    }

    /// <summary>
    /// The path exactly as the client sent it. ASP.NET Core decodes <c>Path</c>; the raw target keeps
    /// <c>%2F</c> and friends, which Next.js shows and matches on.
    /// </summary>
    /// <example><c>NextRequest.RawPath(context)</c> is <c>/api/users/m%65</c> for that request line.</example>
    public static string RawPath(HttpContext context)
    {
        var raw = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(raw) || raw[0] != '/')
            return context.Request.PathBase.Value + context.Request.Path.ToUriComponent();
        var q = raw.IndexOf('?');
        return q < 0 ? raw : raw[..q];
    }

    private static string Origin(HttpRequest request)
    {
        var proto = request.Headers["x-forwarded-proto"].ToString() == "https" ? "https" : "http";
        var port = request.HttpContext.Connection.LocalPort;
        return port > 0 ? $"{proto}://localhost:{port}" : $"{proto}://localhost";
    }
}
