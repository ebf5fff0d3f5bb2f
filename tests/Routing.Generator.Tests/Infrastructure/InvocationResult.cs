namespace Nextfunc.Routing.Generator.Tests.Infrastructure;

/// <summary>What one invoked function produced.</summary>
internal sealed record InvocationResult(string FunctionName, int Status, string Body, string? ContentType, bool ReturnedNull);
