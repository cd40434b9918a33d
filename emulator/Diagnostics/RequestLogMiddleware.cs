using Fireworks.Emulator.Faults;
using Fireworks.Emulator.State;
using Microsoft.Extensions.Logging;

namespace Fireworks.Emulator.Diagnostics;

/// <summary>Gives every response an <c>x-request-id</c> and records non-admin requests in the <see cref="RequestLog"/>.</summary>
internal sealed partial class RequestLogMiddleware(RequestLog log, RandomSource random, TimeProvider timeProvider, ILogger<RequestLogMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var arrived = timeProvider.GetUtcNow();
        var arrival = log.Arrive();
        context.Response.Headers["x-request-id"] = random.NextHex(32);
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            var request = context.Request;
            if (!request.Path.StartsWithSegments("/admin"))
            {
                // Unanswered: dropped by a fault, or abandoned by the client before any response started (the request
                // may have been held in an injected delay and never applied).
                var unanswered = ConnectionDrop.WasDropped(context)
                                 || (context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted);
                var status = unanswered ? 0 : context.Response.StatusCode;
                log.Add(arrival, new RequestLogEntry(request.Method, request.Path.Value ?? "", request.QueryString.Value ?? "", request.Host.Value ?? "", status, arrived));
                LogRequest(logger, request.Method, request.Path.Value ?? "", status);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path} -> {Status}")]
    private static partial void LogRequest(ILogger logger, string method, string path, int status);
}
