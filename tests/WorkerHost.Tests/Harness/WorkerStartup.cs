using System.Diagnostics;
using Nextfunc.WorkerHost.Tests.Rpc;
using Kind = Nextfunc.WorkerHost.Tests.Rpc.StreamingMessage.ContentOneofCase;

namespace Nextfunc.WorkerHost.Tests.Harness;

/// <summary>
/// The host's start-up conversation with a worker, in the host's order: wait for StartStream, send
/// WorkerInitRequest, send FunctionsMetadataRequest (worker indexing), send one FunctionLoadRequest per
/// function (not the batched form, which the dotnet worker does not advertise), and wait for every load.
/// Each step races the worker's exit and the start-up budget, so a broken app fails in seconds with
/// the step it did not reach and its output, instead of hanging a test run.
/// </summary>
public sealed class WorkerStartup(WorkerChannel channel, WorkerProcess process, string appDirectory, string workerId, TimeSpan budget)
{
    /// <summary>The host version this test host claims in WorkerInitRequest.</summary>
    public const string HostVersion = "4.0.0.0-worker-test-host";

    private readonly Stopwatch _elapsed = Stopwatch.StartNew();

    /// <summary>Runs the conversation; returns the worker's capabilities and its functions, all loaded.</summary>
    public async Task<(IReadOnlyDictionary<string, string> Capabilities, IReadOnlyList<WorkerFunction> Functions)> RunAsync()
    {
        var start = (await StepAsync("StartStream", channel.ReceiveAsync(Kind.StartStream))).StartStream;
        if (start.WorkerId != workerId)
            throw Fail("StartStream", $"the worker said it is '{start.WorkerId}', not '{workerId}'.");

        var init = new WorkerInitRequest { HostVersion = HostVersion, WorkerDirectory = appDirectory, FunctionAppDirectory = appDirectory };
        // The host advertises that it accepts several streams per worker; the dotnet worker opens one anyway.
        init.Capabilities["MultiStream"] = "10";
        var initReply = channel.ReceiveAsync(Kind.WorkerInitResponse);
        channel.Send(new StreamingMessage { WorkerInitRequest = init });
        var initResponse = (await StepAsync("WorkerInitResponse", initReply)).WorkerInitResponse;
        Check("WorkerInitResponse", initResponse.Result, "the worker failed to initialize");

        var metadataReply = channel.ReceiveAsync(Kind.FunctionMetadataResponse);
        channel.Send(new StreamingMessage { FunctionsMetadataRequest = new FunctionsMetadataRequest { FunctionAppDirectory = appDirectory } });
        var metadata = (await StepAsync("FunctionMetadataResponse", metadataReply)).FunctionMetadataResponse;
        if (metadata.UseDefaultMetadataIndexing)
            throw Fail("FunctionMetadataResponse", "the worker asked the host to index functions itself (use_default_metadata_indexing), "
                + "which this test host does not do: build the app with worker indexing on (the SDK default).");
        Check("FunctionMetadataResponse", metadata.Result, "the worker failed to index its functions");
        foreach (var failed in metadata.FunctionMetadataResults.Where(f => f.Status is { Status: not StatusResult.Types.Status.Success }))
            Check("FunctionMetadataResponse", failed.Status, $"the worker failed to index function '{failed.Name}'");
        var functions = metadata.FunctionMetadataResults.Select(WorkerFunction.From).ToList();

        var loads = functions.Select(f => (Function: f, Reply: channel.ReceiveAsync(Kind.FunctionLoadResponse, f.FunctionId))).ToList();
        foreach (var function in functions)
            channel.Send(new StreamingMessage { FunctionLoadRequest = function.ToLoadRequest() });
        foreach (var (function, reply) in loads)
        {
            var step = $"FunctionLoadResponse for '{function.Name}'";
            Check(step, (await StepAsync(step, reply)).FunctionLoadResponse.Result, $"the worker failed to load function '{function.Name}'");
        }

        return (new Dictionary<string, string>(initResponse.Capabilities), functions);
    }

    private async Task<StreamingMessage> StepAsync(string step, Task<StreamingMessage> reply)
    {
        var remaining = budget - _elapsed.Elapsed;
        var finished = await Task.WhenAny(reply, process.Exited, Task.Delay(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero));
        if (finished == reply)
        {
            try
            {
                return await reply;
            }
            catch (InvalidOperationException e)
            {
                throw Fail(step, e.Message);
            }
        }
        if (finished == process.Exited)
            throw Fail(step, $"the worker process exited with code {process.ExitCode} after {_elapsed.Elapsed.TotalSeconds:0.0} s.");
        throw Fail(step, $"the start-up budget of {budget.TotalSeconds:0.###} s ran out.");
    }

    private void Check(string step, StatusResult? result, string what)
    {
        if (result is not { Status: StatusResult.Types.Status.Success })
            throw Fail(step, $"{what}: {result?.Exception?.Message ?? result?.Result ?? "no result"}");
    }

    private WorkerStartupException Fail(string step, string reason)
    {
        var logs = string.Join('\n', channel.Logs);
        return new WorkerStartupException(step, reason, process.Output + (logs.Length == 0 ? "" : "--- RpcLog ---\n" + logs));
    }
}
