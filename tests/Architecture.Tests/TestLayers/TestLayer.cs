namespace Nextfunc.Architecture.Tests.TestLayers;

/// <summary>
/// The two layers of tests (tests/README.md) and the trait that names them, <c>[Trait("Category", "InProcess")]</c> or
/// <c>[Trait("Category", "Functional")]</c> on every test class: <c>./test.sh --fast</c> runs the in-process ones only.
/// </summary>
internal static class TestLayer
{
    public const string Category = "Category";

    /// <summary>Pure logic, in-memory ASP.NET Core, Roslyn: no socket, no child process, no Azurite, no app build.</summary>
    public const string InProcess = "InProcess";

    /// <summary>A real Kestrel socket, Azurite, a child process, the worker, or an app under test that must be built.</summary>
    public const string Functional = "Functional";

    /// <summary>
    /// What an in-process test may not use, itself or through the types it names: the starters of apps, hosts and
    /// emulators (tests/Shared and the test projects), and the runtime's own ways to a socket or a process.
    /// </summary>
    public static IReadOnlySet<string> FunctionalOnly { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "AppUnderTest", "LoopbackWeb", "WorkerTestHost", "FunctionsHostModel",
        "AzuriteFixture", "AzuriteProcess", "AzuriteCollection",
        "Process", "ProcessStartInfo", "ProcessRunner",
        "TcpClient", "TcpListener", "Socket",
        "WebApplication", "UseKestrel", "ConfigureKestrel", "UseUrls",
    };
}
