using static Nextfunc.Tests.Settings.SettingsHarness;

namespace Nextfunc.Tests.Settings;

/// <summary>
/// A bad value is refused with a message that names the setting in both spellings, repeats the value, says what is
/// allowed and gives an example, instead of being ignored for a default (as the cache's settings once were).
/// </summary>
[Trait("Category", "InProcess")]
public sealed class NextfuncOptionsValidationTests
{
    [Theory]
    // Values that are not of the setting's type.
    [InlineData("Nextfunc:MaxRequestBodySize", "10MB", "a whole number of bytes above 0")]
    [InlineData("Nextfunc:Cache:StoreTimeoutSeconds", "1,5", "a number of seconds above 0, at most 86400")]
    [InlineData("Nextfunc:Cache:MemoryLimitMB", "64MB", "a whole number of megabytes from 0 to 65536")]
    [InlineData("Nextfunc:Cache:Store", "redis", "Auto, File, Memory or Blob")]
    [InlineData("Nextfunc:OpenApi:Enabled", "yes", "true or false")]
    // Values of the right type out of range.
    [InlineData("Nextfunc:MaxRequestBodySize", "0", "a whole number of bytes above 0")]
    [InlineData("Nextfunc:Cache:StoreTimeoutSeconds", "0", "a number of seconds above 0, at most 86400")]
    [InlineData("Nextfunc:Cache:StoreTimeoutSeconds", "NaN", "a number of seconds above 0, at most 86400")]
    [InlineData("Nextfunc:Cache:FailureCooldownSeconds", "-1", "a number of seconds from 0 to 86400")]
    [InlineData("Nextfunc:Cache:LockSeconds", "86401", "a number of seconds above 0, at most 86400")]
    [InlineData("Nextfunc:Cache:LockWaitSeconds", "Infinity", "a number of seconds from 0 to 86400")]
    [InlineData("Nextfunc:Cache:TagCheckIntervalSeconds", "-0.5", "a number of seconds from 0 to 86400")]
    [InlineData("Nextfunc:Cache:EntryCopies", "0", "a whole number from 1 to 16")]
    [InlineData("Nextfunc:Cache:EntryCopies", "17", "a whole number from 1 to 16")]
    [InlineData("Nextfunc:Cache:MemoryLimitMB", "-1", "a whole number of megabytes from 0 to 65536")]
    [InlineData("Nextfunc:Cache:Store", "7", "Auto, File, Memory or Blob")]
    [InlineData("Nextfunc:Cache:Container", "My_Cache", "an Azure blob container name")]
    [InlineData("Nextfunc:Cache:Container", "ab", "an Azure blob container name")]
    [InlineData("Nextfunc:Cache:Container", "cache--x", "an Azure blob container name")]
    [InlineData("Nextfunc:Rewrites:AllowedHosts", "https://api.example.com", "host names or host:port")]
    [InlineData("Nextfunc:Rewrites:AllowedHosts", "api.example.com/v1", "host names or host:port")]
    [InlineData("Nextfunc:Rewrites:AllowedHosts", "localhost:99999", "host names or host:port")]
    public void ABadValue_IsRefused_NamingTheSettingTheValueAndWhatIsAllowed(string key, string value, string allowed)
    {
        var message = Problem((key, value));

        Assert.Contains($"{key} is '{value}', but it must be {allowed}", message);
        Assert.Contains($"Set {key.Replace(":", "__")} in local.settings.json Values", message);
        Assert.Contains($"(for example {key.Replace(":", "__")}=", message);
    }

    [Fact]
    public void AMemoryOnlyStore_NeedsMemory()
    {
        var message = Problem(("Nextfunc:Cache:Store", "Memory"), ("Nextfunc:Cache:MemoryLimitMB", "0"));

        Assert.Contains("Nextfunc:Cache:MemoryLimitMB is '0'", message);
        Assert.Contains("at least 1 when Nextfunc:Cache:Store is Memory", message);
    }

    [Fact]
    public void SeveralBadValues_AreAllNamed_SoOneStartShowsEveryFix()
    {
        var message = Problem(("Nextfunc:Cache:LockSeconds", "0"), ("Nextfunc:Cache:Container", "UPPER"), ("Nextfunc:MaxRequestBodySize", "-5"));

        Assert.Contains("Nextfunc:Cache:LockSeconds is '0'", message);
        Assert.Contains("Nextfunc:Cache:Container is 'UPPER'", message);
        Assert.Contains("Nextfunc:MaxRequestBodySize is '-5'", message);
    }

    [Theory]
    [InlineData("api.example.com")]
    [InlineData("localhost:3001")]
    [InlineData("127.0.0.1:8080")]
    [InlineData("[::1]:8080")]
    [InlineData("a.com, b.com:81")]
    public void HostsAndHostPortPairs_AreAccepted(string hosts) =>
        Assert.NotEmpty(Bind(("Nextfunc:Rewrites:AllowedHosts", hosts)).Rewrites.AllowedHosts);

    [Theory]
    [InlineData("Nextfunc:Cache:StoreTimeoutSeconds", "86400")]
    [InlineData("Nextfunc:Cache:TagCheckIntervalSeconds", "0")]
    [InlineData("Nextfunc:Cache:MemoryLimitMB", "0")]
    [InlineData("Nextfunc:Cache:Container", "abc")]
    [InlineData("Nextfunc:Cache:Store", "file")]
    [InlineData("Nextfunc:MaxRequestBodySize", "1")]
    public void TheEdgesOfEachRange_AreAccepted(string key, string value) =>
        Assert.Null(Record.Exception(() => Bind((key, value))));

    public static IEnumerable<object[]> Examples() => Nextfunc.Settings.SettingRules.All.Select(r => new object[] { r.Key, r.Example });

    [Theory]
    [MemberData(nameof(Examples))]
    public void TheExampleEachErrorSuggests_IsAccepted(string key, string example) =>
        Assert.Null(Record.Exception(() => Bind((key, example))));
}
