namespace Nextfunc.Settings;

/// <summary>
/// An OpenAPI security scheme the app's routes require (how the app authenticates, for the API page and client
/// generators): an <c>http</c> bearer or basic scheme, an <c>apiKey</c> header, query parameter or cookie, or
/// <c>openIdConnect</c>. Set under <c>Nextfunc:OpenApi:SecuritySchemes:{name}</c>.
/// </summary>
/// <example>
/// <code>
/// o.OpenApi.SecuritySchemes["bearer"] = new() { Scheme = "bearer", BearerFormat = "JWT", Paths = ["/api/admin"] };
/// o.OpenApi.SecuritySchemes["apiKey"] = new() { Type = "apiKey", In = "header", Name = "X-API-Key" };
/// </code>
/// </example>
public sealed class OpenApiSecuritySchemeOptions
{
    /// <summary><c>http</c> (default), <c>apiKey</c>, <c>oauth2</c>, <c>openIdConnect</c> or <c>mutualTLS</c>.</summary>
    public string Type { get; set; } = "http";

    /// <summary>For <c>http</c>: <c>bearer</c> (default) or <c>basic</c>.</summary>
    public string? Scheme { get; set; }

    /// <summary>For a bearer scheme, what the token is (<c>JWT</c>): a hint for readers.</summary>
    public string? BearerFormat { get; set; }

    /// <summary>For <c>apiKey</c>: the header, query parameter or cookie name.</summary>
    public string? Name { get; set; }

    /// <summary>For <c>apiKey</c>: <c>header</c> (default), <c>query</c> or <c>cookie</c>.</summary>
    public string? In { get; set; }

    /// <summary>For <c>openIdConnect</c>: the discovery document's URL.</summary>
    public string? OpenIdConnectUrl { get; set; }

    /// <summary>What the scheme is, for readers.</summary>
    public string? Description { get; set; }

    /// <summary>
    /// The path prefixes whose operations require it, as the document writes paths (<c>/api/admin</c> covers
    /// <c>/api/admin</c> and <c>/api/admin/users</c>); empty: every operation.
    /// </summary>
    public List<string> Paths { get; set; } = [];
}
