namespace Nextfunc.Routing.Matching;

/// <summary>How a path resolved against the route table.</summary>
internal enum RouteMatchStatus
{
    /// <summary>A route matched.</summary>
    Matched,
    /// <summary>No route serves this path.</summary>
    NotFound,
    /// <summary>A route matched but a param is not valid percent-encoded UTF-8: a 400.</summary>
    MalformedParam,
}
