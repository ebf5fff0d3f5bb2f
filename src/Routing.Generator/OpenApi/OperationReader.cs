using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Nextfunc.Routing.Generator.CSharp;
using Nextfunc.Routing.Generator.Model;

namespace Nextfunc.Routing.Generator.OpenApi;

/// <summary>
/// What a verb method says about its HTTP contract: typed results in its return type
/// (<c>Results&lt;Ok&lt;User&gt;, NotFound&gt;</c>), and in its body (and the route class's own helpers it calls)
/// <c>NextResponse.Json(value, typeInfo, status)</c> / <c>Text</c> / <c>Empty</c>, <c>Results.*</c>,
/// <c>Navigation.NotFound()</c>, <c>request.JsonAsync(typeInfo)</c> for the request body, and
/// <c>SearchParams.Get/GetAll/Has("name")</c> for the query parameters it reads.
/// </summary>
internal sealed class OperationReader(SemanticModel model, SchemaBuilder schemas)
{
    private const string Json = "application/json";

    // ASP.NET Core's typed results (Microsoft.AspNetCore.Http.HttpResults) and Results/TypedResults factories.
    private static readonly Dictionary<string, int> StatusOf = new()
    {
        ["Ok"] = 200,
        ["JsonHttpResult"] = 200,
        ["ContentHttpResult"] = 200,
        ["Json"] = 200,
        ["Content"] = 200,
        ["Text"] = 200,
        ["Created"] = 201,
        ["CreatedAtRoute"] = 201,
        ["Accepted"] = 202,
        ["AcceptedAtRoute"] = 202,
        ["NoContent"] = 204,
        ["Redirect"] = 302,
        ["LocalRedirect"] = 302,
        ["RedirectHttpResult"] = 302,
        ["BadRequest"] = 400,
        ["ValidationProblem"] = 400,
        ["UnauthorizedHttpResult"] = 401,
        ["Unauthorized"] = 401,
        ["ForbidHttpResult"] = 403,
        ["Forbid"] = 403,
        ["NotFound"] = 404,
        ["Conflict"] = 409,
        ["UnprocessableEntity"] = 422,
        ["InternalServerError"] = 500,
    };

    public OperationModel Read(IMethodSymbol method, SyntaxNode declaration)
    {
        var responses = new List<ResponseModel>();
        var query = new List<QueryParameterModel>();
        ContentModel? request = null;
        FromReturnType(Unwrap(method.ReturnType), responses);
        var seen = new HashSet<SyntaxNode>();
        if (declaration.SyntaxTree == model.SyntaxTree) // a class declared twice has parts this model cannot read
            Scan(declaration, method.ContainingType, responses, query, ref request, seen);
        var distinct = responses.GroupBy(r => r.Status)
            .Select(g => g.FirstOrDefault(r => r.Content?.Schema is not null) ?? g.First())
            .OrderBy(r => r.Status == 0 ? int.MaxValue : r.Status);
        var parameters = query.GroupBy(q => q.Name).Select(g => g.FirstOrDefault(q => q.Repeated) ?? g.First());
        return new OperationModel(DocComments.SummaryOf(declaration), request, distinct.ToEquatableArray(), parameters.ToEquatableArray());
    }

    private void FromReturnType(ITypeSymbol type, List<ResponseModel> responses)
    {
        if (type is not INamedTypeSymbol named || named.ContainingNamespace?.ToDisplayString() != "Microsoft.AspNetCore.Http.HttpResults") return;
        if (named.Name == "Results")
        {
            foreach (var argument in named.TypeArguments) FromReturnType(argument, responses);
            return;
        }
        if (!StatusOf.TryGetValue(named.Name, out var status)) return;
        var body = named.IsGenericType ? new ContentModel(Json, schemas.Of(named.TypeArguments[0])) : null;
        responses.Add(new ResponseModel(status, body));
    }

    private void Scan(SyntaxNode body, INamedTypeSymbol routeClass, List<ResponseModel> responses, List<QueryParameterModel> query,
        ref ContentModel? request, HashSet<SyntaxNode> seen)
    {
        if (!seen.Add(body)) return;
        foreach (var invocation in body.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (Called(invocation) is not { } called) continue;
            var owner = TypeNames.FullName(called.ContainingType);
            switch (owner)
            {
                case "Nextfunc.Routing.Http.NextResponse":
                    if (FromNextResponse(called, invocation) is { } response) responses.Add(response);
                    break;
                case "Nextfunc.Routing.Http.Navigation" when called.Name == "NotFound":
                    responses.Add(new ResponseModel(404, null));
                    break;
                case "Nextfunc.Routing.Http.NextRequest":
                    request ??= FromNextRequest(called, invocation);
                    break;
                case "Nextfunc.Routing.Http.SearchParams" when called.Name is "Get" or "GetAll" or "Has"
                                                             && Argument(called, invocation, "name") is string name:
                    query.Add(new QueryParameterModel(name, called.Name == "GetAll"));
                    break;
                case "Microsoft.AspNetCore.Http.Results":
                case "Microsoft.AspNetCore.Http.TypedResults":
                    if (StatusOf.TryGetValue(called.Name, out var status))
                        responses.Add(new ResponseModel(status, called.IsGenericMethod ? new ContentModel(Json, schemas.Of(called.TypeArguments[0])) : null));
                    break;
                default:
                    // The route class's own helpers (private static IResult Invalid(...)) answer for the handler.
                    if (SymbolEqualityComparer.Default.Equals(called.ContainingType, routeClass)
                        && called.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is { } helper
                        && helper.SyntaxTree == model.SyntaxTree)
                        Scan(helper, routeClass, responses, query, ref request, seen);
                    break;
            }
        }
    }

