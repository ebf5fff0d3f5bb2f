namespace Nextfunc.Settings;

/// <summary>Every <see cref="NextfuncOptions"/> setting with what it allows (docs/settings.md lists the same).</summary>
internal static class SettingRules
{
    /// <summary>Durations are bounded so a typo cannot overflow a <see cref="TimeSpan"/> or park a request for days.</summary>
    public const double MaxSeconds = 86_400;

    private const string Seconds = "a number of seconds from 0 to 86400";
    private const string PositiveSeconds = "a number of seconds above 0, at most 86400";

    public static readonly SettingRule BuildId = new("Nextfunc:BuildId", "any text", "3f9c2ab");
    public static readonly SettingRule MaxRequestBodySize = new("Nextfunc:MaxRequestBodySize", "a whole number of bytes above 0", "10485760");
    public static readonly SettingRule TrustForwardedHeaders = new("Nextfunc:TrustForwardedHeaders", "true or false", "true");
    public static readonly SettingRule DraftModeSecret = new("Nextfunc:DraftModeSecret", "any text, kept secret (32 random characters or more)", "(from Key Vault)");
    public static readonly SettingRule RequestLog = new("Nextfunc:RequestLog", "true or false", "true");
    public static readonly SettingRule CacheStore = new("Nextfunc:Cache:Store", "Auto, File, Memory or Blob", "Memory");
    public static readonly SettingRule CacheConnectionString = new("Nextfunc:Cache:ConnectionString", "a storage connection string", "UseDevelopmentStorage=true");
    public static readonly SettingRule CacheContainer = new("Nextfunc:Cache:Container",
        "an Azure blob container name: 3 to 63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit", "nextfunc-cache");
    public static readonly SettingRule CachePath = new("Nextfunc:Cache:Path", "a folder path", "/home/data/cache");
    public static readonly SettingRule CacheMemoryLimitMB = new("Nextfunc:Cache:MemoryLimitMB",
        "a whole number of megabytes from 0 to 65536 (at least 1 when Nextfunc:Cache:Store is Memory)", "64");
    public static readonly SettingRule CacheStoreTimeoutSeconds = new("Nextfunc:Cache:StoreTimeoutSeconds", PositiveSeconds, "1.5");
    public static readonly SettingRule CacheFailureCooldownSeconds = new("Nextfunc:Cache:FailureCooldownSeconds", Seconds, "5");
    public static readonly SettingRule CacheLockSeconds = new("Nextfunc:Cache:LockSeconds", PositiveSeconds, "30");
    public static readonly SettingRule CacheLockWaitSeconds = new("Nextfunc:Cache:LockWaitSeconds", Seconds, "3");
    public static readonly SettingRule CacheTagCheckIntervalSeconds = new("Nextfunc:Cache:TagCheckIntervalSeconds", Seconds, "1");
    public static readonly SettingRule CacheRevalidationSpreadSeconds = new("Nextfunc:Cache:RevalidationSpreadSeconds", Seconds, "3");
    public static readonly SettingRule CacheEntryCopies = new("Nextfunc:Cache:EntryCopies", "a whole number from 1 to 16", "4");
    public static readonly SettingRule RewritesAllowedHosts = new("Nextfunc:Rewrites:AllowedHosts",
        "host names or host:port, separated by commas, without a scheme or path", "api.example.com,localhost:3001");
    public static readonly SettingRule KeysFunction = new("Nextfunc:Keys:Function", "keys separated by commas", "k3yOne,k3yTwo");
    public static readonly SettingRule KeysAdmin = new("Nextfunc:Keys:Admin", "keys separated by commas", "m4sterKey");
    public static readonly SettingRule OpenApiEnabled = new("Nextfunc:OpenApi:Enabled", "true or false", "true");
    public static readonly SettingRule OpenApiTitle = new("Nextfunc:OpenApi:Title", "any text", "Todo API");
    public static readonly SettingRule OpenApiVersion = new("Nextfunc:OpenApi:Version", "any text", "1.2.0");
    public static readonly SettingRule OpenApiDescription = new("Nextfunc:OpenApi:Description", "any text", "The todo list's API.");
    public static readonly SettingRule OpenApiSecuritySchemes = new("Nextfunc:OpenApi:SecuritySchemes",
        "schemes by name, each with Type http (Scheme bearer or basic), apiKey (with a Name; In header, query or cookie), openIdConnect (with an OpenIdConnectUrl) or mutualTLS",
        "bearer (as Nextfunc__OpenApi__SecuritySchemes__bearer__Scheme=bearer)");
    public static readonly SettingRule OpenApiApiReferencePath = new("Nextfunc:OpenApi:ApiReferencePath",
        "a path that starts with '/', or empty to turn the page off", "/scalar");

    public static readonly IReadOnlyList<SettingRule> All =
    [
        BuildId, MaxRequestBodySize, TrustForwardedHeaders, DraftModeSecret, RequestLog,
        CacheStore, CacheConnectionString, CacheContainer, CachePath, CacheMemoryLimitMB, CacheStoreTimeoutSeconds,
        CacheFailureCooldownSeconds, CacheLockSeconds, CacheLockWaitSeconds, CacheTagCheckIntervalSeconds, CacheRevalidationSpreadSeconds,
        CacheEntryCopies,
        RewritesAllowedHosts, KeysFunction, KeysAdmin, OpenApiEnabled, OpenApiTitle, OpenApiVersion, OpenApiDescription,
        OpenApiSecuritySchemes, OpenApiApiReferencePath,
    ];
}
