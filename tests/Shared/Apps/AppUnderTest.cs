namespace Nextfunc.Tests.Shared.Apps;

/// <summary>
/// An app under test, started for a test and stopped when disposed. The one way tests start an app, in either
/// place it can run: in this process on Kestrel (<c>StartAsync</c>, InProcess/AppUnderTest.InProcess.cs, for projects that
/// reference the library) or as a child process (<c>StartProcessAsync</c>, AppUnderTest.Process.cs). Either way it
/// listens on a free loopback port, <see cref="Client"/> talks to it as a browser-less client does (no redirects
/// followed, no cookies kept, so a test sees each answer as sent), and <see cref="Output"/> keeps what it logged
/// for failure messages. Linked into several test projects.
/// </summary>
/// <example>
/// <code>
/// await using var app = await AppUnderTest.StartAsync(manifest, b => b.Configuration["Nextfunc:OpenApi:Enabled"] = "true");
/// await using var process = await AppUnderTest.StartProcessAsync(conformanceAppDll, new Dictionary&lt;string, string&gt; { ["Nextfunc__Cache__Path"] = folder });
/// var response = await app.Client.GetAsync("/api/users/1");
/// </code>
/// </example>
public sealed partial class AppUnderTest : IAsyncDisposable
{
    private readonly AppOutput _output;
    private readonly Func<bool> _hasExited;
    private readonly Func<ValueTask> _stop;
    private readonly IServiceProvider? _services;
    private int _disposed;

    private AppUnderTest(Uri baseAddress, AppOutput output, Func<bool> hasExited, Func<ValueTask> stop, IServiceProvider? services)
    {
        BaseAddress = baseAddress;
        _output = output;
        _hasExited = hasExited;
        _stop = stop;
        _services = services;
        Client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = baseAddress };
    }

    /// <summary>Where the app listens, e.g. <c>http://127.0.0.1:54321/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>A client for <see cref="BaseAddress"/> that follows no redirects and keeps no cookies.</summary>
    public HttpClient Client { get; }

    /// <summary>What the app wrote so far: a process's stdout and stderr, or an in-process app's log lines.</summary>
    public string Output => _output.Text;

    /// <summary>True once the app has stopped: its process ended (crashed, or killed), or it was disposed.</summary>
    public bool HasExited => Volatile.Read(ref _disposed) == 1 || _hasExited();

    /// <summary>The app's services; only an app in this process has them.</summary>
    public IServiceProvider Services => _services
        ?? throw new InvalidOperationException("The app runs in a child process: its services are not reachable from the test.");

    /// <summary>Stops the app (a test may do so mid-way, as a crash); a second call does nothing.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        Client.Dispose();
        await _stop();
    }
}
