namespace Nextfunc.Routing.Http;

/// <summary>Attributes of a cookie being set, named as in Next.js (<c>{ path, httpOnly, maxAge }</c>).</summary>
/// <example><c>response.Cookies.Set("session", id, new() { HttpOnly = true, MaxAge = 3600 });</c></example>
public sealed record CookieAttributes
{
    /// <summary><c>Path</c>; Next.js defaults it to <c>/</c>.</summary>
    public string Path { get; init; } = "/";
    /// <summary><c>Domain</c>.</summary>
    public string? Domain { get; init; }
    /// <summary><c>Max-Age</c> in seconds; also sets <c>Expires</c>, as Next.js does.</summary>
    public int? MaxAge { get; init; }
    /// <summary><c>Expires</c>.</summary>
    public DateTimeOffset? Expires { get; init; }
    /// <summary><c>Secure</c>.</summary>
    public bool Secure { get; init; }
    /// <summary><c>HttpOnly</c>.</summary>
    public bool HttpOnly { get; init; }
    /// <summary><c>SameSite</c>: <c>strict</c>, <c>lax</c> or <c>none</c>.</summary>
    public string? SameSite { get; init; }
    /// <summary><c>Partitioned</c>.</summary>
    public bool Partitioned { get; init; }
    /// <summary><c>Priority</c>: <c>low</c>, <c>medium</c> or <c>high</c>.</summary>
    public string? Priority { get; init; }
}
