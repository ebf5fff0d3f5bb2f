using Microsoft.AspNetCore.Http;
using Nextfunc.Routing.Http;

namespace Nextfunc.Routing.Tests.Http;

/// <summary>
/// request.cookies.set/delete/clear in middleware (the session-refresh pattern): the change is the middleware's own
/// until it forwards the request with NextResponse.Next(request); the Cookie header it forwards is
/// <c>name=encodeURIComponent(value)</c> pairs joined with "; " (recorded: tests/conformance/semantics-cases.json).
/// </summary>
[Trait("Category", "InProcess")]
public sealed class RequestCookiesChangesTests
{
    [Fact]
    public void SetDeleteAndClear_ChangeTheCookiesAndTheirHeader()
    {
        var cookies = new RequestCookies(["stale=1; other=2"]);

        cookies.Set("session", "a b;c");
        var removed = cookies.Delete("stale");
        var missing = cookies.Delete("never");

        Assert.True(removed);
        Assert.False(missing);
        Assert.Equal("other=2; session=a%20b%3Bc", cookies.ToString());
        Assert.Equal("a b;c", cookies.Get("session")?.Value);
        Assert.Equal("", cookies.Clear().ToString());
        Assert.Equal(0, cookies.Count);
    }

    [Fact]
    public void InMiddleware_AChangeStaysTheMiddlewaresUntilForwarded()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Cookie = "stale=1; other=2";
        context.Request.Headers["x-client"] = "yes";
        var request = NextRequest.ForMiddleware(context);

        request.Cookies.Set("session", "fresh");
        request.Cookies.Delete("stale");
        request.Headers.Set("x-injected", "by-middleware");

        Assert.Equal("stale=1; other=2", context.Request.Headers.Cookie.ToString()); // the handler's request is untouched
        Assert.False(context.Request.Headers.ContainsKey("x-injected"));
        var forwarded = NextResponse.Next(request).RequestHeaders!;
        Assert.Equal("other=2; session=fresh", forwarded.Cookie.ToString());
        Assert.Equal("by-middleware", forwarded["x-injected"].ToString());
        Assert.Equal("yes", forwarded["x-client"].ToString());
    }

    [Fact]
    public void InAHandler_RequestCookiesChangeTheRequestItself()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Cookie = "a=1";

        new NextRequest(context).Cookies.Set("b", "2");

        Assert.Equal("a=1; b=2", context.Request.Headers.Cookie.ToString());
    }

    [Fact]
    public void CookiesStore_ReadsItsOwnWrites_AndDeleteReadsAsEmpty()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Cookie = "a=old; gone=1";

        new CookieStore(context).Set("a", "new");
        new CookieStore(context).Delete("gone");
        var jar = new CookieStore(context);

        Assert.Equal("new", jar.Get("a")?.Value);
        Assert.Equal("", jar.Get("gone")?.Value);
        Assert.True(jar.Has("gone"));
        Assert.Equal("a=old; gone=1", context.Request.Headers.Cookie.ToString());
        Assert.Equal(["a=new; Path=/", "gone=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT"], context.Response.Headers.SetCookie.Select(v => v!).ToArray());
    }
}
