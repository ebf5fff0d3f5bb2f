namespace Nextfunc.WorkerHost.FunctionalTests.Apps;

/// <summary>
/// samples/SampleApp as a worker, printing its traces and metrics with the OpenTelemetry console exporter. It accepts the
/// host's function key itself (Nextfunc:Keys), for requests a middleware rewrite takes to a function-level route.
/// </summary>
public sealed class SampleWorker() : WorkerApp(Support.AppBuilds.SampleApp, "SampleApp.dll",
    new Dictionary<string, string>
    {
        ["Sample__ConsoleTelemetry"] = "true",
        ["Nextfunc__Keys__Function"] = Nextfunc.Tests.Shared.HostProxying.HostKeys.FunctionKey,
    });
