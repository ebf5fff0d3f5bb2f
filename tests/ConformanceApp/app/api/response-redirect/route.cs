namespace ConformanceApp.Api;

/// <summary>/api/response-redirect: NextResponse.redirect to an absolute same-origin URL, and Response.redirect verbatim.</summary>
public static class ResponseRedirect
{
    public static IResult GET(NextRequest request) => NextResponse.Redirect(new Uri(request.Url, "/api/users/me"), 301);

    public static IResult POST() => NextResponse.Redirect("http://127.0.0.1:1/elsewhere", 303);
}
