namespace Nextfunc.Routing.Generator.Tests.Infrastructure;

/// <summary>Finds where a piece of text sits in a test source, so location asserts don't hard-code numbers.</summary>
internal static class SourceLines
{
    /// <summary>The 1-based line of the first occurrence of <paramref name="marker"/>.</summary>
    public static int LineOf(string source, string marker)
    {
        var index = source.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{marker}' is not in the source");
        return source.Substring(0, index).Count(c => c == '\n') + 1;
    }
}
