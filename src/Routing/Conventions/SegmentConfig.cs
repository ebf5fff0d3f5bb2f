using System.Collections.Generic;

namespace Nextfunc.Routing.Conventions;

/// <summary>
/// A route file's segment config: the <c>public const</c> fields Next.js users know as
/// <c>export const dynamic / revalidate / dynamicParams / maxDuration</c>, plus <c>AuthLevel</c> for Azure Functions.
/// </summary>
/// <example><c>public const string Dynamic = "force-static";</c>, <c>public const int Revalidate = 60;</c> or <c>public const int MaxDuration = 30;</c></example>
internal sealed record SegmentConfig
{
    /// <summary>The default config: dynamic, never cached, anonymous.</summary>
    internal static readonly SegmentConfig Default = new();

    /// <summary><c>Dynamic</c>.</summary>
    public DynamicBehavior Dynamic { get; init; } = DynamicBehavior.Auto;

    /// <summary><c>Revalidate</c> in seconds; null when absent or <c>false</c> (cache forever when static).</summary>
    public int? Revalidate { get; init; }

    /// <summary><c>DynamicParams</c>: false makes params outside <c>GenerateStaticParams</c> a 404.</summary>
    public bool DynamicParams { get; init; } = true;

    /// <summary><c>AuthLevel</c> of the emitted Azure function: anonymous, function or admin.</summary>
    public string AuthLevel { get; init; } = "anonymous";

    /// <summary>
    /// <c>MaxDuration</c> in seconds: how long one invocation may run, its <c>after</c> work included; null when unbounded
    /// (the host's <c>functionTimeout</c> still applies).
    /// </summary>
    public int? MaxDuration { get; init; }


    /// <summary>The accepted spellings of <see cref="Dynamic"/>.</summary>
    internal static readonly IReadOnlyDictionary<string, DynamicBehavior> DynamicValues = new Dictionary<string, DynamicBehavior>
    {
        ["auto"] = DynamicBehavior.Auto,
        ["force-dynamic"] = DynamicBehavior.ForceDynamic,
        ["force-static"] = DynamicBehavior.ForceStatic,
        ["error"] = DynamicBehavior.Error,
    };

    /// <summary>The accepted values of <see cref="AuthLevel"/>.</summary>
    internal static readonly IReadOnlyList<string> AuthLevels = new[] { "anonymous", "function", "admin" };
}
