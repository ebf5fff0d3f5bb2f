using System.Text.Json;

namespace Nextfunc.Routing.Tests.Middleware;

/// <summary>
/// Every *.json in the output folder conformance/matcher/, classified by the shape of its rows: a corpus
/// (rows with request + matches) or a rejects file (rows with matcher + error). No file names are known here.
/// </summary>
internal static class ConformanceFiles
{
    /// <summary>The build id of the oracle app, used when a corpus file does not reveal its own.</summary>
    private const string OracleBuildId = "oracle-build";

    private static readonly Lazy<Dictionary<string, JsonElement[]>> Files = new(Load);

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "conformance", "matcher");

    public static IEnumerable<(string File, int Index, JsonElement Row)> CorpusRows() => Rows(IsCorpusRow);

    public static IEnumerable<(string File, int Index, JsonElement Row)> RejectRows() => Rows(IsRejectRow);

    public static JsonElement Row(string file, int index) => Files.Value[file][index];

    /// <summary>
    /// The buildId of a corpus file: read from a row Next normalised (it has matchedPathname and a
    /// /_next/data/&lt;id&gt;/ path), otherwise the oracle's.
    /// </summary>
    public static string BuildId(string file)
    {
        foreach (var row in Files.Value[file])
        {
            if (!row.TryGetProperty("matchedPathname", out _))
                continue;
            var path = row.GetProperty("request").GetProperty("path").GetString()!;
            var parts = path.Split('/');
            if (path.StartsWith("/_next/data/", StringComparison.Ordinal) && parts.Length > 4)
                return parts[3];
        }
        return OracleBuildId;
    }

    private static bool IsCorpusRow(JsonElement row) =>
        row.TryGetProperty("request", out _) && row.TryGetProperty("matches", out _);

    private static bool IsRejectRow(JsonElement row) =>
        row.TryGetProperty("matcher", out _) && row.TryGetProperty("error", out _) && !row.TryGetProperty("request", out _);

    private static IEnumerable<(string, int, JsonElement)> Rows(Func<JsonElement, bool> kind)
    {
        foreach (var (file, rows) in Files.Value.OrderBy(f => f.Key, StringComparer.Ordinal))
            for (var i = 0; i < rows.Length; i++)
                if (kind(rows[i]))
                    yield return (file, i, rows[i]);
    }

    private static Dictionary<string, JsonElement[]> Load()
    {
        var files = Directory.GetFiles(Folder, "*.json");
        if (files.Length == 0)
            throw new InvalidOperationException("No conformance files in " + Folder + "; check the test project's copy step.");
        return files.ToDictionary(
            f => Path.GetFileName(f),
            f =>
            {
                using var doc = JsonDocument.Parse(File.ReadAllText(f));
                if (doc.RootElement.ValueKind != JsonValueKind.Array)
                    throw new InvalidOperationException(f + " is not a JSON array of rows.");
                return doc.RootElement.EnumerateArray().Select(r => r.Clone()).ToArray();
            });
    }
}
