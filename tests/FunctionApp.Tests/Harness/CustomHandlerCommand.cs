using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Nextfunc.FunctionApp.Tests.Harness;

/// <summary>
/// The custom-handler process as the host starts it: the command from host.json <c>customHandler.description</c> (a
/// relative path that exists is taken from the app root, anything else is a command on PATH; <c>%SETTING%</c> in
/// arguments is expanded), working directory = app root, with <c>FUNCTIONS_CUSTOMHANDLER_PORT</c> and friends set.
/// </summary>
public static partial class CustomHandlerCommand
{
    /// <summary>
    /// The process that serves the layout in <paramref name="appRoot"/> on <paramref name="port"/>, with the Function App's
    /// <paramref name="appSettings"/> in its environment, as the host passes them.
    /// </summary>
    public static ProcessStartInfo For(string appRoot, int port, IReadOnlyDictionary<string, string>? appSettings = null)
    {
        appRoot = Path.GetFullPath(appRoot);
        var description = JsonNode.Parse(File.ReadAllText(Path.Combine(appRoot, "host.json")))?["customHandler"]?["description"]
            ?? throw new InvalidOperationException($"{appRoot}/host.json has no customHandler.description, so the host would not run a custom handler.");
        var path = (string?)description["defaultExecutablePath"] ?? throw new InvalidOperationException("customHandler.description.defaultExecutablePath is missing.");
        var candidate = Path.Combine(appRoot, path);
        var start = new ProcessStartInfo(File.Exists(candidate) ? candidate : path)
        {
            WorkingDirectory = (string?)description["workingDirectory"] is { Length: > 0 } wd ? Path.Combine(appRoot, wd) : appRoot,
        };
        foreach (var argument in description["arguments"]?.AsArray() ?? [])
            start.ArgumentList.Add(ExpandSettings((string)argument!));
        var workerId = Guid.NewGuid().ToString();
        start.Environment["FUNCTIONS_CUSTOMHANDLER_PORT"] = start.Environment["FUNCTIONS_HTTPWORKER_PORT"] = port.ToString();
        start.Environment["FUNCTIONS_CUSTOMHANDLER_WORKER_ID"] = start.Environment["FUNCTIONS_HTTPWORKER_ID"] = workerId;
        start.Environment["FUNCTIONS_APP_ROOT_PATH"] = appRoot;
        foreach (var (name, value) in appSettings ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        return start;
    }

    private static string ExpandSettings(string argument) =>
        Setting().Replace(argument, m => Environment.GetEnvironmentVariable(m.Groups[1].Value) ?? m.Value);

    [GeneratedRegex("%([^%]+)%")]
    private static partial Regex Setting();
}
