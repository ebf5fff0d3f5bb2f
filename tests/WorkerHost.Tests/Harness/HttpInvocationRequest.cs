using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Nextfunc.WorkerHost.Tests.Rpc;

namespace Nextfunc.WorkerHost.Tests.Harness;

/// <summary>
/// The InvocationRequest the host sends for an HTTP request when the worker proxies HTTP (it advertised
/// <c>HttpUri</c>): the trigger's input is an empty <see cref="RpcHttp"/> (the request itself travels to the
/// worker's own Kestrel), and the trigger metadata is the http trigger's binding data. That is a faithful
/// subset of the host's: query values (without <c>code</c>), route values, and the <c>Query</c> and
/// <c>Headers</c> dictionaries as JSON. Values the host takes from a JSON request body are left out here, as
/// reading the body would race the forwarding of that same body.
/// </summary>
public static class HttpInvocationRequest
{
    /// <summary>Builds the request for <paramref name="function"/> (which must be an HTTP function).</summary>
    public static InvocationRequest Create(string invocationId, WorkerFunction function, HttpRequest request, RouteValueDictionary routeValues)
    {
        var invocation = new InvocationRequest
        {
            InvocationId = invocationId,
            FunctionId = function.FunctionId,
            TraceContext = new RpcTraceContext { TraceParent = TraceParent(request) },
        };
        invocation.InputData.Add(new ParameterBinding
        {
            Name = function.HttpTriggerName ?? throw new ArgumentException($"{function.Name} is not an HTTP function.", nameof(function)),
            Data = new TypedData { Http = new RpcHttp() },
        });

        var metadata = invocation.TriggerMetadata;
        foreach (var (name, values) in request.Query)
        {
            // The host skips the function key: it is a system parameter, not data.
            if (!string.Equals(name, "code", StringComparison.OrdinalIgnoreCase))
                metadata[name] = new TypedData { String = values.ToString() };
        }
        foreach (var (name, value) in routeValues)
        {
            if (value is not null)
                metadata[name] = new TypedData { String = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) };
        }
        metadata.TryAdd("Query", Json(request.Query.ToDictionary(q => q.Key, q => q.Value.ToString())));
        metadata.TryAdd("Headers", Json(request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString())));
        return invocation;
    }

    private static TypedData Json(Dictionary<string, string> values) => new() { Json = JsonSerializer.Serialize(values) };

    // The host passes its own activity, a child of the caller's trace when the caller sent one, sampled as the caller's.
    private static string TraceParent(HttpRequest request)
    {
        var called = ActivityContext.TryParse(request.Headers.TraceParent.ToString(), null, out var caller);
        var traceId = called ? caller.TraceId : ActivityTraceId.CreateRandom();
        var flags = called && caller.TraceFlags.HasFlag(ActivityTraceFlags.Recorded) ? "01" : "00";
        return $"00-{traceId.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-{flags}";
    }
}
