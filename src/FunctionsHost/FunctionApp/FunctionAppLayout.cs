namespace Nextfunc.FunctionApp;

/// <summary>What <see cref="FunctionAppLayoutWriter.Write"/> produced.</summary>
/// <example><c>Console.WriteLine($"{layout.Functions.Count} functions in {layout.Directory}");</c></example>
/// <param name="Directory">The Function App folder (full path): host.json, one folder per function, the app files.</param>
/// <param name="Functions">The functions, in the order the host tries them; the fallback is last.</param>
/// <param name="Executable">How the host starts the app.</param>
/// <param name="Warnings">Settings of the app's host.json that were replaced.</param>
internal sealed record FunctionAppLayout(
    string Directory,
    IReadOnlyList<PlannedFunction> Functions,
    HandlerExecutable Executable,
    IReadOnlyList<string> Warnings);
