using System.Text;
using Xunit.Sdk;

namespace Nextfunc.FunctionApp.Tests.Support;

/// <summary>
/// Compares a generated file with its committed baseline. <c>NEXTFUNC_UPDATE_BASELINES=1</c> rewrites the
/// baseline and still fails, so an update is always a deliberate, reviewed change and never a silent pass.
/// </summary>
public static class BaselineAssert
{
    /// <summary>The switch that rewrites baselines.</summary>
    public const string UpdateVariable = "NEXTFUNC_UPDATE_BASELINES";

    /// <summary>Asserts <paramref name="actual"/> equals the baseline at <paramref name="relativePath"/> under Baselines/.</summary>
    public static void Matches(string relativePath, string actual)
    {
        var path = Path.Combine(TestPaths.Baselines, relativePath);
        var expected = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
        actual = actual.ReplaceLineEndings("\n");
        if (expected == actual) return;

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            throw new XunitException($"Rewrote baseline {relativePath} ({UpdateVariable}=1). Review the diff with git, then run again without {UpdateVariable}.");
        }
        throw new XunitException(expected is null
            ? $"No baseline {relativePath}. Generated:\n{actual}\nRun with {UpdateVariable}=1 to write it, then review it."
            : $"{relativePath} differs from its baseline (- baseline, + generated):\n{Diff(expected, actual)}\nIf the change is intended, run with {UpdateVariable}=1 and review.");
    }

    /// <summary>Names of the files under a Baselines/ subfolder, relative to Baselines/.</summary>
    public static IEnumerable<string> Existing(string pattern) =>
        Directory.Exists(TestPaths.Baselines)
            ? Directory.EnumerateFiles(TestPaths.Baselines, pattern, SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(TestPaths.Baselines, f).Replace('\\', '/'))
            : [];

    // A line diff good enough for small JSON files: common prefix and suffix, then the changed middle.
    private static string Diff(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start]) start++;
        var (endA, endB) = (a.Length, b.Length);
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1]) { endA--; endB--; }
        var sb = new StringBuilder($"@@ line {start + 1} @@\n");
        for (var i = Math.Max(0, start - 2); i < start; i++) sb.Append("  ").AppendLine(a[i]);
        for (var i = start; i < endA; i++) sb.Append("- ").AppendLine(a[i]);
        for (var i = start; i < endB; i++) sb.Append("+ ").AppendLine(b[i]);
        for (var i = endA; i < Math.Min(a.Length, endA + 2); i++) sb.Append("  ").AppendLine(a[i]);
        return sb.ToString();
    }
}
