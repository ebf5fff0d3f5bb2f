using System.Text.Json.Nodes;

namespace Nextfunc.Tests.Middleware.Support;

/// <summary>Reading responses off the wire.</summary>
public static class Wire
{
    /// <summary>The body parsed as JSON.</summary>
    public static async Task<JsonNode> JsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("null JSON body");

    /// <summary>A header from the response or its content headers; null when absent.</summary>
    public static string? Header(this HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var v) || response.Content.Headers.TryGetValues(name, out v) ? string.Join(", ", v) : null;

    /// <summary>Every header name on the response, content headers included.</summary>
    public static IEnumerable<string> HeaderNames(this HttpResponseMessage response) =>
        response.Headers.Select(h => h.Key).Concat(response.Content.Headers.Select(h => h.Key));

    /// <summary>A request with extra headers (added without validation, as a raw client would send them).</summary>
    /// <summary>The failure shape every stage uses: 500, empty body, no content type (never a stack trace).</summary>
    public static async Task AssertEmpty500Async(this HttpResponseMessage response)
    {
        Xunit.Assert.Equal(System.Net.HttpStatusCode.InternalServerError, response.StatusCode);
        Xunit.Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Xunit.Assert.Null(response.Content.Headers.ContentType);
    }

    public static HttpRequestMessage Request(HttpMethod method, string path, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(method, path);
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }
}
