using Nextfunc.OpenApi;

namespace Nextfunc.Hosting;

/// <summary>
/// The <c>openapi [output-file]</c> command: prints the app's OpenAPI document, or writes it to a file, whether
/// or not the app serves it (for a client generator or an API gateway import at build or deploy time).
/// </summary>
/// <example><c>dotnet out/sample/SampleApp.dll openapi out/sample-openapi.json</c></example>
internal static class OpenApiCommand
{
    /// <summary>Runs the command; returns the process exit code (0, 1 when it cannot write, 2 on bad usage).</summary>
    public static int Run(OpenApiDocumentEndpoint endpoint, IReadOnlyList<string> arguments, TextWriter stdout, TextWriter stderr)
    {
        if (arguments.Count > 1)
        {
            stderr.WriteLine("usage: <App>.dll openapi [output-file]");
            return 2;
        }
        if (endpoint.Json is not { } json)
        {
            stderr.WriteLine("openapi: this app's manifest has no OpenAPI document; it is written by the route generator (GeneratedFunctions.Manifest), not by a hand-built manifest.");
            return 1;
        }
        if (arguments.Count == 0)
        {
            stdout.WriteLine(json);
            return 0;
        }
        try
        {
            var path = Path.GetFullPath(arguments[0]);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, json + "\n");
            stdout.WriteLine($"Wrote the OpenAPI document to {path}");
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"openapi: could not write {arguments[0]}: {e.Message}");
            return 1;
        }
    }
}
