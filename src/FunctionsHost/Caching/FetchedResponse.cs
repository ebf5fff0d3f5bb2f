using System.Net;

namespace Nextfunc.Caching;

/// <summary>
/// One answer of the fetch cache, shared by the identical calls of one render: a buffered answer (stored or not) gives
/// each caller a response of its own over the same bytes; an answer too large to buffer goes, unread, to its first
/// caller only, and the others call the service themselves.
/// </summary>
/// <example><code>using var response = fetched.TakeFor(request) ?? await SendItselfAsync(request);</code></example>
internal sealed class FetchedResponse
{
    private readonly IReadOnlyList<KeyValuePair<string, string>> _headers = [];
    private readonly ReadOnlyMemory<byte> _body;
    private readonly HttpStatusCode _status;
    private readonly bool _passedOn;
    private HttpResponseMessage? _unread;

    public FetchedResponse(HttpStatusCode status, IReadOnlyList<KeyValuePair<string, string>> headers, ReadOnlyMemory<byte> body) =>
        (_status, _headers, _body) = (status, headers, body);

    private FetchedResponse(HttpResponseMessage unread) => (_unread, _passedOn) = (unread, true);

    /// <summary>An answer read from the cache.</summary>
    public static FetchedResponse From(CacheEntry entry) => new((HttpStatusCode)entry.StatusCode, entry.Headers, entry.Body);

    /// <summary>An answer left unread, for its first caller only.</summary>
    public static FetchedResponse Unread(HttpResponseMessage response) => new(response);

    /// <summary>A response of its own for <paramref name="request"/>'s caller, or null when the one unread response is taken.</summary>
    public HttpResponseMessage? TakeFor(HttpRequestMessage request)
    {
        if (_passedOn)
            return Interlocked.Exchange(ref _unread, null);
        var message = new HttpResponseMessage(_status) { RequestMessage = request, Content = new ReadOnlyMemoryContent(_body) };
        foreach (var (name, value) in _headers)
            if (!message.Headers.TryAddWithoutValidation(name, value))
                message.Content.Headers.TryAddWithoutValidation(name, value);
        return message;
    }
}
