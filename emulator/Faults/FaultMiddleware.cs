using System.Globalization;
using Fireworks.Emulator.ControlPlane;
using Fireworks.Emulator.Errors;

namespace Fireworks.Emulator.Faults;

/// <summary>Applies injected faults to control-plane and data-plane requests (never to <c>/admin</c>).</summary>
internal sealed class FaultMiddleware(FaultInjector injector, TimeProvider timeProvider)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var method = context.Request.Method;
        var path = context.Request.Path.Value ?? "";
        var plan = injector.Plan(method, path);
        if (plan.Latency > TimeSpan.Zero)
        {
            // The timer is registered before the counter moves, so a test that sees the counter can advance a fake clock.
            var delay = Task.Delay(plan.Latency, timeProvider, context.RequestAborted);
            injector.NoteDelayStarted();
            await delay.ConfigureAwait(false);
        }

        if (!injector.TryAcquireRate(timeProvider.GetUtcNow(), out var rateRetryAfter))
        {
            context.Response.Headers.RetryAfter = rateRetryAfter.ToString(CultureInfo.InvariantCulture);
            await ResponseWriter.WriteErrorAsync(context, 429, GrpcCode.ResourceExhausted, "rate limit exceeded: too many requests per minute").ConfigureAwait(false);
            return;
        }

        if (plan.DropConnection)
        {
            ConnectionDrop.Abort(context);
            return;
        }

        if (plan.Status is { } status)
        {
            if (plan.RetryAfterSeconds is { } retryAfter)
            {
                context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
            }

            await ResponseWriter.WriteErrorAsync(context, status, GrpcCodes.FromHttpStatus(status), $"injected fault: HTTP {status}").ConfigureAwait(false);
            return;
        }

        var operation = OperationKind.Of(method, path);
        if (operation is null || !injector.HasCommitThenDrop(operation, method, path))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        await CommitThenDropAsync(context, next, operation, method, path).ConfigureAwait(false);
    }

    /// <summary>Runs the operation with the response held back; if it succeeded, drops the connection instead of answering.</summary>
    private async Task CommitThenDropAsync(HttpContext context, RequestDelegate next, string operation, string method, string path)
    {
        var original = context.Response.Body;
        using var held = new MemoryStream();
        context.Response.Body = held;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (context.Response.StatusCode is >= 200 and < 300 && injector.TryConsumeCommitThenDrop(operation, method, path))
        {
            ConnectionDrop.Abort(context);
            return;
        }

        held.Position = 0;
        await held.CopyToAsync(original, context.RequestAborted).ConfigureAwait(false);
    }
}
