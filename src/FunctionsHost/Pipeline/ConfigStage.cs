using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Nextfunc.Routing;
using Nextfunc.Routing.Config;
using Nextfunc.Routing.Middleware;
using Nextfunc.Routing.Web;

namespace Nextfunc.Pipeline;

/// <summary>
/// <c>next.config.cs</c> in Next.js's order. Before middleware: redirects (the first matching rule answers; its answer
/// carries no config headers, as in Next.js), then headers (every matching rule, a later one winning a name both set;
/// middleware's own headers win over them). After middleware, the route stage calls <see cref="RewriteAsync"/> for each
/// rewrite phase. Every rule matches the path as requested (basePath included, case-insensitively); with
/// <c>trailingSlash</c>, without its final <c>/</c> (<c>/docs/old/x/</c> matches <c>/old/:slug</c>, as in Next.js).
/// </summary>
internal sealed class ConfigStage(RewriteProxy proxy, FunctionAppManifest manifest)
{
    private readonly bool _trailingSlash = manifest.Config?.TrailingSlash == true;

    /// <summary>What a rewrite phase did.</summary>
    public enum Outcome { None, Rewritten, Answered }

    /// <summary>Redirects, then headers; false when a redirect answered the request.</summary>
    public async Task<bool> RunAsync(HttpContext context, NextConfigRules config, RequestState state)
    {
        var values = Values(context.Request, out var query);
        foreach (var rule in config.Redirects)
        {
            if (!rule.TryMatch(MatchedPath(state.RawPath), ref values, out var parameters))
                continue;
            var destination = rule.Destination!;
            var location = destination.Origin + destination.Path(parameters) + destination.Query(query, parameters);
            await WriteRedirectAsync(context, rule.StatusCode, location);
            return false;
        }
        foreach (var rule in config.Headers)
        {
            if (!rule.TryMatch(MatchedPath(state.RawPath), ref values, out var parameters))
                continue;
            foreach (var (key, value) in rule.Headers)
                context.Response.Headers[key] = ConfigDestination.Substitute(value, parameters);
        }
        return true;
    }

    /// <summary>
    /// Applies <paramref name="rules"/> in order to the path being served: each matching rule rewrites it (the client's URL
    /// stays), and the next rule sees the new path, until <paramref name="served"/> says the app serves it. A destination on
    /// another origin is proxied (allow-list permitting) and answers the request.
    /// </summary>
    public async Task<Outcome> RewriteAsync(HttpContext context, RequestState state, List<ConfigRule> rules, Func<string, bool>? served)
    {
        var values = Values(context.Request, out var query);
        var outcome = Outcome.None;
        foreach (var rule in rules)
        {
            if (!rule.TryMatch(MatchedPath(state.RawPath), ref values, out var parameters))
                continue;
            var destination = rule.Destination!;
            if (destination.Origin is { } origin)
            {
                await proxy.ForwardAsync(context, new Uri(origin + destination.Path(parameters) + destination.Query(query, parameters)), state);
                return Outcome.Answered;
            }
            state.RawPath = destination.Path(parameters);
            outcome = Outcome.Rewritten;
            if (served?.Invoke(state.RawPath) == true)
                break;
        }
        return outcome;
    }

    private string MatchedPath(string rawPath) =>
        _trailingSlash && rawPath.Length > 1 && rawPath[^1] == '/' ? rawPath[..^1] : rawPath;

    private static RequestValues Values(HttpRequest request, out string query)
    {
        var target = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(target))
            target = request.PathBase.Value + request.Path.Value + request.QueryString.Value;
        NodeUrl.Split(target, out _, out var queryStart);
        query = NodeUrl.Query(target, queryStart) ?? "";
        return new RequestValues(request, target, queryStart);
    }

    private static async Task WriteRedirectAsync(HttpContext context, int status, string location)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.Headers.Location = location;
        if (status == StatusCodes.Status308PermanentRedirect)
            response.Headers["Refresh"] = "0;url=" + location; // as Next.js answers a 308
        if (!HttpMethods.IsHead(context.Request.Method))
            await response.WriteAsync(location);
    }
}
