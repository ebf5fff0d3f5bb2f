namespace Serverless.FunctionsHost.Pipeline;

/// <summary>Records which function served the request, for the invocation log line.</summary>
internal sealed record InvokedFunctionFeature(string FunctionName);
