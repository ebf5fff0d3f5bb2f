namespace Nextfunc.FunctionApp;

/// <summary>
/// The Function App folder cannot be written as asked: the message says what is wrong and how to fix it.
/// The <c>functions-layout</c> command prints it and exits with code 1.
/// </summary>
/// <example><c>catch (FunctionAppLayoutException e) { Console.Error.WriteLine(e.Message); return 1; }</c></example>
internal sealed class FunctionAppLayoutException(string message) : Exception(message);
