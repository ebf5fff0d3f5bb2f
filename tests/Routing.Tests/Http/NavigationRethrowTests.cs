using Nextfunc.Routing.Http;

namespace Nextfunc.Routing.Tests.Http;

/// <summary>
/// Navigation errors are a public exception type a catch-all can tell apart, and Navigation.Rethrow is
/// <c>unstable_rethrow</c>: it lets a navigation through and ignores any other exception.
/// </summary>
[Trait("Category", "InProcess")]
public sealed class NavigationRethrowTests
{
    [Fact]
    public void Rethrow_ThrowsANavigationAgain_WithItsStatus()
    {
        var caught = Assert.Throws<NavigationException>(() =>
        {
            try
            {
                Navigation.NotFound();
            }
            catch (Exception e)
            {
                Navigation.Rethrow(e);
            }
        });

        Assert.Equal(404, caught.Status);
        Assert.Null(caught.Location);
        Assert.Contains(nameof(Navigation.NotFound), caught.StackTrace); // the original throw site is kept
    }

    [Fact]
    public void Rethrow_IgnoresOtherExceptions()
    {
        Navigation.Rethrow(new InvalidOperationException("not a navigation"));
    }

    [Fact]
    public void ARedirect_CarriesItsTarget()
    {
        var redirect = Assert.Throws<NavigationException>(() => Navigation.PermanentRedirect("/new"));

        Assert.Equal(308, redirect.Status);
        Assert.Equal("/new", redirect.Location);
    }
}
