namespace Nextfunc.Routing.Generator.CSharp;

/// <summary>C# spelling of values the generator writes into code: the readers build argument expressions, the emitters whole files.</summary>
internal static class Literals
{
    /// <summary>A regular string literal (<c>"a\"b"</c>), or <c>null</c>.</summary>
    public static string Quote(string? value) =>
        value is null ? "null" : "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\r", "\\r") + "\"";
}
