using Serverless.FunctionApp.Tests.Support;

namespace Serverless.FunctionApp.Tests.Hostile;

/// <summary>tests/ConformanceApp as a running process, for the corpus and the CVE replays.</summary>
public sealed class RunningConformanceApp() : HostileApp(() => TestPaths.ConformanceApp, HostileTarget.Conformance);
