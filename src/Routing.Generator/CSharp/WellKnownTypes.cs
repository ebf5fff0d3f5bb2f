namespace Nextfunc.Routing.Generator.CSharp;

/// <summary>Metadata names of the adapter types the parser recognises.</summary>
internal static class WellKnownTypes
{
    public const string NextRequest = "Nextfunc.Routing.Http.NextRequest";
    public const string NextFetchEvent = "Nextfunc.Routing.Http.NextFetchEvent";
    public const string NextResponse = "Nextfunc.Routing.Http.NextResponse";
    public const string RouteContext = "Nextfunc.Routing.Functions.RouteContext";
    public const string RouteParams = "Nextfunc.Routing.Functions.RouteParams";
    public const string HttpContext = "Microsoft.AspNetCore.Http.HttpContext";
    public const string HttpRequest = "Microsoft.AspNetCore.Http.HttpRequest";
    public const string CancellationToken = "System.Threading.CancellationToken";
    public const string IResult = "Microsoft.AspNetCore.Http.IResult";
    public const string Task1 = "System.Threading.Tasks.Task`1";
    public const string ValueTask1 = "System.Threading.Tasks.ValueTask`1";
    public const string Task = "System.Threading.Tasks.Task";
    public const string ValueTask = "System.Threading.Tasks.ValueTask";
    public const string SitemapEntry = "Nextfunc.Routing.Metadata.SitemapEntry";
    public const string RobotsFile = "Nextfunc.Routing.Metadata.RobotsFile";
    public const string MetadataResponses = "global::Nextfunc.Routing.Metadata.MetadataResponses";
}
