namespace Nextfunc.Routing.Generator.Model;

/// <summary>What a verb method's signature and body tell about its HTTP contract, for the OpenAPI document.</summary>
/// <param name="Summary">The method's XML doc summary, as plain text.</param>
/// <param name="RequestBody">The request body: its content type and schema, or null.</param>
/// <param name="Responses">Each status the handler answers, with its content when known.</param>
/// <param name="Query">The query parameters the handler reads (<c>request.NextUrl.SearchParams.Get("q")</c>), in first-read order.</param>
internal sealed record OperationModel(string? Summary, ContentModel? RequestBody, EquatableArray<ResponseModel> Responses, EquatableArray<QueryParameterModel> Query);

/// <summary>A query parameter a handler reads: <see cref="Repeated"/> when read with <c>GetAll</c> (an array).</summary>
internal sealed record QueryParameterModel(string Name, bool Repeated);

/// <summary>A response: <see cref="Status"/> 0 for a status the build cannot tell (documented as <c>default</c>).</summary>
internal sealed record ResponseModel(int Status, ContentModel? Content);

/// <summary>A body: its media type and JSON Schema (<c>null</c> schema: any content of that type).</summary>
internal sealed record ContentModel(string MediaType, string? Schema);

/// <summary>A named schema under <c>components/schemas</c>.</summary>
internal sealed record SchemaComponentModel(string Name, string Json);
