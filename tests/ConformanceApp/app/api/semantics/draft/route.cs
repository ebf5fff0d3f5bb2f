namespace ConformanceApp.Api.Semantics;

/// <summary>GET /api/semantics/draft?op=enable|disable: draftMode() sets or clears the bypass cookie; isEnabled reads it.</summary>
public static class Draft
{
    public static IResult GET(NextRequest request)
    {
        var draft = RequestScope.DraftMode();
        var op = request.NextUrl.SearchParams.Get("op");
        if (op == "enable") draft.Enable();
        if (op == "disable") draft.Disable();
        return NextResponse.Json(new { isEnabled = draft.IsEnabled });
    }
}
