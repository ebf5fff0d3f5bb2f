using System.Reflection;
using Nextfunc.Tests.Shared.Apps;

namespace Nextfunc.Tests.Settings;

/// <summary>
/// A real app process (the conformance app, started as a user starts it) refuses to start on a bad setting and says
/// which setting and how to fix it, where the user looks: its output. The same settings, corrected, start it.
/// </summary>
[Trait("Category", "Functional")]
public sealed class StartValidationTests
{
    private static readonly string App = typeof(StartValidationTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "ConformanceApp").Value!;

    [Fact]
    public async Task ABadEnvironmentVariable_StopsTheStart_WithTheSettingAndTheFix()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => AppUnderTest.StartProcessAsync(App, new Dictionary<string, string>
        {
            ["Nextfunc__Cache__Store"] = "Memory",
            ["Nextfunc__Cache__LockSeconds"] = "-5",
        }));

        Assert.Contains("did not start", error.Message);
        Assert.Contains("Nextfunc:Cache:LockSeconds is '-5', but it must be a number of seconds above 0, at most 86400", error.Message);
        Assert.Contains("Nextfunc__Cache__LockSeconds=30", error.Message);
    }

    [Fact]
    public async Task TheSameSettingCorrected_Starts()
    {
        await using var app = await AppUnderTest.StartProcessAsync(App, new Dictionary<string, string>
        {
            ["Nextfunc__Cache__Store"] = "Memory",
            ["Nextfunc__Cache__LockSeconds"] = "5",
        });

        Assert.False(app.HasExited);
    }
}
