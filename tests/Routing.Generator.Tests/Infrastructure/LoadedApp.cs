using System.Reflection;
using System.Runtime.Loader;
using Microsoft.AspNetCore.Http;
using Microsoft.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Generated;
using Nextfunc.Routing.Matching;
using Nextfunc.Routing.Web;

namespace Nextfunc.Routing.Generator.Tests.Infrastructure;

/// <summary>
/// The generated app compiled and loaded into a collectible context. The adapter assemblies resolve
/// from the default context, so the manifest is the test's own <see cref="FunctionAppManifest"/> type.
/// </summary>
internal sealed class LoadedApp : IDisposable
{
    private readonly AssemblyLoadContext _context;

    private readonly Assembly _assembly;

    private LoadedApp(AssemblyLoadContext context, Assembly assembly, FunctionAppManifest manifest)
    {
        _context = context;
        _assembly = assembly;
        Manifest = manifest;
    }

    public FunctionAppManifest Manifest { get; }

    public static LoadedApp Load(GeneratorRun run)
    {
        Assert.Empty(run.Diagnostics);
        using var image = new MemoryStream();
        var emitted = JsonSourceGenerator.Run(run.Output).Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));

        image.Position = 0;
        var context = new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("n"), isCollectible: true);
        var assembly = context.LoadFromStream(image);
        var type = assembly.GetType(TestProject.RootNamespace + ".GeneratedFunctions", throwOnError: true)!;
        var manifest = (FunctionAppManifest)type.GetProperty("Manifest", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        return new LoadedApp(context, assembly, manifest);
    }

    /// <summary>Resolves a path, invokes the verb's function and executes its result, like the dispatcher does.</summary>
    public async Task<InvocationResult> InvokeAsync(HttpVerb verb, string rawPath, Action<IServiceCollection>? services = null)
    {
        Assert.Equal(RouteMatchStatus.Matched, Manifest.Table.Match(rawPath, out var match));
        var function = match!.Route.Find(verb) ?? throw new InvalidOperationException($"{match.Route.Pattern} exports no {verb}");

        var collection = new ServiceCollection();
        collection.AddLogging();
        services?.Invoke(collection);
        await using var provider = collection.BuildServiceProvider();
        var http = new DefaultHttpContext { RequestServices = provider };
        http.Request.Method = verb.ToString();
        http.Request.Path = rawPath;
        http.Response.Body = new MemoryStream();

        var result = await function.Handler(http, new RouteContext(match.Params, function.Name));
        if (result is not null)
            await result.ExecuteAsync(http);
        http.Response.Body.Position = 0;
        var body = await new StreamReader(http.Response.Body).ReadToEndAsync();
        return new InvocationResult(function.Name, http.Response.StatusCode, body, http.Response.ContentType, result is null);
    }

    /// <summary>A type the test app declares (for example a service to register).</summary>
    public Type Type(string fullName) => _assembly.GetType(fullName, throwOnError: true)!;

    public void Dispose() => _context.Unload();
}
