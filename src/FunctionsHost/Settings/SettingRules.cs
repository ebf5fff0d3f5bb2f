namespace Serverless.FunctionsHost.Settings;

/// <summary>Every <see cref="ServerlessOptions"/> setting with what it allows (docs/settings.md lists the same).</summary>
internal static class SettingRules
{
    /// <summary>Durations are bounded so a typo cannot overflow a <see cref="TimeSpan"/> or park a request for days.</summary>
    public const double MaxSeconds = 86_400;

    private const string Seconds = "a number of seconds from 0 to 86400";
    private const string PositiveSeconds = "a number of seconds above 0, at most 86400";

    public static readonly SettingRule BuildId = new("Serverless:BuildId", "any text", "3f9c2ab");
    public static readonly SettingRule MaxRequestBodySize = new("Serverless:MaxRequestBodySize", "a whole number of bytes above 0", "10485760");
    public static readonly SettingRule CacheStore = new("Serverless:Cache:Store", "Auto, File or Memory", "Memory");
    public static readonly SettingRule CacheConnectionString = new("Serverless:Cache:ConnectionString", "a storage connection string", "UseDevelopmentStorage=true");
    public static readonly SettingRule CacheContainer = new("Serverless:Cache:Container",
        "an Azure blob container name: 3 to 63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit", "serverless-cache");
    public static readonly SettingRule CachePath = new("Serverless:Cache:Path", "a folder path", "/home/data/cache");
    public static readonly SettingRule CacheMemoryLimitMB = new("Serverless:Cache:MemoryLimitMB",
        "a whole number of megabytes from 0 to 65536 (at least 1 when Serverless:Cache:Store is Memory)", "64");
    public static readonly SettingRule CacheStoreTimeoutSeconds = new("Serverless:Cache:StoreTimeoutSeconds", PositiveSeconds, "1.5");
    public static readonly SettingRule CacheFailureCooldownSeconds = new("Serverless:Cache:FailureCooldownSeconds", Seconds, "5");
    public static readonly SettingRule CacheLockSeconds = new("Serverless:Cache:LockSeconds", PositiveSeconds, "30");
    public static readonly SettingRule CacheLockWaitSeconds = new("Serverless:Cache:LockWaitSeconds", Seconds, "3");
    public static readonly SettingRule CacheTagCheckIntervalSeconds = new("Serverless:Cache:TagCheckIntervalSeconds", Seconds, "1");
    public static readonly SettingRule RewritesAllowedHosts = new("Serverless:Rewrites:AllowedHosts",
        "host names or host:port, separated by commas, without a scheme or path", "api.example.com,localhost:3001");
    public static readonly SettingRule OpenApiEnabled = new("Serverless:OpenApi:Enabled", "true or false", "true");

    public static readonly IReadOnlyList<SettingRule> All =
    [
        BuildId, MaxRequestBodySize,
        CacheStore, CacheConnectionString, CacheContainer, CachePath, CacheMemoryLimitMB, CacheStoreTimeoutSeconds,
        CacheFailureCooldownSeconds, CacheLockSeconds, CacheLockWaitSeconds, CacheTagCheckIntervalSeconds,
        RewritesAllowedHosts, OpenApiEnabled,
    ];
}
