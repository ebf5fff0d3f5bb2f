namespace Nextfunc.FunctionApp.Tests.Hostile;

/// <summary>
/// The hostile corpus as raw HTTP/1.1 bytes through real Kestrel to the sample app: every answer is
/// well-formed, no 5xx outside the allow-list, no leaks, no internal headers; the app survives all of it.
/// </summary>
[TestCaseOrderer(HealthCheckLastOrderer.TypeName, HealthCheckLastOrderer.AssemblyName)]
[Trait("Category", "Functional")]
public sealed class SampleAppHostileTests(RunningSampleApp app) : IClassFixture<RunningSampleApp>
{
    public static TheoryData<string> Corpus => HostileCorpus.Ids(HostileTarget.Sample);

    [Theory]
    [MemberData(nameof(Corpus))]
    public Task HostileRequest_IsAnsweredWithoutServerErrorOrLeak(string id) => app.AssertAnswerAsync(id);

    [Fact]
    public Task AfterTheCorpus_TheAppIsStillHealthy() => app.AssertHealthyAsync();
}
