using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Nextfunc.Pipeline;
using Nextfunc.Routing;
using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Matching;
using Nextfunc.Routing.Web;

namespace Nextfunc.Invocation;

/// <summary>
/// The worker's <see cref="FunctionContext"/> for a request served on Kestrel (standalone or custom
/// handler), so a Functions middleware sees the same context in every mode: the function the host
/// would invoke, the request's services and cancellation, <c>context.GetHttpContext()</c>, and the
/// route params as binding data. Parts nobody reads are created on first use.
/// </summary>
internal sealed class KestrelFunctionContext : FunctionContext
{
    // The key the worker's ASP.NET Core integration stores the HttpContext under; GetHttpContext() reads it.
    internal const string HttpContextKey = "HttpRequestContext";

    private string? _invocationId;
    private IDictionary<object, object>? _items;
    private InvocationFeatures? _features;
    private BindingContext? _bindingContext;

    public KestrelFunctionContext(HttpContext httpContext, FunctionDefinition function)
    {
        HttpContext = httpContext;
        FunctionDefinition = function;
        InstanceServices = httpContext.RequestServices;
    }

    public HttpContext HttpContext { get; }

    public override string InvocationId => _invocationId ??=
        HttpContext.Request.Headers["X-Azure-Functions-InvocationId"].FirstOrDefault() ?? Guid.NewGuid().ToString();

    public override string FunctionId => FunctionDefinition.Id;

    public override TraceContext TraceContext => new ActivityTraceContext(Activity.Current);

    public override BindingContext BindingContext => _bindingContext ??= new RouteBindingContext(HttpContext);

    // Retries are a trigger feature (timers, queues); HTTP functions never retry, as in the worker.
    public override RetryContext RetryContext => null!;

    public override IServiceProvider InstanceServices { get; set; }

    public override FunctionDefinition FunctionDefinition { get; }

    public override IDictionary<object, object> Items
    {
        get => _items ??= new Dictionary<object, object> { [HttpContextKey] = HttpContext };
        set => _items = value;
    }

    public override IInvocationFeatures Features => _features ??= new InvocationFeatures();

    public override CancellationToken CancellationToken => HttpContext.RequestAborted;

    private sealed class ActivityTraceContext(Activity? activity) : TraceContext
    {
        public override string TraceParent => activity?.Id ?? "";
        public override string TraceState => activity?.TraceStateString ?? "";
    }

    private sealed class RouteBindingContext(HttpContext context) : BindingContext
    {
        // As the host's trigger metadata: the route values of the matched route file, decoded.
        public override IReadOnlyDictionary<string, object?> BindingData { get; } = RouteValues(context);

        private static IReadOnlyDictionary<string, object?> RouteValues(HttpContext context)
        {
            var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
            if (context.Features.Get<RequestState>() is not { } feature) return values;
            feature.Resolve(context.RequestServices.GetRequiredService<FunctionAppManifest>().Table, out var match);
            foreach (var (name, all) in match?.Params ?? RouteParams.Empty)
                values[name] = match!.Params.IsList(name) ? string.Join('/', all) : all[0];
            return values;
        }
    }
}
