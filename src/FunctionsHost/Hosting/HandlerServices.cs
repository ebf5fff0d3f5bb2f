using Microsoft.Extensions.DependencyInjection;
using Nextfunc.Routing;

namespace Nextfunc.Hosting;

/// <summary>
/// Checks at start-up that every service a handler takes is registered, so a missing registration stops the start with
/// the type, the route file and the fix, instead of answering 500 at the first request to that route.
/// </summary>
internal static class HandlerServices
{
    /// <summary>Throws, naming each handler and the service it lacks, when any is not registered in <paramref name="services"/>.</summary>
    public static void ThrowIfMissing(FunctionAppManifest manifest, IServiceProvider services)
    {
        if (services.GetService<IServiceProviderIsService>() is not { } registered)
            return; // a container that cannot tell: the first request will
        var missing = manifest.Functions
            .SelectMany(f => f.Function.Services.Where(t => !registered.IsService(t)).Select(t => (f.Route, f.Function, Type: t)))
            .ToList();
        if (missing.Count == 0)
            return;
        throw new InvalidOperationException(
            "A handler takes a service that nothing registers, so the app cannot serve it:\n" +
            string.Join("\n", missing.Select(m =>
                $"  - {m.Function.Verb} in {m.Route.SourceFile} takes {Display(m.Type)}: register it in Program.cs before Build(), " +
                $"e.g. builder.Services.AddSingleton<{Display(m.Type)}, {Implementation(m.Type)}>();")) +
            "\nA test of the app that starts it without Program.cs needs the same registrations.");
    }

    private static string Display(Type type) => type.IsGenericType
        ? type.Name[..type.Name.IndexOf('`')] + "<" + string.Join(", ", type.GetGenericArguments().Select(Display)) + ">"
        : type.Name;

    private static string Implementation(Type type) => type.IsInterface && type.Name.StartsWith('I') ? type.Name[1..] : "YourImplementation";
}
