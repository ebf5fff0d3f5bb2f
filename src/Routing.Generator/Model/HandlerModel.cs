namespace Nextfunc.Routing.Generator.Model;

/// <summary>One exported verb method: how to call it and how to treat its result.</summary>
/// <param name="Verb">GET, POST, ...</param>
/// <param name="Parameters">The parameters as declared; route values among them are resolved against the folder names.</param>
/// <param name="Arguments">The C# expressions that bind each parameter from the invocation <c>i</c> (filled in once resolved).</param>
/// <param name="IsAsync">True when the method returns Task/ValueTask of a result.</param>
/// <param name="ResultWrapper">For sitemap and robots: the method that turns the returned data into a response.</param>
/// <param name="Operation">What the signature and body tell about the HTTP contract, for the OpenAPI document.</param>
internal sealed record HandlerModel(string Verb, string MethodName, EquatableArray<ParameterModel> Parameters, EquatableArray<string> Arguments, bool IsAsync, string? ResultWrapper, OperationModel Operation)
{
    /// <summary>The types its parameters take from dependency injection (filled in with the arguments), checked at start-up.</summary>
    public EquatableArray<string> Services { get; init; } = new string[0].ToEquatableArray();
}
