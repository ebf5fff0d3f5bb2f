using SampleApp.Lib;
using Serverless.Routing.Matching;
using Serverless.Routing.Http;

namespace SampleApp.Api.Files;

/// <summary>GET /api/files/a/b/c: a catch-all gets every segment, decoded once.</summary>
public static class FileByPath
{
    public static IResult GET(RouteParams @params) => NextResponse.Json(@params.GetAll("path").ToArray(), SampleJson.Default.StringArray);
}
