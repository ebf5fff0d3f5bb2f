using Nextfunc.FunctionApp.Tests.Support;

namespace Nextfunc.FunctionApp.Tests.Hostile;

/// <summary>samples/SampleApp as a running process, for the corpus and the CVE replays.</summary>
public sealed class RunningSampleApp() : HostileApp(() => Path.Combine(TestPaths.SampleAppOutput, "SampleApp.dll"), HostileTarget.Sample);
