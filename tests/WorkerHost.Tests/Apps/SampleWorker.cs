namespace Serverless.WorkerHost.Tests.Apps;

/// <summary>samples/SampleApp as a worker.</summary>
public sealed class SampleWorker() : WorkerApp(Support.AppBuilds.SampleApp, "SampleApp.dll");
