namespace Nextfunc.Routing.Conventions;

/// <summary>What one folder name under <c>app/</c> means for the URL (Next.js 15 file conventions).</summary>
internal static class FolderName
{
    /// <summary>True for <c>(group)</c> and <c>@slot</c> folders: they organise files but are left out of the URL.</summary>
    public static bool IsOmittedFromUrl(string folder) =>
        folder.Length >= 2 && folder[0] == '(' && folder[folder.Length - 1] == ')' || folder.StartsWith("@");

    /// <summary>True for <c>_private</c> folders: nothing inside them is routable.</summary>
    public static bool IsPrivate(string folder) => folder.StartsWith("_");

    /// <summary>
    /// The segment a folder declares, or null when it is left out of the URL. A leading <c>%5F</c>
    /// stands for a literal underscore (<c>%5Fescaped</c> serves <c>/_escaped</c>).
    /// </summary>
    public static RouteSegment? Classify(string folder)
    {
        if (IsOmittedFromUrl(folder)) return null;
        if (folder.StartsWith("[[...") && folder.EndsWith("]]"))
            return new RouteSegment(SegmentKind.OptionalCatchAll, folder.Substring(5, folder.Length - 7));
        if (folder.StartsWith("[...") && folder.EndsWith("]"))
            return new RouteSegment(SegmentKind.CatchAll, folder.Substring(4, folder.Length - 5));
        if (folder.StartsWith("[") && folder.EndsWith("]"))
            return new RouteSegment(SegmentKind.Dynamic, folder.Substring(1, folder.Length - 2));
        if (folder.StartsWith("%5F") || folder.StartsWith("%5f"))
            return new RouteSegment(SegmentKind.Static, "_" + folder.Substring(3));
        return new RouteSegment(SegmentKind.Static, folder);
    }

    /// <summary>Explains why a folder name is malformed (unbalanced brackets, empty or invalid parameter name), or null.</summary>
    public static string? Problem(string folder)
    {
        var segment = Classify(folder);
        if (segment is not { } s)
            return null;
        if (s.Kind == SegmentKind.Static)
            return folder.IndexOf('[') >= 0 || folder.IndexOf(']') >= 0
                ? $"folder '{folder}' has unbalanced brackets; write [name], [...name] or [[...name]]"
                : null;
        var name = s.Value;
        if (name.Length == 0)
            return $"folder '{folder}' declares a parameter with no name; write for example [id]";
        if (name.StartsWith("."))
            return $"folder '{folder}' is malformed; a catch-all is written [...name] with three dots";
        foreach (var c in name)
            if (!(char.IsLetterOrDigit(c) || c == '_' || c == '-'))
                return $"folder '{folder}' has the character '{c}' in its parameter name; use letters, digits, '_' or '-'";
        return null;
    }
}
