using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Generator.Tests.Infrastructure;
using Nextfunc.Routing.Matching;
using Nextfunc.Routing.Web;

namespace Nextfunc.Routing.Generator.Tests.Invocation;

/// <summary>Handlers that take dynamic segments as typed parameters: converted values in, non-converting URLs never matched.</summary>
[Trait("Category", "InProcess")]
public sealed class TypedRouteParamsTests : IDisposable
{
    private readonly LoadedApp _app = LoadedApp.Load(TypedRoutes.App().Run());

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData(nameof(HttpVerb.GET), "/orders/41", "order 42 via r12_orders_id_GET")]
    [InlineData(nameof(HttpVerb.GET), "/orders/-7", "order -6 via r12_orders_id_GET")]
    [InlineData(nameof(HttpVerb.DELETE), "/orders/5", "deleted 5")]
    [InlineData(nameof(HttpVerb.GET), "/tickets/3F2504E0-4F89-11D3-9A0C-0305E82C3301", "3f2504e04f8911d39a0c0305e82c3301")]
    [InlineData(nameof(HttpVerb.GET), "/days/2026-11-26/large", "2026-11-26 Large")]
    [InlineData(nameof(HttpVerb.GET), "/files/a/b%2Fc", "2:a|b/c")]
    [InlineData(nameof(HttpVerb.GET), "/docs", "index")]
    [InlineData(nameof(HttpVerb.GET), "/docs/x/y", "x|y")]
    public async Task Invoke_ConvertingValue_ReachesTheHandlerTyped(string verbName, string path, string expected)
    {
        var verb = Enum.Parse<HttpVerb>(verbName);
        var result = await _app.InvokeAsync(verb, path);

        Assert.Equal(200, result.Status);
        Assert.Equal(expected, result.Body);
    }

    [Theory]
    [InlineData("/tickets/not-a-guid")]
    [InlineData("/days/2026-13-01/large")]
    [InlineData("/days/2026-11-26/medium")]
    [InlineData("/days/2026-11-26/1")]      // an enum is named, not numbered
    [InlineData("/days/2026-11-26/Small,Large")]
    public void Match_ValueThatDoesNotConvert_IsNotFound(string path)
    {
        Assert.Equal(RouteMatchStatus.NotFound, _app.Manifest.Table.Match(path, out _));
    }

    [Theory]
    [InlineData("/orders/abc", "abc")]
    [InlineData("/orders/99999999999", "99999999999")] // over int.MaxValue
    [InlineData("/orders/4.5", "4.5")]
    public async Task Match_IntThatDoesNotConvert_FallsThroughToTheCatchAll(string path, string rest)
    {
        // As under the Functions host, where api/orders/{id:int} does not match and the next route is tried.
        var result = await _app.InvokeAsync(HttpVerb.GET, path);

        Assert.Equal("r13_orders_rest_GET", result.FunctionName);
        Assert.Equal("rest " + rest, result.Body);
    }

    [Fact]
    public void Match_MalformedEscapeInTypedSegment_IsStillTheBadRequestOfAnUndecodableParam()
    {
        Assert.Equal(RouteMatchStatus.MalformedParam, _app.Manifest.Table.Match("/tickets/%ff", out _));
    }

    [Fact]
    public void Manifest_TypedSegments_CarryTheirHostConstraint()
    {
        var constraints = _app.Manifest.Routes
            .SelectMany(r => r.Constraints.Select(c => (r.Pattern.Text, c.Name, c.TypeName, c.AzureConstraint)))
            .OrderBy(c => c.Text, StringComparer.Ordinal)
            .ToList();

        Assert.Equal(
        [
            ("/days/[day]/[size]", "day", "System.DateOnly", null),
            ("/days/[day]/[size]", "size", "TestApp.Shop.Size", null),
            ("/orders/[id]", "id", "int", "int"),
            ("/tickets/[ticket]", "ticket", "System.Guid", "guid"),
        ], constraints);
    }
}
