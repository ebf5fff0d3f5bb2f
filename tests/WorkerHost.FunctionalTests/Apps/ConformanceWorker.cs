namespace Nextfunc.WorkerHost.FunctionalTests.Apps;

/// <summary>tests/ConformanceApp as a worker.</summary>
public sealed class ConformanceWorker() : WorkerApp(Support.AppBuilds.ConformanceApp, "ConformanceApp.dll");
