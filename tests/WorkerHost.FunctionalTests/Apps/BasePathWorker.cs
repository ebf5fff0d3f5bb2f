using Nextfunc.WorkerHost.FunctionalTests.Support;

namespace Nextfunc.WorkerHost.FunctionalTests.Apps;

/// <summary>tests/BasePathConformanceApp (basePath /docs, trailingSlash) as a worker.</summary>
public sealed class BasePathWorker() : WorkerApp(AppBuilds.BasePathConformanceApp, "BasePathConformanceApp.dll");
