using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Generator.Tests.Infrastructure;

namespace Nextfunc.Routing.Generator.Tests.OpenApi;

/// <summary>The generated OpenAPI document, read back with Microsoft.OpenApi: valid 3.1, and every function in it.</summary>
[Trait("Category", "InProcess")]
public sealed class OpenApiDocumentTests
{
    public static TheoryData<string> Apps => ["api", "sample"];

    private static TestProject App(string name) => name == "api" ? ApiRoutes.App() : SampleRoutes.App();

    private static (OpenApiDocument Document, OpenApiDiagnostic Diagnostic, Routing.FunctionAppManifest Manifest) Read(TestProject project)
    {
        using var app = LoadedApp.Load(project.Run());
        var json = app.Manifest.OpenApiDocument;
        Assert.NotNull(json);
        var (document, diagnostic) = OpenApiDocument.Parse(json, OpenApiConstants.Json);
        Assert.NotNull(document);
        return (document, diagnostic!, app.Manifest);
    }

    [Theory]
    [MemberData(nameof(Apps))]
    public void Document_ParsesAsOpenApi31WithoutErrors(string app)
    {
        var (document, diagnostic, _) = Read(App(app));

        Assert.Empty(diagnostic.Errors);
        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, diagnostic.SpecificationVersion);
        Assert.Empty(document.Validate(ValidationRuleSet.GetDefaultRuleSet()) ?? []);
        // The spec requires unique operation ids; the validator does not check it.
        var ids = document.Paths.Values.SelectMany(p => p.Operations!.Values).Select(o => o.OperationId).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Apps))]
    public void Document_HasEveryRouteAndVerb(string app)
    {
        var (document, _, manifest) = Read(App(app));

        foreach (var (route, function) in manifest.Functions)
        {
            foreach (var path in OpenApiPaths(route.Pattern))
            {
                Assert.True(document.Paths.TryGetValue(path, out var item), $"{path} ({route.SourceFile}) is not in the document");
                Assert.True(item!.Operations!.ContainsKey(new HttpMethod(function.Verb.ToString())), $"{function.Verb} {path} is not in the document");
            }
        }
    }

    [Fact]
    public void Document_TypedParamsBodiesAndResponses_AreDescribed()
    {
        var (document, _, _) = Read(ApiRoutes.App());

        var user = document.Paths["/api/users/{id}"];
        var id = Assert.Single(user.Parameters!);
        Assert.Equal(ParameterLocation.Path, id.In);
        Assert.Equal(JsonSchemaType.Integer, id.Schema!.Type);
        Assert.Equal("int32", id.Schema.Format);

        var get = user.Operations![HttpMethod.Get];
        Assert.Equal("One user, by Id.", get.Summary);
        Assert.Equal(["200", "404"], get.Responses!.Keys.Order());
        var userSchema = get.Responses["200"].Content!["application/json"].Schema!;
        Assert.Equal(JsonSchemaType.Object, userSchema.Type);
        Assert.Equal(["addresses", "created", "email", "id", "is_admin", "name"], userSchema.Properties!.Keys.Order());
        Assert.Equal(JsonSchemaType.String | JsonSchemaType.Null, userSchema.Properties["email"].Type);

        var post = document.Paths["/api/users"].Operations![HttpMethod.Post];
        Assert.Equal(["name"], post.RequestBody!.Content!["application/json"].Schema!.Properties!.Keys);
        Assert.Equal(["201", "400"], post.Responses!.Keys.Order());

        var size = document.Paths["/days/{day}/{size}"].Parameters!.Single(p => p.Name == "size");
        Assert.Equal(["Small", "Large"], size.Schema!.Enum!.Select(e => e!.ToString().Trim('"')));

        Assert.Equal(["functionKey"], document.Paths["/api/secret"].Operations![HttpMethod.Get].Security!.SelectMany(s => s.Keys).Select(k => k.Reference.Id));
    }

    [Fact]
    public void Document_ValueFromTheDataCache_HasItsSchema_AndTheQueryParametersReadAreListed()
    {
        var (document, _, _) = Read(ApiRoutes.App());

        var get = document.Paths["/api/team"].Operations![HttpMethod.Get];
        var list = get.Responses!["200"].Content!["application/json"].Schema!;
        Assert.Equal(JsonSchemaType.Array, list.Type);
        Assert.Equal("TestApp.Lib.User", Assert.IsType<OpenApiSchemaReference>(list.Items).Reference.Id);

        var query = get.Parameters!.ToDictionary(p => p.Name!);
        Assert.Equal(["role", "tag"], query.Keys.Order());
        Assert.All(query.Values, p => Assert.Equal(ParameterLocation.Query, p.In));
        Assert.All(query.Values, p => Assert.False(p.Required));
        Assert.Equal(JsonSchemaType.String, query["role"].Schema!.Type);
        Assert.Equal(JsonSchemaType.Array, query["tag"].Schema!.Type);
        // SearchParams.Has("x") is a read too.
        Assert.Equal("x", Assert.Single(document.Paths["/api/secret"].Operations![HttpMethod.Get].Parameters!).Name);
    }

    [Fact]
    public void Document_Required_FollowsNullability()
    {
        var (document, _, _) = Read(ApiRoutes.App());
        var schemas = document.Components!.Schemas!;

        // User(int Id, string Name, string? Email, Address[] Addresses, bool IsAdmin, DateTimeOffset Created)
        Assert.Equal(["addresses", "created", "id", "is_admin", "name"], schemas["TestApp.Lib.User"].Required!.Order());
        // Address(string City, string? Zip)
        Assert.Equal(["city"], schemas["TestApp.Lib.Address"].Required!);
    }

    [Fact]
    public void Document_CatchAllBesideDynamicOfSamePath_IsNamedAsNotListedAndTheDocumentStaysValid()
    {
        var (document, diagnostic, _) = Read(TypedRoutes.App());

        Assert.Empty(diagnostic.Errors);
        Assert.Empty(document.Validate(ValidationRuleSet.GetDefaultRuleSet()) ?? []);
        Assert.Contains("/orders/{id}", document.Paths.Keys);
        Assert.Contains("/orders/[...rest]", document.Info.Description);
    }

    // Next.js folder syntax to OpenAPI templates, written from the spec rather than taken from the generator:
    // an optional catch-all is a path without the parameter and one with it.
    private static IEnumerable<string> OpenApiPaths(RoutePattern pattern)
    {
        var text = pattern.Text;
        var optional = Regex.Match(text, @"/\[\[\.\.\.(\w+)\]\]$");
        if (optional.Success)
        {
            var parent = text[..optional.Index];
            yield return parent.Length == 0 ? "/" : parent;
            text = parent + "/{" + optional.Groups[1].Value + "}";
        }
        yield return Regex.Replace(text, @"\[(?:\.\.\.)?(\w+)\]", "{$1}");
    }
}
