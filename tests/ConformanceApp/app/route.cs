namespace ConformanceApp;

/// <summary>
/// GET /: the oracle's <c>app/page.js</c> is a React page; this serves the same heading as a small
/// HTML document, so the root path answers 200 text/html as it does under Next.js.
/// </summary>
public static class HomePage
{
    private const string Html =
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>conformance oracle</title></head>" +
        "<body><h1>conformance oracle home</h1></body></html>";

    public static IResult GET() => NextResponse.Text(Html, contentType: "text/html; charset=utf-8");
}
