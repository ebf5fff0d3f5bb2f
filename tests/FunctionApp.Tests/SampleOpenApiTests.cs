using System.Net;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Nextfunc.FunctionApp.Tests.Support;
using Nextfunc.Tests.Shared.Processes;

namespace Nextfunc.FunctionApp.Tests;

/// <summary>
/// samples/SampleApp's OpenAPI document: served at /openapi.json through the host model (the fallback function
/// carries it to the app), valid OpenAPI 3.1 with every function in it, and the same as the <c>openapi</c> command writes.
/// </summary>
[Trait("Category", "Functional")]
public sealed class SampleOpenApiTests(SampleHostFixture fixture) : IClassFixture<SampleHostFixture>
{
    [Fact]
    public async Task OpenApiJson_IsValidAndHasEveryRouteAndVerbOfTheSample()
    {
        var response = await fixture.Client.GetAsync("/openapi.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);

        var (document, diagnostic) = OpenApiDocument.Parse(await response.Content.ReadAsStringAsync(), OpenApiConstants.Json);
        Assert.NotNull(document);
        Assert.Empty(diagnostic!.Errors);
        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, diagnostic.SpecificationVersion);
        Assert.Empty(document.Validate(ValidationRuleSet.GetDefaultRuleSet()) ?? []);

        foreach (var (route, function) in SampleApp.GeneratedFunctions.Manifest.Functions)
        {
            // [id] -> {id}; [...path] -> {path}; [[...slug]] -> the path without it and the path with {slug}.
            var text = route.Pattern.Text;
            var paths = Regex.IsMatch(text, @"/\[\[\.\.\.\w+\]\]$")
                ? new[] { Regex.Replace(text, @"/\[\[\.\.\.\w+\]\]$", ""), Regex.Replace(text, @"\[\[\.\.\.(\w+)\]\]$", "{$1}") }
                : [Regex.Replace(text, @"\[(?:\.\.\.)?(\w+)\]", "{$1}")];
            foreach (var path in paths.Select(p => p.Length == 0 ? "/" : p))
            {
                Assert.True(document.Paths.TryGetValue(path, out var item), $"{path} ({route.SourceFile}) is not in the document");
                Assert.True(item!.Operations!.ContainsKey(new HttpMethod(function.Verb.ToString())), $"{function.Verb} {path} is not in the document");
            }
        }

        // The typed [id] of app/api/users/[id]/route.cs (GET(int id)) is an integer parameter.
        var id = Assert.Single(document.Paths["/api/users/{id}"].Parameters!);
        Assert.Equal(JsonSchemaType.Integer, id.Schema!.Type);
    }

    [Fact]
    public async Task OpenApiCommand_WritesTheServedDocument()
    {
        var file = Path.Combine(Path.GetTempPath(), "sample-openapi-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            var (code, output) = await ProcessRunner.RunAsync("dotnet", Path.Combine(TestPaths.SampleAppOutput, "SampleApp.dll"), "openapi", file);

            Assert.True(code == 0, $"openapi failed ({code}):\n{output}");
            Assert.Equal(await fixture.Client.GetStringAsync("/openapi.json") + "\n", await File.ReadAllTextAsync(file));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
