using Nextfunc.WorkerHost.FunctionalTests.Support;

namespace Nextfunc.WorkerHost.FunctionalTests.Apps;

/// <summary>tests/ConfigConformanceApp as a worker.</summary>
public sealed class ConfigWorker() : WorkerApp(AppBuilds.ConfigConformanceApp, "ConfigConformanceApp.dll");
