using System.Reflection;

namespace Nextfunc.Tests.Support;

/// <summary>The repository the tests were built from: the docs some tests hold to the code live there.</summary>
internal static class Repository
{
    /// <summary>The repository root (set at build time).</summary>
    public static string Root { get; } = typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepoRoot").Value!;
}
