using Serverless.FunctionApp.Tests.Support;

namespace Serverless.FunctionApp.Tests.Hostile;

/// <summary>samples/SampleApp as a running process, for the corpus and the CVE replays.</summary>
public sealed class RunningSampleApp() : HostileApp(() => Path.Combine(TestPaths.SampleAppOutput, "SampleApp.dll"), HostileTarget.Sample);
