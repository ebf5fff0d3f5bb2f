namespace ConformanceApp.Lib;

/// <summary>
/// The JavaScript one-liners the oracle routes use to make every response observably fresh,
/// so cached and uncached bodies can be told apart.
/// </summary>
public static class Oracle
{
    private const string Base36 = "0123456789abcdefghijklmnopqrstuvwxyz";

    /// <summary><c>Date.now()</c>: Unix time in milliseconds.</summary>
    public static long Now() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    /// <summary><c>Math.random().toString(36).slice(2)</c>: about eleven base-36 characters.</summary>
    public static string RandomId()
    {
        Span<char> chars = stackalloc char[11];
        for (var i = 0; i < chars.Length; i++) chars[i] = Base36[Random.Shared.Next(Base36.Length)];
        return new string(chars);
    }
}
