namespace Nextfunc.Architecture.Tests;

/// <summary>The repository's root: the folder above this test's output that holds Serverless.sln.</summary>
internal static class Repository
{
    public static string Root { get; } = Find(AppContext.BaseDirectory);

    private static string Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Serverless.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"No Serverless.sln above {start}: run the tests from the repository.");
    }
}
