using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Nextfunc.Routing.Generated;

/// <summary>
/// The id of the build an app runs: the hash of <c>nextfunc.buildid</c>, which the app's build writes beside it from the
/// hashes of every assembly it runs (build/AfterWorkerSdk/Nextfunc.BuildId.targets). Without that file (an app built
/// without the Nextfunc build settings) the app assembly's MVID stands in: with deterministic builds it changes with
/// the app's own code, though not with a library's.
/// </summary>
/// <example><c>BuildIdentity.Of(typeof(GeneratedFunctions).Assembly)</c> gives <c>"3f9a0c1d2b4e5f60"</c>.</example>
internal static class BuildIdentity
{
    /// <summary>The file the build writes next to the app.</summary>
    public const string FileName = "nextfunc.buildid";

    /// <summary>The build id of the app whose generated code is in <paramref name="app"/>: 16 hex digits.</summary>
    public static string Of(Assembly app)
    {
        var file = Path.Combine(AppContext.BaseDirectory, FileName);
        var source = File.Exists(file) ? File.ReadAllText(file) : app.ManifestModule.ModuleVersionId.ToString("N");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source)), 0, 8);
    }
}
