using Microsoft.AspNetCore.Http;
using Nextfunc.Routing.Web;

namespace Nextfunc.Routing.Middleware;

/// <summary>
/// The has/missing inputs of one request, read lazily so a request whose path matches nothing, or whose
/// entries have no conditions, never parses its query or cookies.
/// </summary>
internal struct RequestValues(HttpRequest request, string target, int queryStart)
{
    private string? _query;
    private bool _queryRead;

    public readonly string? Header(string lowerName) =>
        request.Headers.TryGetValue(lowerName, out var values) ? NodeHeaders.Get(values, lowerName) : null;

    public readonly string? Cookie(string name) =>
        NodeCookies.TryGet(Header("cookie"), name, out var value) ? value : null;

    /// <summary>The last value of a query key; <paramref name="repeated"/> when Node would give an array.</summary>
    public string? Query(string key, out bool repeated)
    {
        if (!_queryRead)
        {
            _query = NodeUrl.Query(target, queryStart);
            _queryRead = true;
        }
        var found = NodeQuery.TryGet(_query, key, out var last, out var count);
        repeated = count > 1;
        return found ? last : null;
    }

    /// <summary>The Host header up to its first <c>:</c>, lower-cased (so <c>[::1]:3000</c> gives <c>[</c>, as in Next).</summary>
    public readonly string? Hostname()
    {
        var host = Header("host");
        if (host is null)
            return null;
        var colon = host.IndexOf(':');
        return (colon < 0 ? host : host.Substring(0, colon)).ToLowerInvariant();
    }
}
