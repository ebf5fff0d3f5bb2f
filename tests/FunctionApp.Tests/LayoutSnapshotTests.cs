using Nextfunc.FunctionApp.Tests.Support;

namespace Nextfunc.FunctionApp.Tests;

/// <summary>The sample app's host.json and every function.json against the committed, reviewed baselines.</summary>
[Trait("Category", "Functional")]
public sealed class LayoutSnapshotTests(SampleLayoutFixture fixture) : IClassFixture<SampleLayoutFixture>
{
    [Fact]
    public void HostJsonMatchesBaseline() =>
        BaselineAssert.Matches("host.json", File.ReadAllText(Path.Combine(fixture.Layout.Directory, "host.json")));

    [Fact]
    public void EveryFunctionJsonMatchesItsBaseline()
    {
        var failures = new List<string>();
        foreach (var function in fixture.Layout.Functions)
        {
            try
            {
                BaselineAssert.Matches($"{function.Name}/function.json",
                    File.ReadAllText(Path.Combine(fixture.Layout.Directory, function.Name, "function.json")));
            }
            catch (Xunit.Sdk.XunitException e)
            {
                failures.Add(e.Message);
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public void NoBaselineIsLeftOverFromARemovedFunction()
    {
        var expected = fixture.Layout.Functions.Select(f => $"{f.Name}/function.json").ToHashSet();
        var stale = BaselineAssert.Existing("function.json").Where(b => !expected.Contains(b)).ToList();
        Assert.True(stale.Count == 0, "Baselines without a function (delete them): " + string.Join(", ", stale));
    }
}
