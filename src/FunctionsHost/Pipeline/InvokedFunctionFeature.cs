namespace Serverless.FunctionsHost.Pipeline;

/// <summary>Records which function served the request, for the invocation log line.</summary>
public sealed record InvokedFunctionFeature(string FunctionName);
