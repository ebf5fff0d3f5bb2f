using System.Reflection;
using Nextfunc.Routing;
using Nextfunc.Routing.Functions;

namespace Nextfunc.FunctionApp;

/// <summary>
/// The <c>functions-layout &lt;output-dir&gt;</c> command: writes the Function App folder from the files
/// next to the running executable (its build or publish output), so no extra tool or publish step is needed.
/// </summary>
/// <example><c>dotnet out/sample/SampleApp.dll functions-layout out/sample-functions</c></example>
internal static class FunctionsLayoutCommand
{
    /// <summary>Runs the command; returns the process exit code (0, 1 when refused, 2 on bad usage).</summary>
    public static int Run(FunctionAppManifest manifest, IReadOnlyList<string> arguments, TextWriter stdout, TextWriter stderr)
    {
        if (arguments.Count is < 1 or > 2 || arguments.Count == 2 && arguments[1] != "with-symbols")
        {
            stderr.WriteLine("usage: <App>.dll functions-layout <output-dir> [with-symbols]   (with-symbols also copies the .pdb/.dbg debug symbols)");
            return 2;
        }

        var appName = Assembly.GetEntryAssembly()?.GetName().Name;
        if (appName is null)
        {
            stderr.WriteLine("functions-layout: cannot tell the app's name (no entry assembly); run it through the app executable.");
            return 2;
        }

        try
        {
            var layout = FunctionAppLayoutWriter.Write(manifest, AppContext.BaseDirectory, appName, arguments[0], withSymbols: arguments.Count == 2);
            foreach (var warning in layout.Warnings)
                stderr.WriteLine("warning: " + warning);
            var start = string.Join(' ', [layout.Executable.Path, .. layout.Executable.Arguments]);
            stdout.WriteLine($"Wrote {layout.Functions.Count} functions ({layout.Functions.Count - 1} routes + {FunctionAppPlan.FallbackName}) to {layout.Directory}");
            stdout.WriteLine($"The host starts the app with: {start}");
            stdout.WriteLine($"Run locally: cd {layout.Directory} && func start    Deploy: func azure functionapp publish <app-name>");
            return 0;
        }
        catch (FunctionAppLayoutException e)
        {
            stderr.WriteLine("functions-layout: " + e.Message);
            return 1;
        }
        catch (IOException e)
        {
            stderr.WriteLine($"functions-layout: could not write {arguments[0]}: {e.Message}");
            return 1;
        }
        catch (UnauthorizedAccessException e)
        {
            stderr.WriteLine($"functions-layout: could not write {arguments[0]}: {e.Message}");
            return 1;
        }
    }
}
