namespace Nextfunc.Telemetry;

/// <summary>
/// Attribute, event and instrument names. The semantic-convention ones (HTTP server, FaaS, error) are spelled as
/// the OpenTelemetry specification spells them; the <c>nextfunc.*</c> ones are this product's own.
/// </summary>
internal static class TelemetryNames
{
    public const string HttpRequestMethod = "http.request.method";
    public const string HttpRoute = "http.route";
    public const string HttpResponseStatusCode = "http.response.status_code";
    public const string FaasTrigger = "faas.trigger";
    public const string FaasName = "faas.name";
    public const string FaasInvocationId = "faas.invocation_id";
    public const string ErrorType = "error.type";

    /// <summary>The function that served the request when a middleware rewrite moved it from <see cref="FaasName"/>.</summary>
    public const string RewrittenTo = "nextfunc.rewritten_to";
    public const string MiddlewareOutcome = "nextfunc.middleware.outcome";
    public const string CacheOutcome = "nextfunc.cache.outcome";
    public const string StoreOperation = "nextfunc.cache.store.operation";

    public const string MiddlewareEvent = "nextfunc.middleware";
    public const string CacheEvent = "nextfunc.cache";

    public const string InvocationsInstrument = "faas.invocations";
    public const string DurationInstrument = "faas.invoke_duration";
    public const string CacheOutcomesInstrument = "nextfunc.cache.outcomes";
    public const string StoreErrorsInstrument = "nextfunc.cache.store.errors";

    /// <summary>The activity ASP.NET Core starts for each request on Kestrel; ours is its child.</summary>
    public const string AspNetCoreRequestActivity = "Microsoft.AspNetCore.Hosting.HttpRequestIn";
}
