using System.Text.Json;
using System.Text.Json.Nodes;
using Nextfunc.Routing;
using Nextfunc.Routing.Functions;

namespace Nextfunc.FunctionApp;

/// <summary>
/// Writes the folder that <c>func start</c> and <c>func azure functionapp publish</c> take as is: the app's
/// published files, a host.json that runs them as a custom handler, and one <c>function.json</c> folder
/// per function of <see cref="FunctionAppPlan"/>.
/// </summary>
/// <example>
/// <code>
/// var layout = FunctionAppLayoutWriter.Write(GeneratedFunctions.Manifest,
///     appDirectory: AppContext.BaseDirectory, appName: "SampleApp", outputDirectory: "out/sample-functions");
/// </code>
/// </example>
internal static class FunctionAppLayoutWriter
{
    /// <summary>
    /// Writes the layout. <paramref name="appDirectory"/> is the app's build or publish output (its host.json
    /// is merged in, everything else is copied). An existing <paramref name="outputDirectory"/> is replaced
    /// only if it is empty or an earlier layout (has a host.json with <c>customHandler</c>), so stale
    /// function folders never survive and nothing else is ever deleted.
    /// </summary>
    /// <exception cref="FunctionAppLayoutException">The host would refuse the app, or the folders are unusable.</exception>
    public static FunctionAppLayout Write(FunctionAppManifest manifest, string appDirectory, string appName, string outputDirectory, bool withSymbols = false)
    {
        var functions = FunctionAppPlan.Create(manifest);
        var source = Path.TrimEndingDirectorySeparator(Path.GetFullPath(appDirectory));
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        CheckFolders(source, output);

        var executable = HandlerExecutable.Detect(source, appName);
        var warnings = new List<string>();
        var hostJson = HostJsonBuilder.Build(ReadUserHostJson(Path.Combine(source, "host.json")), executable, warnings.Add);

        PrepareOutput(output);
        CopyApp(source, output, withSymbols);
        File.WriteAllText(Path.Combine(output, "host.json"), HostJsonBuilder.Format(hostJson));
        foreach (var function in functions)
        {
            var folder = Directory.CreateDirectory(Path.Combine(output, function.Name)).FullName;
            File.WriteAllText(Path.Combine(folder, "function.json"), HostJsonBuilder.Format(function.ToFunctionJson()));
        }
        return new FunctionAppLayout(output, functions, executable, warnings);
    }

    private static void CheckFolders(string source, string output)
    {
        if (!Directory.Exists(source))
            throw new FunctionAppLayoutException($"The app folder {source} does not exist.");
        if (IsSameOrInside(output, source) || IsSameOrInside(source, output))
            throw new FunctionAppLayoutException(
                $"The output folder {output} must be outside the app folder {source} (and not contain it): the layout is a copy of the app plus host files. Pick a sibling, e.g. out/app-functions.");
    }

    private static bool IsSameOrInside(string path, string folder)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var f = Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar;
        return (Path.TrimEndingDirectorySeparator(path) + Path.DirectorySeparatorChar).StartsWith(f, comparison);
    }

    private static JsonObject? ReadUserHostJson(string path)
    {
        if (!File.Exists(path)) return null;
        try
        {
            var node = JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return node as JsonObject ?? throw new FunctionAppLayoutException($"{path} must be a JSON object.");
        }
        catch (JsonException e)
        {
            throw new FunctionAppLayoutException($"{path} is not valid JSON (line {e.LineNumber + 1}): {e.Message}");
        }
    }

    private static void PrepareOutput(string output)
    {
        if (!Directory.Exists(output) || !Directory.EnumerateFileSystemEntries(output).Any())
        {
            Directory.CreateDirectory(output);
            return;
        }
        var hostJson = Path.Combine(output, "host.json");
        if (!File.Exists(hostJson) || !File.ReadAllText(hostJson).Contains("\"customHandler\"", StringComparison.Ordinal))
            throw new FunctionAppLayoutException(
                $"{output} is not empty and does not look like an earlier Function App layout (no host.json with customHandler); refusing to delete it. Pick an empty or new folder.");
        Directory.Delete(output, recursive: true);
        Directory.CreateDirectory(output);
    }

    // The Worker SDK's files make a folder a dotnet-isolated worker app; on the dotnet-isolated stack the host
    // could start the app as a worker beside (or instead of) the custom handler, so the layout leaves them out.
    private static bool IsWorkerFile(string relative) =>
        relative is "functions.metadata" or "worker.config.json" or "extensions.json" ||
        relative.StartsWith(".azurefunctions" + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    // Debug symbols are for a debugger, not the host: a Native AOT binary's .dbg alone is tens of megabytes to upload.
    private static bool IsSymbolFile(string relative) =>
        relative.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase) || relative.EndsWith(".dbg", StringComparison.OrdinalIgnoreCase);

    private static void CopyApp(string source, string output, bool withSymbols)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Equals("host.json", StringComparison.OrdinalIgnoreCase)) continue; // written merged
            // The file cache of a local run is runtime state, not part of the app: never deploy it.
            if (relative.StartsWith(".nextfunc" + Path.DirectorySeparatorChar, StringComparison.Ordinal)) continue;
            if (IsWorkerFile(relative)) continue;
            if (!withSymbols && IsSymbolFile(relative)) continue;
            var target = Path.Combine(output, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            // File.Copy keeps the Unix mode bits, so a self-contained executable stays executable.
            File.Copy(file, target, overwrite: true);
        }
    }
}
