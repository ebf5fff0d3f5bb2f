namespace Serverless.Routing.Conventions;

/// <summary>The seven methods a route file can export, spelled as the Next.js exports are.</summary>
public enum HttpVerb
{
    /// <summary>GET; also serves HEAD when no HEAD is exported.</summary>
    GET,
    /// <summary>HEAD.</summary>
    HEAD,
    /// <summary>OPTIONS; answered automatically when not exported.</summary>
    OPTIONS,
    /// <summary>POST.</summary>
    POST,
    /// <summary>PUT.</summary>
    PUT,
    /// <summary>PATCH.</summary>
    PATCH,
    /// <summary>DELETE.</summary>
    DELETE,
}
