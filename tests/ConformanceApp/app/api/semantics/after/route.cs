namespace ConformanceApp.Api.Semantics;

/// <summary>POST /api/semantics/after: work after the response, logged 300 ms later, once the client has its answer.</summary>
public static class After
{
    public static IResult POST(NextRequest request)
    {
        var id = request.NextUrl.SearchParams.Get("id");
        RequestScope.After(async () =>
        {
            await Task.Delay(300);
            AfterLog.Push("after-" + id);
        });
        return NextResponse.Json(new { scheduled = id });
    }
}
