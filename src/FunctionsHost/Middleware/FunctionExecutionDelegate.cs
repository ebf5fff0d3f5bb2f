namespace Serverless.FunctionsHost.Middleware;

/// <summary>The rest of the pipeline after a Functions-style middleware.</summary>
public delegate Task FunctionExecutionDelegate(FunctionContext context);
