namespace Nextfunc.Routing.Matching;

/// <summary>What the slash redirect does with a path's last <c>/</c>, from <c>next.config.cs</c>.</summary>
internal enum TrailingSlash
{
    /// <summary>The default: a trailing <c>/</c> is redirected away.</summary>
    Never,

    /// <summary><c>trailingSlash: true</c>: every path but a file's is redirected to end in <c>/</c>.</summary>
    Always,

    /// <summary><c>skipTrailingSlashRedirect: true</c>: paths are served as requested.</summary>
    Keep,
}
