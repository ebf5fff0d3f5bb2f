namespace Nextfunc.Routing.Conventions;

/// <summary>
/// The stable ids of every build-time diagnostic. Each has a page in <c>docs/diagnostics/ID.md</c>.
/// </summary>
internal static class DiagnosticIds
{
    /// <summary>Two route files resolve to one URL (for example through route groups).</summary>
    public const string DuplicateRoute = "NXF001";
    /// <summary>Sibling dynamic folders with different parameter names (<c>[id]</c> beside <c>[slug]</c>).</summary>
    public const string ConflictingParameterNames = "NXF002";
    /// <summary>A catch-all or optional catch-all folder that is not the last segment.</summary>
    public const string CatchAllNotLast = "NXF003";
    /// <summary>A route file that exports no HTTP verb.</summary>
    public const string NoVerbExported = "NXF004";
    /// <summary>A verb method with a parameter the adapter cannot supply.</summary>
    public const string UnsupportedParameter = "NXF005";
    /// <summary>A verb method whose return type is not supported.</summary>
    public const string UnsupportedReturnType = "NXF006";
    /// <summary>An unknown segment-config value (<c>Dynamic</c>, <c>Revalidate</c>, ...).</summary>
    public const string InvalidSegmentConfig = "NXF007";
    /// <summary>A route under <c>admin</c> or <c>runtime</c>, prefixes Azure Functions reserves (warning).</summary>
    public const string ReservedRoutePrefix = "NXF008";
    /// <summary>A malformed folder name (<c>[id</c>, <c>[]</c>, a repeated parameter name).</summary>
    public const string MalformedFolderName = "NXF009";
    /// <summary>An invalid middleware matcher.</summary>
    public const string InvalidMatcher = "NXF010";
    /// <summary>More than one middleware file.</summary>
    public const string DuplicateMiddleware = "NXF011";
    /// <summary>A middleware file without a usable <c>Middleware</c> method.</summary>
    public const string InvalidMiddleware = "NXF012";
    /// <summary>A route file with no static class, or with more than one.</summary>
    public const string NoRouteClass = "NXF013";
    /// <summary>Two different URLs that become the same Azure Functions name (names ignore case and fold characters).</summary>
    public const string FunctionNameCollision = "NXF014";
    /// <summary>A typed route parameter that names no segment, has a type that cannot bind, or differs between verbs.</summary>
    public const string InvalidRouteParameter = "NXF015";
    /// <summary>A <c>next.config.cs</c> setting or rule Next.js would refuse (a source without <c>/</c>, a redirect without <c>Permanent</c>, ...).</summary>
    public const string InvalidNextConfig = "NXF016";
}
