using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Nextfunc.Routing.Http;

namespace Nextfunc.Pipeline;

/// <summary>
/// Failures that are the client's doing, so they are answered with a 4xx instead of a handler failure:
/// a body the handler could not read (<see cref="RequestBodyException"/>), or one the server refused while
/// it was read (over the size limit, shorter than its Content-Length, broken chunking). Next.js answers
/// these with 500; we answer what went wrong (a divergence, listed in tests/conformance/README.md).
/// </summary>
internal static class ClientErrors
{
    /// <summary>The answer to <paramref name="exception"/> when the client caused it; null when it is a real failure.</summary>
    public static RequestBodyException? Classify(HttpContext context, Exception exception) => exception switch
    {
        RequestBodyException body => body,
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } tooLarge => new(StatusCodes.Status413PayloadTooLarge,
            context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize is { } limit
                ? $"The request body is larger than the limit of {limit} bytes."
                : "The request body is larger than the limit.", tooLarge),
        BadHttpRequestException bad => new(StatusCodes.Status400BadRequest,
            "The request body could not be read: it is shorter than its Content-Length or its chunked encoding is malformed.", bad),
        _ => null,
    };

    /// <summary>Answers <paramref name="error"/>: its status, <c>{"error": message}</c>; headers the middleware set are kept.</summary>
    public static async Task WriteAsync(HttpContext context, RequestBodyException error, NextResponse? middlewareResponse)
    {
        context.Response.Clear();
        context.Response.StatusCode = error.StatusCode;
        middlewareResponse?.ApplyHeaders(context.Response);
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteString("error", error.Message);
        json.WriteEndObject();
    }
}
