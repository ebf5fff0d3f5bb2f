using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Functions;

namespace Nextfunc.Pipeline;

/// <summary>
/// Next.js route-handler method semantics in one table-tested place: which function serves a
/// method on a matched route, or which automatic answer the route gives instead.
/// </summary>
internal static class MethodResolution
{
    /// <summary>What to do with a request method on a route.</summary>
    public enum Outcome
    {
        /// <summary>Run the function (for HEAD served by GET: drop the body).</summary>
        Invoke,
        /// <summary>Automatic OPTIONS: 204 with <c>Allow</c>.</summary>
        AutomaticOptions,
        /// <summary>405, empty body, no <c>Allow</c> (a dynamic route without that verb).</summary>
        MethodNotAllowed,
        /// <summary>405 <c>Method Not Allowed</c> with <c>Allow: GET</c> and <c>Allow: HEAD</c> (a prerendered route).</summary>
        PrerenderedMethodNotAllowed,
    }

    /// <summary>The resolution: the outcome, and the function with whether to drop its body.</summary>
    public readonly record struct Resolution(Outcome Outcome, RouteFunction? Function = null, bool DropBody = false);

    /// <summary>Parses a request method into a route-handler verb; false for anything else (TRACE, PROPFIND, lower case...).</summary>
    public static bool TryParseVerb(string method, out HttpVerb verb)
    {
        switch (method)
        {
            case "GET": verb = HttpVerb.GET; return true;
            case "HEAD": verb = HttpVerb.HEAD; return true;
            case "OPTIONS": verb = HttpVerb.OPTIONS; return true;
            case "POST": verb = HttpVerb.POST; return true;
            case "PUT": verb = HttpVerb.PUT; return true;
            case "PATCH": verb = HttpVerb.PATCH; return true;
            case "DELETE": verb = HttpVerb.DELETE; return true;
            default: verb = default; return false;
        }
    }

    /// <summary>Resolves <paramref name="verb"/> on <paramref name="route"/>.</summary>
    public static Resolution Resolve(RouteEntry route, HttpVerb verb)
    {
        if (route.Find(verb) is { } exported)
            return new(Outcome.Invoke, exported);
        if (verb == HttpVerb.HEAD && route.Find(HttpVerb.GET) is { } get)
            return new(Outcome.Invoke, get, DropBody: true);
        if (route.IsPrerendered && OnlyReads(route))
            return new(Outcome.PrerenderedMethodNotAllowed);
        return verb == HttpVerb.OPTIONS ? new(Outcome.AutomaticOptions) : new(Outcome.MethodNotAllowed);
    }

    // A cached GET beside POST/PUT/... is still cached, but the route is not a prerendered file:
    // its other methods behave as on any dynamic route (automatic OPTIONS, empty 405).
    private static bool OnlyReads(RouteEntry route) =>
        route.Functions.All(f => f.Verb is HttpVerb.GET or HttpVerb.HEAD);

    /// <summary>The automatic <c>Allow</c> value: the exported verbs plus OPTIONS (and HEAD when GET exists), sorted, joined by <c>", "</c>.</summary>
    public static string Allow(RouteEntry route)
    {
        var verbs = new SortedSet<string>(StringComparer.Ordinal) { "OPTIONS" };
        foreach (var f in route.Functions) verbs.Add(f.Verb.ToString());
        if (route.Find(HttpVerb.GET) is not null) verbs.Add("HEAD");
        return string.Join(", ", verbs);
    }
}
