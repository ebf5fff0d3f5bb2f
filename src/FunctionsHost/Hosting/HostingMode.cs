namespace Nextfunc.Hosting;

/// <summary>How the app was started; one build runs all three ways, and nothing but the launch decides.</summary>
/// <example>
/// <code>
/// var builder = NextfuncApp.CreateBuilder(args, GeneratedFunctions.Manifest);
/// if (builder.Mode == HostingMode.Standalone)
///     builder.Services.AddSingleton&lt;IGreeter, LocalGreeter&gt;();
/// </code>
/// </example>
public enum HostingMode
{
    /// <summary><c>dotnet run</c> / <c>dotnet App.dll</c>: Kestrel on <c>Host.LocalHttpPort</c> (7071), no Functions host.</summary>
    Standalone,

    /// <summary>Launched by the Functions host as a custom handler (<c>FUNCTIONS_CUSTOMHANDLER_PORT</c> is set): Kestrel on that port. The Native AOT path.</summary>
    CustomHandler,

    /// <summary>Launched by the Functions host as a dotnet-isolated worker (it passes <c>--functions-uri</c>): the worker hosts the pipeline.</summary>
    IsolatedWorker,
}
