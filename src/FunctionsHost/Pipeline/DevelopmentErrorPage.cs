using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace Nextfunc.Pipeline;

/// <summary>
/// The body of a 500 in Development: the exception's type and message, the file and function that threw, and the stack
/// trace, as plain text, so a failing test or a curl shows why without opening the log. Outside Development the 500 stays
/// empty: an exception's message can hold anything (a connection string, a user's data) and is no client's business.
/// </summary>
internal sealed class DevelopmentErrorPage(IHostEnvironment? environment)
{
    private readonly bool _enabled = environment?.IsDevelopment() == true;

    /// <summary>Writes the page onto a response the caller has already cleared and set to 500; nothing outside Development.</summary>
    /// <param name="context">The request that failed.</param>
    /// <param name="error">What was thrown.</param>
    /// <param name="sourceFile">The route file or middleware.cs that threw, relative to the project.</param>
    /// <param name="functionName">The function that ran, or null for the middleware.</param>
    public Task WriteAsync(HttpContext context, Exception error, string sourceFile, string? functionName)
    {
        if (!_enabled || context.Response.HasStarted) return Task.CompletedTask;
        var text = new StringBuilder()
            .Append(error.GetType().FullName).Append(": ").Append(error.Message).Append('\n')
            .Append("   thrown in ").Append(sourceFile).Append(functionName is null ? "" : $" (function {functionName})").Append('\n')
            .Append("   this body is sent in Development only; in any other environment the 500 is empty\n\n")
            .Append(error).Append('\n')
            .ToString();
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(text, context.RequestAborted);
    }
}
