using System.ComponentModel;
using Microsoft.Extensions.DependencyInjection;
using Nextfunc.Routing.Config;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Http;
using Nextfunc.Routing.Matching;
using Nextfunc.Routing.Middleware;
using Nextfunc.Routing.Middleware.Patterns;
using Nextfunc.Routing.Web;

namespace Nextfunc.Routing.Generated;

/// <summary>
/// Builds an app's <see cref="FunctionAppManifest"/>: what the Nextfunc generator writes in <c>GeneratedFunctions.g.cs</c>,
/// one call per route file, exported verb and middleware matcher entry. For generated code only: its shape follows
/// the generator and may change in any release; the manifest it builds is what application code uses.
/// </summary>
/// <example>
/// <code>
/// public static FunctionAppManifest Manifest { get; } = new ManifestBuilder(typeof(GeneratedFunctions).Assembly)
///     .Route("app/api/users/[id]/route.cs", "/api/users/[id]")
///         .Function("r112_api_users_id_GET", "GET", static i => new(UserById.GET(i.Context)))
///     .Middleware("middleware.cs", static request => new(AppMiddleware.Middleware(request)))
///         .Matcher("/api/:path*", jsRegex, dotnetPattern).Segments("/api", 0, int.MaxValue)
///     .Build();
/// </code>
/// </example>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed partial class ManifestBuilder
{
    private readonly string _buildId;

    /// <summary>Starts the manifest of the app compiled into <paramref name="app"/>; its build id is that build's (<c>nextfunc.buildid</c>).</summary>
    /// <param name="app">The app's assembly: <c>typeof(GeneratedFunctions).Assembly</c>.</param>
    public ManifestBuilder(System.Reflection.Assembly app) : this(BuildIdentity.Of(app)) => _app = app;

    private readonly System.Reflection.Assembly? _app;

    // Tests and tools that build a manifest by hand name the build.
    internal ManifestBuilder(string buildId) => _buildId = buildId;

    private readonly List<RouteDraft> _routes = [];
    private MiddlewareDraft? _middleware;
    private NextConfigRules? _config;
    private ConfigRule? _lastRule;
    private string? _openApi;
    private readonly List<Action<IServiceCollection>> _extensions = [];

    /// <summary>Adds a route file; the <see cref="Function"/>, <see cref="Constraint"/> and <see cref="StaticParams"/> calls after it belong to it.</summary>
    /// <param name="sourceFile">The route file, relative to the project: <c>app/api/users/[id]/route.cs</c>.</param>
    /// <param name="pattern">Its URL pattern: <c>/api/users/[id]</c>.</param>
    /// <param name="dynamic">The <c>Dynamic</c> segment config as Next.js spells it.</param>
    /// <param name="revalidate">The <c>Revalidate</c> segment config in seconds, or null.</param>
    /// <param name="dynamicParams">The <c>DynamicParams</c> segment config.</param>
    /// <param name="authLevel">The <c>AuthLevel</c> of its functions.</param>
    public ManifestBuilder Route(string sourceFile, string pattern, string dynamic = "auto", int? revalidate = null, bool dynamicParams = true,
        string authLevel = "anonymous")
    {
        var config = new SegmentConfig
        {
            Dynamic = SegmentConfig.DynamicValues[dynamic],
            Revalidate = revalidate,
            DynamicParams = dynamicParams,
            AuthLevel = authLevel,
        };
        _routes.Add(new RouteDraft(sourceFile, RoutePattern.Parse(pattern), config));
        return this;
    }

    /// <summary>Adds an exported verb of the last route as a function.</summary>
    /// <param name="name">The function's Azure Functions name.</param>
    /// <param name="verb">The exported method: <c>GET</c>, <c>POST</c>, ...</param>
    /// <param name="handler">The adapter that calls the user's method.</param>
    public ManifestBuilder Function(string name, string verb, RouteHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        LastRoute.Functions.Add(new RouteFunction(name, Enum.Parse<HttpVerb>(verb), handler.ToFunctionHandler()));
        return this;
    }

    /// <summary>The services the last function's handler takes from dependency injection; the host checks them at start-up.</summary>
    /// <param name="services">The parameters' types.</param>
    public ManifestBuilder Requires(params Type[] services)
    {
        var functions = LastRoute.Functions;
        if (functions.Count == 0) throw new InvalidOperationException("Function(...) comes first.");
        functions[^1] = functions[^1] with { Services = services };
        return this;
    }

    /// <summary>Adds a typed handler parameter's rule to the last route: the route matches only values <paramref name="accepts"/> takes.</summary>
    /// <param name="name">The dynamic segment's name.</param>
    /// <param name="typeName">The parameter's type as written, for messages.</param>
    /// <param name="azureConstraint">The Functions host's route constraint for the type, or null.</param>
    /// <param name="accepts">True when a decoded value converts.</param>
    public ManifestBuilder Constraint(string name, string typeName, string? azureConstraint, Func<string, bool> accepts)
    {
        LastRoute.Constraints.Add(new RouteParamConstraint(name, typeName, azureConstraint, accepts));
        return this;
    }

    /// <summary>Sets the last route's <c>MaxDuration</c> segment config.</summary>
    /// <param name="seconds">How long one invocation may run, <c>after</c> work included.</param>
    public ManifestBuilder MaxDuration(int seconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(seconds);
        LastRoute.Config = LastRoute.Config with { MaxDuration = seconds };
        return this;
    }

    /// <summary>Sets the last route's <c>GenerateStaticParams</c>.</summary>
    /// <param name="generate">Calls the user's method.</param>
    public ManifestBuilder StaticParams(Func<IServiceProvider, CancellationToken, ValueTask<IReadOnlyList<RouteParams>>> generate)
    {
        LastRoute.GenerateStaticParams = generate;
        return this;
    }

    /// <summary>Sets the app's middleware; the <see cref="Matcher"/> calls after it are its <c>Config.Matcher</c> entries.</summary>
    /// <param name="sourceFile">The middleware file, relative to the project.</param>
    /// <param name="invoke">Calls the user's <c>Middleware</c> method.</param>
    /// <param name="everyPath">True when the file has no <c>Config.Matcher</c>: the middleware runs for every path.</param>
    public ManifestBuilder Middleware(string sourceFile, Func<NextRequest, ValueTask<NextResponse>> invoke, bool everyPath = false)
    {
        ArgumentNullException.ThrowIfNull(invoke);
        return Middleware(sourceFile, async (request, _) => await invoke(request), everyPath);
    }

    /// <summary>Sets the app's middleware, one that may take the <see cref="NextFetchEvent"/> and return nothing (continue).</summary>
    /// <param name="sourceFile">The middleware file, relative to the project.</param>
    /// <param name="invoke">Calls the user's <c>Middleware</c> method; a null result means "continue", as in Next.js.</param>
    /// <param name="everyPath">True when the file has no <c>Config.Matcher</c>: the middleware runs for every path.</param>
    public ManifestBuilder Middleware(string sourceFile, Func<NextRequest, NextFetchEvent, ValueTask<NextResponse?>> invoke, bool everyPath = false)
    {
        _middleware = new MiddlewareDraft(sourceFile, invoke, everyPath);
        return this;
    }

    /// <summary>Adds a compiled matcher entry to the middleware.</summary>
    /// <param name="source">The entry as the user wrote it.</param>
    /// <param name="jsRegex">The regular expression Next.js would put in its manifest.</param>
    /// <param name="pattern">The same as a .NET pattern.</param>
    public ManifestBuilder Matcher(string source, string jsRegex, string pattern)
    {
        _lastRule = null;
        Middleware_.Entries.Add(new MatcherDraft(source, jsRegex, pattern));
        return this;
    }

    /// <summary>Adds a <c>has</c> condition to the last matcher entry, or to the last config rule when one came after it.</summary>
    /// <param name="type">Where the value comes from.</param>
    /// <param name="key">The header, cookie or query key; null for host.</param>
    /// <param name="valuePattern">The .NET pattern of the value, or null for any non-empty value.</param>
    public ManifestBuilder Has(MatchConditionType type, string? key, string? valuePattern)
    {
        if (_lastRule is not null) _lastRule.Has.Add(new Condition(new CompiledMatchCondition(type, key, valuePattern), JsRegexTranslator.Options));
        else LastMatcher.Has.Add(new CompiledMatchCondition(type, key, valuePattern));
        return this;
    }

    /// <summary>Adds a <c>missing</c> condition to the last matcher entry, or to the last config rule when one came after it.</summary>
    /// <param name="type">Where the value comes from.</param>
    /// <param name="key">The header, cookie or query key; null for host.</param>
    /// <param name="valuePattern">The .NET pattern of the value, or null for any non-empty value.</param>
    public ManifestBuilder Missing(MatchConditionType type, string? key, string? valuePattern)
    {
        if (_lastRule is not null) _lastRule.Missing.Add(new Condition(new CompiledMatchCondition(type, key, valuePattern), JsRegexTranslator.Options));
        else LastMatcher.Missing.Add(new CompiledMatchCondition(type, key, valuePattern));
        return this;
    }

    /// <summary>The last matcher entry's source as plain C#: a literal prefix and a segment count range.</summary>
    /// <param name="literal">The literal path prefix.</param>
    /// <param name="minSegments">The fewest segments after it.</param>
    /// <param name="maxSegments">The most segments after it.</param>
    public ManifestBuilder Segments(string literal, int minSegments, int maxSegments)
    {
        LastMatcher.Compiled = CompiledSource.Segments(literal, minSegments, maxSegments);
        return this;
    }

    /// <summary>The last matcher entry's source as plain C#: every path but those under the excluded prefixes.</summary>
    /// <param name="excluded">The prefixes of the negative lookahead.</param>
    public ManifestBuilder Excluding(params string[] excluded)
    {
        LastMatcher.Compiled = CompiledSource.Excluding(excluded);
        return this;
    }

    /// <summary>Sets the app's OpenAPI document.</summary>
    /// <param name="json">The document the generator wrote.</param>
    public ManifestBuilder OpenApi(string json)
    {
        _openApi = json;
        return this;
    }

    /// <summary>Adds a referenced package's start-up (see <see cref="NextfuncExtensionAttribute"/>).</summary>
    /// <param name="configure">The package's <c>Configure</c> method.</param>
    public ManifestBuilder Extension(Action<IServiceCollection> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _extensions.Add(configure);
        return this;
    }

    /// <summary>Builds the manifest; the route table and the middleware matcher are compiled here, once.</summary>
    public FunctionAppManifest Build()
    {
        var routes = _routes.Select(r => new RouteEntry(r.Pattern, KindOf(r.SourceFile), r.SourceFile, r.Config, r.Functions)
        {
            Constraints = r.Constraints,
            GenerateStaticParams = r.GenerateStaticParams,
        }).ToArray();
        return new FunctionAppManifest(routes, BuildMiddleware(), _buildId) { OpenApiDocument = _openApi, Extensions = [.. _extensions], AppAssembly = _app, Config = _config is { IsEmpty: false } ? _config : null };
    }

    private MiddlewareDefinition? BuildMiddleware()
    {
        if (_middleware is not { } m) return null;
        if (m.EveryPath)
            return new MiddlewareDefinition(m.SourceFile, _config is { BasePath.Length: > 0 } ? MiddlewareMatcher.UnderBasePath : static _ => true, m.Invoke);
        // skipMiddlewareUrlNormalize: the matcher sees /_next/data/<buildId>/….json as requested.
        var matcher = new MiddlewareMatcher(m.Entries.Select(e => new CompiledMatcherEntry(e.Source, e.JsRegex, e.Pattern, e.Has, e.Missing)
        {
            Compiled = e.Compiled,
        }), _config?.SkipMiddlewareUrlNormalize == true ? null : _buildId);
        return new MiddlewareDefinition(m.SourceFile, matcher.Matches, m.Invoke);
    }

    private static RouteFileKind KindOf(string sourceFile) => Path.GetFileName(sourceFile) switch
    {
        "sitemap.cs" => RouteFileKind.Sitemap,
        "robots.cs" => RouteFileKind.Robots,
        _ => RouteFileKind.Route,
    };

    private RouteDraft LastRoute => _routes.Count > 0 ? _routes[^1] : throw new InvalidOperationException("Route(...) comes first.");

    private MiddlewareDraft Middleware_ => _middleware ?? throw new InvalidOperationException("Middleware(...) comes first.");

    private MatcherDraft LastMatcher => Middleware_.Entries.Count > 0 ? Middleware_.Entries[^1] : throw new InvalidOperationException("Matcher(...) comes first.");

    private sealed record RouteDraft(string SourceFile, RoutePattern Pattern, SegmentConfig Config)
    {
        public SegmentConfig Config { get; set; } = Config;
        public List<RouteFunction> Functions { get; } = [];
        public List<RouteParamConstraint> Constraints { get; } = [];
        public Func<IServiceProvider, CancellationToken, ValueTask<IReadOnlyList<RouteParams>>>? GenerateStaticParams { get; set; }
    }

    private sealed record MiddlewareDraft(string SourceFile, Func<NextRequest, NextFetchEvent, ValueTask<NextResponse?>> Invoke, bool EveryPath)
    {
        public List<MatcherDraft> Entries { get; } = [];
    }

    private sealed record MatcherDraft(string Source, string JsRegex, string Pattern)
    {
        public List<CompiledMatchCondition> Has { get; } = [];
        public List<CompiledMatchCondition> Missing { get; } = [];
        public CompiledSource? Compiled { get; set; }
    }
}
