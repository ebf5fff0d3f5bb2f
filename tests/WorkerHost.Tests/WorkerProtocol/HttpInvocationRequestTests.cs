using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Nextfunc.WorkerHost.Tests.Harness;
using Nextfunc.WorkerHost.Tests.Rpc;

namespace Nextfunc.WorkerHost.Tests.WorkerProtocol;

/// <summary>The InvocationRequest for a proxied HTTP request: an empty RpcHttp input and the trigger's binding data.</summary>
[Trait("Category", "InProcess")]
public sealed class HttpInvocationRequestTests
{
    private static readonly WorkerFunction Item = WorkerFunction.From(new RpcFunctionMetadata
    {
        Name = "Item",
        FunctionId = "fid",
        RawBindings = { """{"name":"request","type":"httpTrigger","direction":"In","route":"items/{id:int}"}""" },
    });

    private static InvocationRequest Create(string query = "", string? traceparent = null)
    {
        var http = new DefaultHttpContext();
        http.Request.QueryString = new QueryString(query);
        http.Request.Headers["X-Test"] = "yes";
        if (traceparent is not null)
            http.Request.Headers.TraceParent = traceparent;
        return HttpInvocationRequest.Create("inv", Item, http.Request, new RouteValueDictionary { ["id"] = "42" });
    }

    [Fact]
    public void TheTriggerInputIsAnEmptyRpcHttpNamedAfterTheBinding()
    {
        var request = Create();
        Assert.Equal(("inv", "fid"), (request.InvocationId, request.FunctionId));
        var input = Assert.Single(request.InputData);
        Assert.Equal("request", input.Name);
        Assert.Equal(new RpcHttp(), input.Data.Http);
    }

    [Fact]
    public void RouteValuesQueryValuesAndTheDictionariesAreTriggerMetadata()
    {
        var metadata = Create("?q=1&code=secret").TriggerMetadata;
        Assert.Equal("42", metadata["id"].String);
        Assert.Equal("1", metadata["q"].String);
        Assert.False(metadata.ContainsKey("code")); // the function key is not data
        Assert.Equal("yes", JsonSerializer.Deserialize<Dictionary<string, string>>(metadata["Headers"].Json)!["X-Test"]);
        Assert.Equal("1", JsonSerializer.Deserialize<Dictionary<string, string>>(metadata["Query"].Json)!["q"]);
    }

    [Fact]
    public void TheTraceContinuesTheCallersTrace()
    {
        const string caller = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        var traceParent = Create(traceparent: caller).TraceContext.TraceParent;
        Assert.StartsWith("00-0af7651916cd43dd8448eb211c80319c-", traceParent);
        Assert.NotEqual(caller, traceParent);
        Assert.EndsWith("-01", traceParent); // sampled, as the caller asked
        Assert.Matches("^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$", Create().TraceContext.TraceParent);
    }
}
