using Serverless.Routing.Functions;

namespace Serverless.FunctionsHost.Hosting;

/// <summary>
/// The entry point of a Serverless app. The generator calls <see cref="RunAsync"/> when the project
/// has no <c>Program.cs</c>; an app that adds services or Functions-style middleware uses <see cref="CreateBuilder"/>.
/// </summary>
/// <example>
/// <code>
/// var builder = ServerlessApplication.CreateBuilder(args, GeneratedFunctions.Manifest);
/// builder.Services.AddSingleton&lt;IUserStore, InMemoryUserStore&gt;();
/// builder.UseMiddleware&lt;ExceptionLogging&gt;();
/// return await builder.Build().RunAsync();
/// </code>
/// </example>
public static class ServerlessApplication
{
    /// <summary>Creates a builder for the app described by <paramref name="manifest"/>.</summary>
    public static ServerlessAppBuilder CreateBuilder(string[] args, FunctionAppManifest manifest) => new(args, manifest);

    /// <summary>Builds and runs the app with no extra services: serve, or run a command (<c>routes</c>, ...).</summary>
    public static Task<int> RunAsync(string[] args, FunctionAppManifest manifest) => CreateBuilder(args, manifest).Build().RunAsync();
}
