using Microsoft.AspNetCore.Http;
using Microsoft.CodeAnalysis;
using Nextfunc.Routing.Functions;

namespace Nextfunc.Routing.Generator.Tests.Infrastructure;

/// <summary>
/// What an app compiles against: the runtime's platform assemblies, the ASP.NET Core shared
/// framework and the adapter (Nextfunc.Routing, Nextfunc).
/// </summary>
internal static class TestReferences
{
    public static IReadOnlyList<MetadataReference> All { get; } = Load();

    private static IReadOnlyList<MetadataReference> Load()
    {
        var netCore = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var aspNetCore = Path.GetDirectoryName(typeof(HttpContext).Assembly.Location)!;
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Where(p => Path.GetDirectoryName(p) == netCore || Path.GetDirectoryName(p) == aspNetCore);
        var adapter = new[]
        {
            typeof(RouteEntry).Assembly.Location,
            typeof(Nextfunc.Hosting.NextfuncApp).Assembly.Location,
        };
        return platform.Concat(Directory.GetFiles(aspNetCore, "*.dll")).Concat(adapter)
            .Distinct(StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
    }
}
