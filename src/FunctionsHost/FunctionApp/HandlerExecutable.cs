using System.Text.Json;
using System.Text.Json.Nodes;

namespace Nextfunc.FunctionApp;

/// <summary>
/// How the Functions host starts our process (<c>customHandler.description</c> in host.json): the app's
/// own executable for a self-contained or single-file publish, <c>dotnet App.dll</c> for a framework-dependent one.
/// </summary>
/// <example>
/// <code>
/// var exe = HandlerExecutable.Detect("out/sample", "SampleApp");
/// // framework-dependent: exe.Path == "dotnet", exe.Arguments == ["SampleApp.dll"]
/// </code>
/// </example>
/// <param name="Path">A file relative to the app root, or a command on PATH (<c>dotnet</c>).</param>
/// <param name="Arguments">Arguments passed before nothing else; the host expands <c>%SETTING%</c> in them.</param>
internal sealed record HandlerExecutable(string Path, IReadOnlyList<string> Arguments)
{
    /// <summary>
    /// Looks at the published files of <paramref name="appName"/> in <paramref name="appDirectory"/>.
    /// A runtimeconfig.json with <c>includedFrameworks</c> means self-contained; with <c>framework(s)</c>,
    /// framework-dependent; none at all (but an executable) means single-file or native AOT.
    /// </summary>
    public static HandlerExecutable Detect(string appDirectory, string appName)
    {
        var dll = appName + ".dll";
        var runtimeConfig = System.IO.Path.Combine(appDirectory, appName + ".runtimeconfig.json");
        var executable = new[] { appName + ".exe", appName }
            .FirstOrDefault(name => File.Exists(System.IO.Path.Combine(appDirectory, name)));

        if (File.Exists(runtimeConfig) && File.Exists(System.IO.Path.Combine(appDirectory, dll)))
        {
            if (!IsSelfContained(runtimeConfig))
                // "dotnet" is resolved on PATH by the host; no executable bit or RID to get right.
                return new HandlerExecutable("dotnet", [dll]);
            if (executable is not null)
                return new HandlerExecutable(executable, []);
        }
        else if (executable is not null)
        {
            return new HandlerExecutable(executable, []);
        }

        throw new FunctionAppLayoutException(
            $"Cannot tell how to start '{appName}' from {appDirectory}: expected {dll} with {appName}.runtimeconfig.json " +
            $"(framework-dependent) or a {appName} / {appName}.exe executable (self-contained, single-file or native AOT). Run the command from the app's " +
            "build or publish output, e.g. 'dotnet publish -c Release -o out/app && dotnet out/app/App.dll functions-layout out/app-functions'.");
    }

    private static bool IsSelfContained(string runtimeConfigPath)
    {
        try
        {
            var options = JsonNode.Parse(File.ReadAllText(runtimeConfigPath))?["runtimeOptions"];
            return options?["includedFrameworks"] is not null;
        }
        catch (JsonException e)
        {
            throw new FunctionAppLayoutException($"{runtimeConfigPath} is not valid JSON ({e.Message}); rebuild or republish the app.");
        }
    }
}