    // A call that takes a source-generated JsonTypeInfo does not bind here (see JsonTypeInfoTypes): of its
    // candidates, take the overload with a typeInfo parameter where the argument that does not bind is.
    private IMethodSymbol? Called(InvocationExpressionSyntax invocation)
    {
        var info = model.GetSymbolInfo(invocation);
        if (info.Symbol is IMethodSymbol bound) return bound;
        var candidates = info.CandidateSymbols.OfType<IMethodSymbol>().ToList();
        var arguments = invocation.ArgumentList.Arguments;
        var unbound = Enumerable.Range(0, arguments.Count)
            .Where(i => model.GetTypeInfo(arguments[i].Expression).Type is null or { TypeKind: TypeKind.Error })
            .DefaultIfEmpty(-1).First();
        return candidates.FirstOrDefault(c => unbound >= 0 && unbound < c.Parameters.Length && c.Parameters[unbound].Name == "typeInfo"
                                              && c.Parameters.Length >= arguments.Count)
               ?? candidates.FirstOrDefault();
    }

    private ResponseModel? FromNextResponse(IMethodSymbol called, InvocationExpressionSyntax invocation)
    {
        var status = Argument(called, invocation, "status");
        switch (called.Name)
        {
            case "Json":
                return new ResponseModel(Status(status, 200), new ContentModel(Json, BodyType(called, invocation) is { } body ? schemas.Of(body) : null));
            case "Text":
                var type = Argument(called, invocation, "contentType") as string ?? "text/plain";
                return new ResponseModel(Status(status, 200), new ContentModel(type.Split(';')[0], "{\"type\":\"string\"}"));
            case "Empty":
                return new ResponseModel(Status(status, 204), null);
            case "Redirect":
                return new ResponseModel(Status(status, 307), null);
            case "Stream":
                return new ResponseModel(Status(status, 200), new ContentModel(Argument(called, invocation, "contentType") as string ?? "application/octet-stream", null));
            default:
                return null;
        }
    }

    private ContentModel? FromNextRequest(IMethodSymbol called, InvocationExpressionSyntax invocation) => called.Name switch
    {
        "JsonAsync" => new ContentModel(Json, BodyType(called, invocation) is { } body ? schemas.Of(body) : "{}"),
        "TextAsync" => new ContentModel("text/plain", "{\"type\":\"string\"}"),
        "FormDataAsync" => new ContentModel("multipart/form-data", "{\"type\":\"object\"}"),
        _ => null,
    };

    // A status the build cannot read (a variable) is documented as "default"; an omitted one is the method's default.
    private static int Status(object? argument, int fallback) => argument switch
    {
        int status => status,
        Missing => fallback,
        _ => 0,
    };

    private object? Argument(IMethodSymbol called, InvocationExpressionSyntax invocation, string name)
    {
        var index = called.Parameters.ToList().FindIndex(p => p.Name == name);
        if (index < 0) return Missing.Value;
        var arguments = invocation.ArgumentList.Arguments;
        var argument = arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == name)
                       ?? (index < arguments.Count && arguments[index].NameColon is null ? arguments[index] : null);
        if (argument is null) return Missing.Value;
        var constant = model.GetConstantValue(argument.Expression);
        return constant.HasValue ? constant.Value : null;
    }

    // The T of Json<T>(value, typeInfo) / JsonAsync<T>(typeInfo): bound, else from the JsonTypeInfo, else from the value.
    private ITypeSymbol? BodyType(IMethodSymbol called, InvocationExpressionSyntax invocation)
    {
        if (called.IsGenericMethod && called.TypeArguments[0].TypeKind is not (TypeKind.Error or TypeKind.TypeParameter))
            return called.TypeArguments[0];
        var arguments = invocation.ArgumentList.Arguments;
        var typeInfo = called.Parameters.ToList().FindIndex(p => p.Name == "typeInfo");
        if (typeInfo >= 0 && typeInfo < arguments.Count && JsonTypeInfoTypes.Resolve(arguments[typeInfo].Expression, model) is { } declared)
            return declared;
        return called.Parameters.FirstOrDefault()?.Name == "value" && arguments.Count > 0 ? ValueType(arguments[0].Expression) : null;
    }

    // The type of a value; a local that does not bind because its initializer took a source-generated JsonTypeInfo
    // (var users = await cache.GetOrCreateAsync(key, factory, options, AppJson.Default.ListUser, ct)) has that JsonTypeInfo's type.
    private ITypeSymbol? ValueType(ExpressionSyntax value)
    {
        if (model.GetTypeInfo(value).Type is { TypeKind: not TypeKind.Error } bound) return bound;
        if (model.GetSymbolInfo(value).Symbol is not ILocalSymbol local
            || local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: var initializer }
            || initializer.SyntaxTree != model.SyntaxTree)
            return null;
        while (initializer is AwaitExpressionSyntax or ParenthesizedExpressionSyntax)
            initializer = initializer is AwaitExpressionSyntax awaited ? awaited.Expression : ((ParenthesizedExpressionSyntax)initializer).Expression;
        if (initializer is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait", Expression: var inner } })
            initializer = inner;
        return initializer is InvocationExpressionSyntax call
            ? call.ArgumentList.Arguments.Select(a => JsonTypeInfoTypes.Resolve(a.Expression, model)).FirstOrDefault(t => t is not null)
            : null;
    }

    private static ITypeSymbol Unwrap(ITypeSymbol type) =>
        type is INamedTypeSymbol { IsGenericType: true } named
        && TypeNames.FullName(named.ConstructedFrom) is WellKnownTypes.Task1 or WellKnownTypes.ValueTask1
            ? named.TypeArguments[0]
            : type;

    private sealed class Missing
    {
        public static readonly Missing Value = new();
    }
}
