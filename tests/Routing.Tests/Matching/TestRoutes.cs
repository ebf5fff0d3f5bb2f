using Microsoft.AspNetCore.Http;
using Nextfunc.Routing.Conventions;
using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Matching;
using Nextfunc.Routing.Web;

namespace Nextfunc.Routing.Tests.Matching;

/// <summary>Builds route tables from app-relative route file paths, the way the generator does.</summary>
internal static class TestRoutes
{
    /// <summary>A route entry for an app-relative file such as <c>api/users/[id]/route.cs</c>.</summary>
    public static RouteEntry FromFile(string appRelativePath)
    {
        var file = RouteFileConvention.Parse(appRelativePath)
                   ?? throw new ArgumentException($"'{appRelativePath}' is not routable", nameof(appRelativePath));
        Assert.Empty(file.Errors);
        var name = file.Pattern.FunctionBaseName + "_GET";
        return new RouteEntry(file.Pattern, file.Kind, "app/" + appRelativePath, SegmentConfig.Default,
            [new RouteFunction(name, HttpVerb.GET, static (_, _) => new ValueTask<IResult?>((IResult?)null))]);
    }

    /// <summary>A table over the routable files among <paramref name="appRelativePaths"/>.</summary>
    public static RouteTable Table(params string[] appRelativePaths) =>
        new(appRelativePaths.Where(p => RouteFileConvention.Parse(p) is not null).Select(FromFile));

    /// <summary>The pattern text of the route a path resolves to, or null on 404.</summary>
    public static string? Resolve(this RouteTable table, string rawPath) =>
        table.Match(rawPath, out var match) == RouteMatchStatus.Matched ? match!.Route.Pattern.Text : null;

    /// <summary>The params of the route a path resolves to; fails when it does not resolve.</summary>
    public static RouteParams ParamsOf(this RouteTable table, string rawPath)
    {
        var status = table.Match(rawPath, out var match);
        Assert.Equal(RouteMatchStatus.Matched, status);
        return match!.Params;
    }
}
