using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Nextfunc.Routing.Functions;
using Nextfunc.Routing.Http;
using Nextfunc.Routing.Matching;
using Nextfunc.Routing.Web;

namespace Nextfunc.Pipeline;

/// <summary>
/// Runs one function against an HTTP context: binds the invocation, turns navigation helpers into
/// responses, answers a body the client got wrong with a 4xx, and makes any other failure a 500 with an
/// empty body (logged with the function name; no stack trace reaches the client outside Development, where
/// <see cref="DevelopmentErrorPage"/> says what was thrown and where). A client that went away is not a failure.
/// Headers middleware set are kept on every outcome.
/// </summary>
internal sealed class FunctionDispatcher(ILogger<FunctionDispatcher> logger, DevelopmentErrorPage errorPage)
{
    /// <summary>Invokes <paramref name="function"/>; with <paramref name="dropBody"/> (HEAD via GET) the body is discarded.</summary>
    public async Task InvokeAsync(HttpContext context, RouteEntry route, RouteFunction function, RouteParams parameters, bool dropBody, NextResponse? middlewareResponse)
    {
        RequestScope.Enter(context);
        using var deadline = InvocationDeadline.Start(context, route.Config.MaxDuration);
        IResult? result;
        try
        {
            result = await function.Handler(context, new RouteContext(parameters, function.Name));
        }
        catch (NavigationException navigation)
        {
            result = navigation.ToResponse();
        }
        catch (Exception) when (deadline?.Expired == true)
        {
            PipelineLog.MaxDurationExceeded(logger, function.Name, route.Config.MaxDuration!.Value, route.SourceFile);
            if (!context.Response.HasStarted) Fail(context, middlewareResponse, StatusCodes.Status504GatewayTimeout);
            return;
        }
        catch (Exception) when (context.RequestAborted.IsCancellationRequested)
        {
            return; // the client went away: nothing to answer, nothing the handler did wrong (logged once as aborted)
        }
        catch (Exception e) when (!context.Response.HasStarted && ClientErrors.Classify(context, e) is { } clientError)
        {
            PipelineLog.BadRequestBody(logger, function.Name, clientError.StatusCode, clientError.Message);
            await ClientErrors.WriteAsync(context, clientError, middlewareResponse);
            return;
        }
        catch (Exception e) when (!context.Response.HasStarted)
        {
            PipelineLog.HandlerThrew(logger, e, function.Name, route.SourceFile);
            Fail(context, middlewareResponse);
            await errorPage.WriteAsync(context, e, route.SourceFile, function.Name);
            return;
        }

        if (result is null)
        {
            PipelineLog.HandlerReturnedNull(logger, function.Name, route.SourceFile);
            Fail(context, middlewareResponse);
            return;
        }
        if (result is NextResponse { IsNext: true })
        {
            // Next.js answers 500 too ("NextResponse.next() was used in a app route handler, this is not supported").
            PipelineLog.HandlerReturnedNext(logger, function.Name, route.SourceFile);
            Fail(context, middlewareResponse);
            return;
        }

        if (dropBody)
        {
            context.Response.Body = Stream.Null;
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.ContentLength = null;
                return Task.CompletedTask;
            });
        }

        middlewareResponse?.KeepHeadersOn(context.Response); // a header both set: the middleware's value is sent, as in Next.js
        try
        {
            await result.ExecuteAsync(context);
        }
        catch (Exception) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away mid-response (a stream, a large body): not a handler failure.
        }
        catch (Exception e) when (!context.Response.HasStarted)
        {
            PipelineLog.HandlerThrew(logger, e, function.Name, route.SourceFile);
            Fail(context, middlewareResponse);
            await errorPage.WriteAsync(context, e, route.SourceFile, function.Name);
        }
    }

    /// <summary>A 500 (or <paramref name="status"/>) with an empty body and no content type; middleware headers survive, handler headers do not.</summary>
    public static void Fail(HttpContext context, NextResponse? middlewareResponse, int status = StatusCodes.Status500InternalServerError)
    {
        context.Response.Clear();
        context.Response.StatusCode = status;
        middlewareResponse?.ApplyHeaders(context.Response);
    }
}
