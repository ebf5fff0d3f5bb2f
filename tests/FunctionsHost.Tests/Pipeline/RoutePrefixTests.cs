using System.Net;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Http;
using Nextfunc.Tests.Shared.Apps;
using static Nextfunc.Tests.Support.TestManifest;

namespace Nextfunc.Tests.Pipeline;

/// <summary>host.json's routePrefix, applied as the Functions host applies it (set here through its app-setting override).</summary>
[Trait("Category", "Functional")]
public sealed class RoutePrefixTests
{
    [Theory]
    [InlineData("/api/users/7", HttpStatusCode.OK, "7")]
    [InlineData("/API/users/7", HttpStatusCode.OK, "7")]
    [InlineData("/users/7", HttpStatusCode.NotFound, null)]
    [InlineData("/apix/users/7", HttpStatusCode.NotFound, null)]
    public async Task RoutesAreServedUnderThePrefixOnly(string path, HttpStatusCode status, string? body)
    {
        await using var app = await AppUnderTest.StartAsync(Manifest(
            [Route("/users/[id]", null, (HttpVerb.GET, i => new(NextResponse.Text(i.Context.Params["id"]))))]), b => b.Configuration["AzureFunctionsJobHost:extensions:http:routePrefix"] = "api");

        var response = await app.Client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        if (body is not null) Assert.Equal(body, await response.Content.ReadAsStringAsync());
    }
}
