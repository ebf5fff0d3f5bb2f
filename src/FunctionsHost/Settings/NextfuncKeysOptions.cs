namespace Nextfunc.Settings;

/// <summary>
/// The function keys the app itself accepts, <c>Nextfunc:Keys:*</c>, sent as the Functions host reads them: the
/// <c>x-functions-key</c> header or the <c>code</c> query parameter. Standalone, they protect the routes whose
/// <c>AuthLevel</c> is <c>function</c> or <c>admin</c> (without any, those routes are open, and the start-up log says
/// so). Behind the Functions host, which checks the key of the function it invokes, they admit a request that a
/// middleware rewrite takes to a stricter function.
/// </summary>
/// <example><c>"Nextfunc__Keys__Function": "@Microsoft.KeyVault(SecretUri=...)"</c> in the Function App's settings.</example>
public sealed class NextfuncKeysOptions
{
    /// <summary>Keys that open <c>function</c>-level routes, comma-separated or as a list.</summary>
    public IList<string> Function { get; set; } = new List<string>();

    /// <summary>Keys that open <c>admin</c>-level routes (and <c>function</c>-level ones), comma-separated or as a list.</summary>
    public IList<string> Admin { get; set; } = new List<string>();
}
