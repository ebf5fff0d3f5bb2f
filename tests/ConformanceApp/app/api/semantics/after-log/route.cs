using System.Collections.Concurrent;

namespace ConformanceApp.Api.Semantics;

/// <summary>/api/semantics/after-log: the entries after() and waitUntil work wrote (this process's memory).</summary>
public static class AfterLog
{
    private static readonly ConcurrentDictionary<string, bool> Entries = new();

    public static void Push(string entry) => Entries[entry] = true;

    public static IResult GET(NextRequest request)
    {
        var id = request.NextUrl.SearchParams.Get("id");
        return NextResponse.Json(new { after = Entries.ContainsKey("after-" + id), middleware = Entries.ContainsKey("mw-" + id) });
    }

    public static IResult POST(NextRequest request)
    {
        Push(request.NextUrl.SearchParams.Get("push") ?? "");
        return NextResponse.Empty(204);
    }
}
