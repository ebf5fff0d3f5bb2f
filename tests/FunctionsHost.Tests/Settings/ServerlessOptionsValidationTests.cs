using static Serverless.FunctionsHost.Tests.Settings.SettingsHarness;

namespace Serverless.FunctionsHost.Tests.Settings;

/// <summary>
/// A bad value is refused with a message that names the setting in both spellings, repeats the value, says what is
/// allowed and gives an example, instead of being ignored for a default (as the cache's settings once were).
/// </summary>
public sealed class ServerlessOptionsValidationTests
{
    [Theory]
    // Values that are not of the setting's type.
    [InlineData("Serverless:MaxRequestBodySize", "10MB", "a whole number of bytes above 0")]
    [InlineData("Serverless:Cache:StoreTimeoutSeconds", "1,5", "a number of seconds above 0, at most 86400")]
    [InlineData("Serverless:Cache:MemoryLimitMB", "64MB", "a whole number of megabytes from 0 to 65536")]
    [InlineData("Serverless:Cache:Store", "redis", "Auto, File or Memory")]
    [InlineData("Serverless:OpenApi:Enabled", "yes", "true or false")]
    // Values of the right type out of range.
    [InlineData("Serverless:MaxRequestBodySize", "0", "a whole number of bytes above 0")]
    [InlineData("Serverless:Cache:StoreTimeoutSeconds", "0", "a number of seconds above 0, at most 86400")]
    [InlineData("Serverless:Cache:StoreTimeoutSeconds", "NaN", "a number of seconds above 0, at most 86400")]
    [InlineData("Serverless:Cache:FailureCooldownSeconds", "-1", "a number of seconds from 0 to 86400")]
    [InlineData("Serverless:Cache:LockSeconds", "86401", "a number of seconds above 0, at most 86400")]
    [InlineData("Serverless:Cache:LockWaitSeconds", "Infinity", "a number of seconds from 0 to 86400")]
    [InlineData("Serverless:Cache:TagCheckIntervalSeconds", "-0.5", "a number of seconds from 0 to 86400")]
    [InlineData("Serverless:Cache:MemoryLimitMB", "-1", "a whole number of megabytes from 0 to 65536")]
    [InlineData("Serverless:Cache:Store", "7", "Auto, File or Memory")]
    [InlineData("Serverless:Cache:Container", "My_Cache", "an Azure blob container name")]
    [InlineData("Serverless:Cache:Container", "ab", "an Azure blob container name")]
    [InlineData("Serverless:Cache:Container", "cache--x", "an Azure blob container name")]
    [InlineData("Serverless:Rewrites:AllowedHosts", "https://api.example.com", "host names or host:port")]
    [InlineData("Serverless:Rewrites:AllowedHosts", "api.example.com/v1", "host names or host:port")]
    [InlineData("Serverless:Rewrites:AllowedHosts", "localhost:99999", "host names or host:port")]
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
        var message = Problem(("Serverless:Cache:Store", "Memory"), ("Serverless:Cache:MemoryLimitMB", "0"));

        Assert.Contains("Serverless:Cache:MemoryLimitMB is '0'", message);
        Assert.Contains("at least 1 when Serverless:Cache:Store is Memory", message);
    }

    [Fact]
    public void SeveralBadValues_AreAllNamed_SoOneStartShowsEveryFix()
    {
        var message = Problem(("Serverless:Cache:LockSeconds", "0"), ("Serverless:Cache:Container", "UPPER"), ("Serverless:MaxRequestBodySize", "-5"));

        Assert.Contains("Serverless:Cache:LockSeconds is '0'", message);
        Assert.Contains("Serverless:Cache:Container is 'UPPER'", message);
        Assert.Contains("Serverless:MaxRequestBodySize is '-5'", message);
    }

    [Theory]
    [InlineData("api.example.com")]
    [InlineData("localhost:3001")]
    [InlineData("127.0.0.1:8080")]
    [InlineData("[::1]:8080")]
    [InlineData("a.com, b.com:81")]
    public void HostsAndHostPortPairs_AreAccepted(string hosts) =>
        Assert.NotEmpty(Bind(("Serverless:Rewrites:AllowedHosts", hosts)).Rewrites.AllowedHosts);

    [Theory]
    [InlineData("Serverless:Cache:StoreTimeoutSeconds", "86400")]
    [InlineData("Serverless:Cache:TagCheckIntervalSeconds", "0")]
    [InlineData("Serverless:Cache:MemoryLimitMB", "0")]
    [InlineData("Serverless:Cache:Container", "abc")]
    [InlineData("Serverless:Cache:Store", "file")]
    [InlineData("Serverless:MaxRequestBodySize", "1")]
    public void TheEdgesOfEachRange_AreAccepted(string key, string value) =>
        Assert.Null(Record.Exception(() => Bind((key, value))));

    public static IEnumerable<object[]> Examples() => Serverless.FunctionsHost.Settings.SettingRules.All.Select(r => new object[] { r.Key, r.Example });

    [Theory]
    [MemberData(nameof(Examples))]
    public void TheExampleEachErrorSuggests_IsAccepted(string key, string example) =>
        Assert.Null(Record.Exception(() => Bind((key, example))));
}
