using System.Diagnostics;
using System.Text.Json;
using Nextfunc.Tests.Shared.Apps;

namespace Nextfunc.Tests.Caching.Processes;

/// <summary>
/// Closed-loop client load over real sockets: <c>workers</c> loops, each sending GETs round-robin over hosts and
/// paths until stopped, recording every answer (elapsed time, status, the body's <c>kind</c>, <c>r</c> and <c>t</c>).
/// Conformance routes put a random id <c>r</c> in each render, so distinct ids count renders that reached a client.
/// </summary>
internal sealed class LoadRun
{
    private readonly List<Answer> _answers = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>One answer; <see cref="Error"/> is set (and Status 0) when no HTTP answer came back.</summary>
    public sealed record Answer(TimeSpan At, TimeSpan Took, int Host, string Path, int Status, string? Kind, string? Id, long RenderedAt, string? Error)
    {
        public bool Failed => Status != 200 || Error is not null || Kind is null;
    }

    public TimeSpan Elapsed => _clock.Elapsed;

    public IReadOnlyList<Answer> Answers { get { lock (_answers) return [.. _answers]; } }

    /// <summary>Runs the load until <paramref name="stop"/> is cancelled.</summary>
    public async Task RunAsync(AppUnderTest[] hosts, string[] paths, int workers, CancellationToken stop)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { Timeout = TimeSpan.FromSeconds(30) };
        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
        {
            for (var i = w; !stop.IsCancellationRequested; i++)
            {
                var host = i % hosts.Length;
                var path = paths[i / hosts.Length % paths.Length];
                var answer = await SendAsync(client, hosts[host], host, path);
                lock (_answers) _answers.Add(answer);
            }
        })));
    }

    private async Task<Answer> SendAsync(HttpClient client, AppUnderTest host, int index, string path)
    {
        var at = _clock.Elapsed;
        try
        {
            using var response = await client.GetAsync(new Uri(host.BaseAddress, path));
            var body = await response.Content.ReadAsStringAsync();
            var (kind, id, renderedAt) = Parse(body);
            return new Answer(at, _clock.Elapsed - at, index, path, (int)response.StatusCode, kind, id, renderedAt, null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return new Answer(at, _clock.Elapsed - at, index, path, 0, null, null, 0, e.Message);
        }
    }

    /// <summary>kind, r and t of a conformance body; nulls when the body is not the complete JSON a route renders.</summary>
    public static (string? Kind, string? Id, long RenderedAt) Parse(string body)
    {
        try
        {
            var root = JsonDocument.Parse(body).RootElement;
            return (root.GetProperty("kind").GetString(), root.GetProperty("r").GetString(), root.GetProperty("t").GetInt64());
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return (null, null, 0); // torn, mixed or foreign body
        }
    }
}
