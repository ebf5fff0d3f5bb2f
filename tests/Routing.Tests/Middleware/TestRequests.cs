using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Nextfunc.Routing.Middleware;
using Nextfunc.Routing.Middleware.Patterns;

namespace Nextfunc.Routing.Tests.Middleware;

/// <summary>Builds requests the way Kestrel hands them over, and matchers from a Next.js matcher value.</summary>
internal static class TestRequests
{
    public static HttpRequest Create(string path, string? query = null, string host = "localhost:3000",
        IEnumerable<KeyValuePair<string, string[]>>? headers = null)
    {
        var context = new DefaultHttpContext();
        var request = context.Request;
        request.Method = "GET";
        request.Path = new PathString(path);
        if (query != null)
            request.QueryString = new QueryString("?" + query);
        // Kestrel keeps the request-target byte for byte here; Path would be its decoded form.
        context.Features.Get<IHttpRequestFeature>()!.RawTarget = query is null ? path : path + "?" + query;
        request.Headers.Host = host;
        foreach (var (name, values) in headers ?? [])
            request.Headers.Append(name, values);
        return request;
    }

    /// <summary>A corpus row's request: headers (arrays are repeated lines), cookies as one Cookie line, Host.</summary>
    public static HttpRequest FromRow(JsonElement row)
    {
        var r = row.GetProperty("request");
        var headers = new List<KeyValuePair<string, string[]>>();
        if (r.TryGetProperty("headers", out var h))
            foreach (var p in h.EnumerateObject())
                headers.Add(new(p.Name, p.Value.ValueKind == JsonValueKind.Array
                    ? p.Value.EnumerateArray().Select(v => v.GetString()!).ToArray()
                    : [p.Value.GetString()!]));
        if (r.TryGetProperty("cookies", out var c))
            headers.Add(new("Cookie", [string.Join("; ", c.EnumerateObject().Select(p => p.Name + "=" + p.Value.GetString()))]));
        return Create(
            r.GetProperty("path").GetString()!,
            r.TryGetProperty("query", out var q) ? q.GetString() : null,
            r.TryGetProperty("host", out var host) ? host.GetString()! : "localhost:3000",
            headers);
    }

    /// <summary>Reads and compiles a matcher value; throws with the build error when it is rejected.</summary>
    public static MiddlewareMatcher Matcher(object? matcher, string? buildId = null)
    {
        var error = TryCompile(matcher, out var entries);
        if (error != null)
            throw new InvalidOperationException(error);
        return new MiddlewareMatcher(entries, buildId);
    }

    /// <summary>The build error for a matcher value, or null with the compiled entries.</summary>
    public static string? TryCompile(object? matcher, out List<CompiledMatcherEntry> compiled)
    {
        compiled = [];
        if (!MatcherConfigReader.TryRead(matcher, out var entries, out var error))
            return error;
        foreach (var entry in entries)
        {
            if (!MatcherCompiler.TryCompile(entry, out var c, out error))
                return error;
            compiled.Add(c);
        }
        return null;
    }
}
