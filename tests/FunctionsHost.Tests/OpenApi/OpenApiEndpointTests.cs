using System.Net;
using System.Text.Json.Nodes;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Http;
using Nextfunc.Tests.Shared.Apps;
using static Nextfunc.Tests.Support.TestManifest;

namespace Nextfunc.Tests.OpenApi;

/// <summary>
/// /openapi.json over a real socket: off by default, the manifest's document when enabled, with the settings' info and
/// security schemes; routes first. The API page when enabled in Development (its browser check is in
/// tests/FunctionApp.Tests/Browser).
/// </summary>
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
    public async Task EnabledInDevelopment_ServesTheDocumentAndTheApiPage()
    {
        await using var app = await AppUnderTest.StartAsync(Manifest([Users], openApiDocument: Document), Enabled(), args: ["--environment=Development"]);

        Assert.Equal(Document, await app.Client.GetStringAsync("/openapi.json"));
        var page = await app.Client.GetAsync("/scalar/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("openapi.json", await page.Content.ReadAsStringAsync());
        // The page's script is served by the app itself (no CDN).
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync("/scalar/scalar.js")).StatusCode);
    }

    [Fact]
    public async Task NotEnabledInDevelopment_ServesNeitherTheDocumentNorThePage()
    {
        await using var app = await AppUnderTest.StartAsync(Manifest([Users], openApiDocument: Document), args: ["--environment=Development"]);

        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync("/openapi.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync("/scalar")).StatusCode);
    }

    [Fact]
    public async Task EnabledOutsideDevelopment_ServesTheDocumentButNotThePage()
    {
        await using var app = await AppUnderTest.StartAsync(Manifest([Users], openApiDocument: Document), Enabled());

        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync("/openapi.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync("/scalar")).StatusCode);
    }

    [Fact]
    public async Task Settings_SetTheInfo_AndSecuritySchemesRequiredUnderTheirPaths()
    {
        const string operations = """
            {"openapi":"3.1.1","info":{"title":"T","version":"1"},"paths":{
              "/users/{id}":{"get":{"responses":{}}},
              "/admin/keys":{"get":{"responses":{},"security":[{"functionKey":[]}]}},
              "/health":{"get":{"responses":{}}}},
             "components":{"securitySchemes":{"functionKey":{"type":"apiKey","in":"header","name":"x-functions-key"}}}}
            """;
        await using var app = await AppUnderTest.StartAsync(Manifest([Users], openApiDocument: operations), b =>
        {
            Enabled()(b);
            b.Configuration["Nextfunc:OpenApi:Title"] = "Todo API";
            b.Configuration["Nextfunc:OpenApi:Version"] = "1.2.0";
            b.Configuration["Nextfunc:OpenApi:SecuritySchemes:bearer:Scheme"] = "bearer";
            b.Configuration["Nextfunc:OpenApi:SecuritySchemes:bearer:BearerFormat"] = "JWT";
            b.Configuration["Nextfunc:OpenApi:SecuritySchemes:bearer:Paths:0"] = "/users";
            b.Configuration["Nextfunc:OpenApi:SecuritySchemes:bearer:Paths:1"] = "/admin";
        });

        var document = JsonNode.Parse(await app.Client.GetStringAsync("/openapi.json"))!;

        Assert.Equal("Todo API", (string?)document["info"]!["title"]);
        Assert.Equal("1.2.0", (string?)document["info"]!["version"]);
        var bearer = document["components"]!["securitySchemes"]!["bearer"]!;
        Assert.Equal(("http", "bearer", "JWT"), ((string?)bearer["type"], (string?)bearer["scheme"], (string?)bearer["bearerFormat"]));
        Assert.Equal("""[{"bearer":[]}]""", document["paths"]!["/users/{id}"]!["get"]!["security"]!.ToJsonString());
        // The host's key and the app's token, both.
        Assert.Equal("""[{"functionKey":[],"bearer":[]}]""", document["paths"]!["/admin/keys"]!["get"]!["security"]!.ToJsonString());
        Assert.Null(document["paths"]!["/health"]!["get"]!["security"]);
    }

    [Fact]
    public async Task AnApiKeySchemeWithoutAName_StopsTheStartNamingTheSetting()
    {
        var e = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var app = await AppUnderTest.StartAsync(Manifest([Users], openApiDocument: Document),
                b => b.Configuration["Nextfunc:OpenApi:SecuritySchemes:partner:Type"] = "apiKey");
        });

        Assert.Contains("Nextfunc:OpenApi:SecuritySchemes:partner is an apiKey scheme without a Name", e.Message);
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
