namespace Serverless.WorkerHost.Tests.Apps;

/// <summary>samples/SampleApp as a worker, printing its traces with the OpenTelemetry console exporter.</summary>
public sealed class TracedSampleWorker() : WorkerApp(Support.AppBuilds.SampleApp, "SampleApp.dll",
    new Dictionary<string, string> { ["Sample__ConsoleTelemetry"] = "true" });
