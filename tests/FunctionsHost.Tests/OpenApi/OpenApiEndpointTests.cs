using System.Net;
using System.Text.Json.Nodes;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Http;
using Nextfunc.Tests.Shared.Apps;
using static Nextfunc.Tests.Support.TestManifest;

namespace Nextfunc.Tests.OpenApi;

/// <summary>/openapi.json over a real socket: off by default, the manifest's document when enabled, routes first.</summary>
[Trait("Category", "Functional")]
public sealed class OpenApiEndpointTests
{
    private const string Document = """{"openapi":"3.1.1","info":{"title":"T","version":"1"},"paths":{"/users/{id}":{}}}""";

    private static readonly Routing.Functions.RouteEntry Users =
        Route("/users/[id]", null, (HttpVerb.GET, i => new(NextResponse.Text(i.Context.Params["id"]))));

    private static Action<Nextfunc.Hosting.NextfuncAppBuilder> Enabled(string value = "true", string? prefix = null) => b =>
    {
        b.Configuration["Nextfunc:OpenApi:Enabled"] = value;
        if (prefix is not null) b.Configuration["AzureFunctionsJobHost:extensions:http:routePrefix"] = prefix;
    };

    [Fact]
    public async Task Enabled_GetOpenApiJson_IsTheManifestsDocumentAsJson()
    {
        await using var app = await AppUnderTest.StartAsync(Manifest([Users], openApiDocument: Document), Enabled());

        var response = await app.Client.GetAsync("/openapi.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Document, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Enabled_Head_HasTheLengthAndNoBody()
    {
        await using var app = await AppUnderTest.StartAsync(Manifest([Users], openApiDocument: Document), Enabled());

        var response = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/openapi.json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Document.Length, response.Content.Headers.ContentLength);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("false")]
    public async Task NotEnabled_IsTheNotFoundPage(string? value)
    {
        await using var app = await AppUnderTest.StartAsync(Manifest([Users], openApiDocument: Document), value is null ? null : Enabled(value));

        var response = await app.Client.GetAsync("/openapi.json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("This page could not be found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RoutePrefix_ServesUnderThePrefixWithItAsTheServerUrl()
    {
        await using var app = await AppUnderTest.StartAsync(Manifest([Users], openApiDocument: Document), Enabled(prefix: "api"));

        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync("/openapi.json")).StatusCode);
        var response = await app.Client.GetAsync("/api/openapi.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("/api", (string?)document["servers"]![0]!["url"]);
        Assert.NotNull(document["paths"]!["/users/{id}"]);
    }

    [Fact]
    public async Task AppRouteAtTheSamePath_Wins()
    {
        await using var app = await AppUnderTest.StartAsync(Manifest(
            [Route("/openapi.json", null, (HttpVerb.GET, _ => new(NextResponse.Text("mine"))))], openApiDocument: Document), Enabled());

        Assert.Equal("mine", await app.Client.GetStringAsync("/openapi.json"));
    }

    [Fact]
    public async Task NotABoolean_StopsTheStartNamingTheSetting()
    {
        var e = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var app = await AppUnderTest.StartAsync(Manifest([Users], openApiDocument: Document), Enabled("yes"));
        });

        Assert.Contains("Nextfunc:OpenApi:Enabled is 'yes'", e.Message);
    }
}
