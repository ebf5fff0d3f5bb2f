using Microsoft.AspNetCore.Http;

namespace Nextfunc.Tests.Shared.HostProxying;

/// <summary>
/// The Functions host's key check, as its source does it (AuthenticationLevelHandler, AuthUtility): the key is the
/// <c>x-functions-key</c> header, else the <c>code</c> query parameter; the master key opens every level, a function key
/// the <c>function</c> level; without a valid key the host answers 401 with an empty body and forwards nothing. A valid
/// key is not stripped: the request reaches the app with it. The test hosts hold one key of each kind.
/// </summary>
/// <example><c>HostKeys.Authorizes(context.Request, "function")</c> is true with <c>x-functions-key: host-function-key</c>.</example>
public static class HostKeys
{
    /// <summary>The host's function key (what <c>default</c> is in Azure).</summary>
    public const string FunctionKey = "host-function-key";

    /// <summary>The host's master key (admin level).</summary>
    public const string MasterKey = "host-master-key";

    /// <summary>True when the host lets the request invoke a function of <paramref name="authLevel"/>.</summary>
    public static bool Authorizes(HttpRequest request, string authLevel)
    {
        var level = authLevel.ToLowerInvariant();
        if (level == "anonymous")
            return true;
        var key = request.Headers["x-functions-key"].FirstOrDefault(v => !string.IsNullOrEmpty(v)) ?? request.Query["code"].FirstOrDefault();
        return key == MasterKey || level == "function" && key == FunctionKey;
    }
}
