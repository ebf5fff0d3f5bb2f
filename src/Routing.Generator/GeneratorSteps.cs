namespace Nextfunc.Routing.Generator;

/// <summary>Tracking names of the incremental steps, asserted by the incrementality tests (not an API: internal).</summary>
internal static class GeneratorSteps
{
    /// <summary>Each route file read into a model.</summary>
    public const string RouteFiles = nameof(RouteFiles);
    /// <summary>The middleware file read into a model.</summary>
    public const string MiddlewareFiles = nameof(MiddlewareFiles);
    public const string NextConfigFiles = nameof(NextConfigFiles);
    /// <summary>The MSBuild options.</summary>
    public const string Options = nameof(Options);
    /// <summary>The whole app: routes, middleware, diagnostics.</summary>
    public const string AppModel = nameof(AppModel);
    /// <summary>The app's assembly version, for the OpenAPI document.</summary>
    public const string Version = nameof(Version);
    /// <summary>The text of the generated files.</summary>
    public const string GeneratedSources = nameof(GeneratedSources);
    /// <summary>The extension packages found on the references.</summary>
    public const string Extensions = nameof(Extensions);
}
