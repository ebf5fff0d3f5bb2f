using Nextfunc.WorkerHost.Tests.Harness;
using Nextfunc.WorkerHost.Tests.Rpc;

namespace Nextfunc.WorkerHost.Tests.WorkerProtocol;

/// <summary>
/// Reading the worker's metadata and building the load request from it. The JSON below is exactly what
/// Worker.Sdk 2.1.0's generated metadata provider sent for <c>[HttpTrigger(AuthorizationLevel.Anonymous,
/// "get", Route = "hello")] HttpRequest req</c> returning <c>IActionResult</c>.
/// </summary>
[Trait("Category", "InProcess")]
public sealed class RawBindingTests
{
    private const string Trigger = """{"name":"req","type":"httpTrigger","direction":"In","authLevel":"Anonymous","methods":["get"],"route":"hello"}""";
    private const string Return = """{"name":"$return","type":"http","direction":"Out"}""";

    [Fact]
    public void TheSdksHttpTriggerBindingIsRead()
    {
        var binding = RawBinding.Parse(Trigger);
        Assert.True(binding.IsHttpTrigger);
        Assert.Equal(("req", BindingInfo.Types.Direction.In, "hello", "Anonymous"), (binding.Name, binding.Direction, binding.Route, binding.AuthLevel));
        Assert.Equal(["get"], binding.Methods!);
    }

    [Fact]
    public void NoMethodsMeansAllMethods() =>
        Assert.Null(RawBinding.Parse("""{"name":"req","type":"httpTrigger","direction":"In","authLevel":"Admin","route":"any"}""").Methods);

    [Theory]
    [InlineData("""{"name":"$return","type":"http","direction":"Out"}""", BindingInfo.Types.Direction.Out, BindingInfo.Types.DataType.Undefined)]
    [InlineData("""{"Name":"b","Type":"blob","Direction":"inout","DataType":"Binary"}""", BindingInfo.Types.Direction.Inout, BindingInfo.Types.DataType.Binary)]
    [InlineData("""{"name":"s","type":"queueTrigger","dataType":"string"}""", BindingInfo.Types.Direction.In, BindingInfo.Types.DataType.String)]
    public void DirectionAndDataTypeAreReadCaseInsensitively(string json, BindingInfo.Types.Direction direction, BindingInfo.Types.DataType dataType)
    {
        var info = RawBinding.Parse(json).ToBindingInfo();
        Assert.Equal((direction, dataType), (info.Direction, info.DataType));
    }

    [Fact]
    public void TheLoadRequestCarriesWhatTheHostSends()
    {
        var metadata = new RpcFunctionMetadata
        {
            Name = "Hello",
            FunctionId = "id-1",
            ScriptFile = "App.dll",
            EntryPoint = "App.Hello.Run",
            Directory = "/app",
            Language = "dotnet-isolated",
            RawBindings = { Trigger, Return },
            Properties = { ["IsCodeless"] = "False" },
        };
        var function = WorkerFunction.From(metadata);
        Assert.Equal(("hello", "req", "Anonymous"), (function.Route, function.HttpTriggerName, function.AuthLevel));

        var load = function.ToLoadRequest();
        Assert.Equal("id-1", load.FunctionId);
        Assert.Equal(("Hello", "App.dll", "App.Hello.Run", "/app", false), (load.Metadata.Name, load.Metadata.ScriptFile, load.Metadata.EntryPoint, load.Metadata.Directory, load.Metadata.IsProxy));
        Assert.Equal(("httpTrigger", BindingInfo.Types.Direction.In), (load.Metadata.Bindings["req"].Type, load.Metadata.Bindings["req"].Direction));
        Assert.Equal(("http", BindingInfo.Types.Direction.Out), (load.Metadata.Bindings["$return"].Type, load.Metadata.Bindings["$return"].Direction));
        Assert.Equal("False", load.Metadata.Properties["IsCodeless"]);
        Assert.Empty(load.Metadata.RawBindings); // the host does not send them back
    }

    [Fact]
    public void AFunctionWithoutAnHttpTriggerIsNotRouted() =>
        Assert.False(WorkerFunction.From(new RpcFunctionMetadata { Name = "Timer", RawBindings = { """{"name":"t","type":"timerTrigger","direction":"In"}""" } }).IsHttp);
}
