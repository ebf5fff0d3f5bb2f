namespace Serverless.FunctionsHost.Pipeline;

/// <summary>Trailing-slash and repeated-slash redirects (308), before anything else runs.</summary>
internal static class SlashNormalization
{
    public static string? RedirectTarget(string rawPath, string rawQuery)
    {
        var cleaned = rawPath.Replace('\\', '/');
        while (cleaned.Contains("//")) cleaned = cleaned.Replace("//", "/");
        if (cleaned.Length > 1 && cleaned.EndsWith('/')) cleaned = cleaned.TrimEnd('/');
        if (cleaned.Length == 0) cleaned = "/";
        return cleaned == rawPath ? null : cleaned + rawQuery;
    }
}
