namespace Nextfunc.Routing.Http;

/// <summary>
/// The request body could not be read as the handler asked: not valid JSON or not the shape it expects,
/// not a form, cut short, or over the size limit. The pipeline answers it with <see cref="StatusCode"/>
/// (400, or 413 over the limit) and <c>{"error": Message}</c>, so a handler needs no try/catch for bad
/// input; one that wants its own answer catches this exception. The message says what was wrong
/// without echoing the input.
/// </summary>
/// <example>
/// <code>
/// try { order = await request.JsonAsync(AppJson.Default.Order); }
/// catch (RequestBodyException e) { return NextResponse.Json(new Problem(e.Message), AppJson.Default.Problem, e.StatusCode); }
/// </code>
/// </example>
public sealed class RequestBodyException(int statusCode, string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    /// <summary>The status the request is answered with: 400 for a malformed body, 413 for one over the limit.</summary>
    public int StatusCode { get; } = statusCode;
}
