namespace Nextfunc.Routing.Conventions;

/// <summary>The seven methods a route file can export, spelled as the Next.js exports are.</summary>
/// <example>
/// <code>
/// // each exported method is one function: GET -> HttpVerb.GET, POST -> HttpVerb.POST
/// public static IResult GET() => NextResponse.Json(new { ok = true });
/// public static async Task&lt;IResult&gt; POST(NextRequest request) => NextResponse.Json(await request.JsonAsync&lt;Item&gt;(), 201);
/// </code>
/// </example>
internal enum HttpVerb
{
    /// <summary>GET; also serves HEAD when no HEAD is exported.</summary>
    GET,
    /// <summary>HEAD.</summary>
    HEAD,
    /// <summary>OPTIONS; answered automatically when not exported.</summary>
    OPTIONS,
    /// <summary>POST.</summary>
    POST,
    /// <summary>PUT.</summary>
    PUT,
    /// <summary>PATCH.</summary>
    PATCH,
    /// <summary>DELETE.</summary>
    DELETE,
}
