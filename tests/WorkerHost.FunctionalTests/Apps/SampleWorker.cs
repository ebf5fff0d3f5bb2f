namespace Nextfunc.WorkerHost.FunctionalTests.Apps;

/// <summary>samples/SampleApp as a worker, printing its traces and metrics with the OpenTelemetry console exporter.</summary>
public sealed class SampleWorker() : WorkerApp(Support.AppBuilds.SampleApp, "SampleApp.dll",
    new Dictionary<string, string> { ["Sample__ConsoleTelemetry"] = "true" });
