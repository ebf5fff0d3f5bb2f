namespace Nextfunc.FunctionApp.Tests.Hostile;

/// <summary>
/// One request of the hostile corpus: the exact bytes put on the socket and what its answer may be.
/// By default the answer must be well-formed HTTP and must not be a 5xx; the fields below narrow or widen that.
/// </summary>
public sealed record HostileRequest(string Category, string Summary, byte[] Bytes)
{
    /// <summary>Unique, readable name shown by the test runner: category, number, what is sent.</summary>
    public string Id { get; init; } = "";

    /// <summary>The status the answer must have (414, 431, 401 for a guarded route...), or null for any non-5xx.</summary>
    public int? ExpectedStatus { get; init; }

    /// <summary>True when closing the connection without an answer is acceptable (protocol errors, a client that gave up).</summary>
    public bool MayClose { get; init; }

    /// <summary>Half-closes after sending: the declared body never arrives and the client stops sending.</summary>
    public bool ClientCloses { get; init; }

    /// <summary>Why a 5xx is acceptable for this request (an entry of the commented allow-list), or null.</summary>
    public string? ServerErrorAllowed { get; init; }

    /// <summary>HEAD answers carry no body, whatever Content-Length says.</summary>
    public bool IsHead => Bytes.Length > 5 && Bytes.AsSpan(0, 5).SequenceEqual("HEAD "u8);
}
