using Nextfunc.FunctionApp.Tests.Support;

namespace Nextfunc.FunctionApp.Tests.Hostile;

/// <summary>tests/ConformanceApp as a running process, for the corpus and the CVE replays.</summary>
public sealed class RunningConformanceApp() : HostileApp(() => TestPaths.ConformanceApp, HostileTarget.Conformance);
