using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Nextfunc.Routing.Generator.Tests.Infrastructure;

/// <summary>
/// Compares generated code with <c>Baselines/&lt;TestName&gt;.generated.txt</c>, line by line.
/// With <c>NEXTFUNC_UPDATE_BASELINES=1</c> it rewrites the file and fails, so an update never passes silently.
/// The generator's version in <c>[GeneratedCode]</c> reads <c>{version}</c>, so a version bump changes no baseline
/// (GeneratedCodeAttributeTests checks the real one).
/// </summary>
internal static partial class Baseline
{
    public const string UpdateVariable = "NEXTFUNC_UPDATE_BASELINES";

    public const string VersionPlaceholder = "{version}";

    public static void Verify(string actual, [CallerMemberName] string testName = "")
    {
        var path = Path.Combine(Folder(), testName + ".generated.txt");
        var actualLines = Lines(GeneratedCodeVersion().Replace(actual, "${tool}\"" + VersionPlaceholder + "\")"));
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, string.Join("\n", actualLines) + "\n");
            Assert.Fail($"Baseline {path} rewritten because {UpdateVariable}=1; review it, then run again without the variable.");
        }

        Assert.True(File.Exists(path), $"No baseline {path}. Run with {UpdateVariable}=1 to create it, then review it.");
        var expectedLines = Lines(File.ReadAllText(path));
        for (var i = 0; i < Math.Max(expectedLines.Count, actualLines.Count); i++)
        {
            var expected = i < expectedLines.Count ? expectedLines[i] : "<end of baseline>";
            var line = i < actualLines.Count ? actualLines[i] : "<end of generated code>";
            Assert.True(expected == line,
                $"{testName}.generated.txt differs at line {i + 1}:\n  expected: {expected}\n  actual:   {line}\n(run with {UpdateVariable}=1 to accept the new output)");
        }
    }

    [GeneratedRegex("""(?<tool>GeneratedCode\("Nextfunc\.Routing\.Generator", )"[^"]*"\)""")]
    private static partial Regex GeneratedCodeVersion();

    private static List<string> Lines(string text) =>
        text.Replace("\r\n", "\n").TrimEnd('\n').Split('\n').ToList();

    private static string Folder([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(thisFile)!)!, "Baselines");
}
