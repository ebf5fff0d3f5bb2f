using Serverless.Routing.Http;

namespace Serverless.FunctionsHost.Pipeline;

/// <summary>Per-request state the pipeline stages share: the raw path being served and the middleware's answer.</summary>
public sealed class ServerlessFeature(string rawPath, string rawQuery)
{
    /// <summary>The raw (encoded) path routing uses; a rewrite changes it.</summary>
    public string RawPath { get; set; } = rawPath;

    /// <summary>The raw query, with its <c>?</c>, or "".</summary>
    public string RawQuery { get; set; } = rawQuery;

    /// <summary>The middleware's <c>NextResponse.Next()</c> / rewrite response, whose headers every outcome keeps.</summary>
    public NextResponse? MiddlewareResponse { get; set; }
}
