using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Matching;
using Nextfunc.Routing.Web;

namespace Nextfunc.Routing.Tests.Matching;

/// <summary>Route params never change once made: a handler cannot alter what another request sees.</summary>
[Trait("Category", "InProcess")]
public sealed class RouteParamsTests
{
    [Fact]
    public void With_ReturnsACopy_LeavingTheOriginalAsItWas()
    {
        // Arrange
        var one = new RouteParams().With("id", "1");

        // Act
        var two = one.With("slug", "x");

        // Assert
        Assert.Equal(["id"], one.Keys);
        Assert.Equal(["id", "slug"], two.Keys);
        Assert.Equal("1", two["id"]);
    }

    [Fact]
    public void Empty_AfterAnotherParamsWasBuiltFromIt_IsStillEmpty()
    {
        // Act
        _ = RouteParams.Empty.With("id", "1").WithList("slug", ["a", "b"]);

        // Assert
        Assert.Empty(RouteParams.Empty);
        Assert.False(RouteParams.Empty.ContainsKey("id"));
    }

    [Fact]
    public void WithList_CopiesTheValues_SoChangingTheCallersListChangesNothing()
    {
        // Arrange
        var values = new List<string> { "a", "b" };

        // Act
        var parameters = RouteParams.Empty.WithList("slug", values);
        values[0] = "changed";

        // Assert
        Assert.Equal(["a", "b"], parameters.GetAll("slug"));
        Assert.Equal("a/b", parameters["slug"]);
    }

    [Fact]
    public void PublicSurface_HasNoMemberThatChangesAnInstance()
    {
        // Every public method returns a value or a new instance; none returns void (a mutator's shape).
        var mutators = typeof(RouteParams).GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)
            .Where(m => m.ReturnType == typeof(void) || m.Name.StartsWith("set_", StringComparison.Ordinal))
            .Select(m => m.Name);

        Assert.Empty(mutators);
    }
}
