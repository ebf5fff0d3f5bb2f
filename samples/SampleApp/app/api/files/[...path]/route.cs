using Nextfunc.Routing.Http;
using SampleApp.Lib;

namespace SampleApp.Api.Files;

/// <summary>GET /api/files/a/b/c: a catch-all gets every segment, decoded once.</summary>
public static class FileByPath
{
    /// <summary>The segments of the path, as a JSON array.</summary>
    public static IResult GET(string[] path) => NextResponse.Json(path, SampleJson.Default.StringArray);
}
