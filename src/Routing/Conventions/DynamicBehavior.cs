namespace Nextfunc.Routing.Conventions;

/// <summary>The route segment config <c>Dynamic</c>, as Next.js spells its values.</summary>
/// <example>
/// <code>
/// // app/api/products/route.cs: rendered once, then served from the output cache
/// public const string Dynamic = "force-static";
/// </code>
/// </example>
internal enum DynamicBehavior
{
    /// <summary><c>"auto"</c> (default): a route handler GET runs on every request.</summary>
    Auto,
    /// <summary><c>"force-dynamic"</c>: never cached.</summary>
    ForceDynamic,
    /// <summary><c>"force-static"</c>: the GET response is rendered once (without the request's query, headers or cookies) and cached.</summary>
    ForceStatic,
    /// <summary><c>"error"</c>: like force-static, and reading request data is an error.</summary>
    Error,
}
