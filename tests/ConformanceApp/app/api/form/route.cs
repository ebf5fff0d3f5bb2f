using System.Text.Json.Nodes;

namespace ConformanceApp.Api;

/// <summary>POST /api/form: urlencoded or multipart; a repeated field keeps its last value, files read "[file]".</summary>
public static class FormRoute
{
    public static async Task<IResult> POST(NextRequest request)
    {
        var form = await request.FormDataAsync();
        var output = new JsonObject();
        foreach (var (key, value) in form.Entries)
            output[key] = value is string text ? text : "[file]";
        return NextResponse.Json(new JsonObject { ["form"] = output });
    }
}
