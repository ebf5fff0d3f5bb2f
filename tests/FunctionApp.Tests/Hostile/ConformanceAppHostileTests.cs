namespace Nextfunc.FunctionApp.Tests.Hostile;

/// <summary>
/// The hostile corpus as raw HTTP/1.1 bytes through real Kestrel to the conformance app (the port of the
/// Next.js oracle app and its middleware): the same rules as <see cref="SampleAppHostileTests"/>.
/// </summary>
[TestCaseOrderer(HealthCheckLastOrderer.TypeName, HealthCheckLastOrderer.AssemblyName)]
[Trait("Category", "Functional")]
public sealed class ConformanceAppHostileTests(RunningConformanceApp app) : IClassFixture<RunningConformanceApp>
{
    public static TheoryData<string> Corpus => HostileCorpus.Ids(HostileTarget.Conformance);

    [Theory]
    [MemberData(nameof(Corpus))]
    public Task HostileRequest_IsAnsweredWithoutServerErrorOrLeak(string id) => app.AssertAnswerAsync(id);

    [Fact]
    public Task AfterTheCorpus_TheAppIsStillHealthy() => app.AssertHealthyAsync();

    [Fact]
    public void Corpus_HasAtLeast300RequestsPerApp()
    {
        Assert.True(HostileCorpus.For(HostileTarget.Conformance).Count >= 300);
        Assert.True(HostileCorpus.For(HostileTarget.Sample).Count >= 300);
    }
}
