using System.Net;
using System.Text;

namespace Pulumi.Fireworks.Provider.Tests.Support;

/// <summary>
/// An in-memory HTTP handler: answers each request with the next scripted reply (or a responder function) and
/// records what was sent. Replies complete synchronously, so no socket and no real time is involved.
/// </summary>
internal sealed class StubHttpHandler : HttpMessageHandler
{
    private readonly Queue<Func<StubRequest, CancellationToken, Task<HttpResponseMessage>>> replies = new();
    private readonly List<StubRequest> requests = [];

    /// <summary>Used once the scripted replies are exhausted.</summary>
    public Func<StubRequest, HttpResponseMessage>? Fallback { get; set; }

    public IReadOnlyList<StubRequest> Requests => requests;

    public StubHttpHandler Reply(HttpStatusCode status, string? json = null, Action<HttpResponseMessage>? configure = null) =>
        Reply(_ => Response(status, json, configure));

    public StubHttpHandler Throw(Exception exception) => Reply(_ => throw exception);

    public StubHttpHandler Reply(Func<StubRequest, HttpResponseMessage> responder)
    {
        replies.Enqueue((request, _) => Task.FromResult(responder(request)));
        return this;
    }

    public StubHttpHandler Reply(Func<StubRequest, CancellationToken, Task<HttpResponseMessage>> responder)
    {
        replies.Enqueue(responder);
        return this;
    }

    /// <summary>Never answers; the attempt ends only when its token is cancelled (an attempt timeout).</summary>
    public StubHttpHandler Hang()
    {
        replies.Enqueue((_, token) =>
        {
            // A plain completion source: its continuations run inline when the token fires, keeping time deterministic.
            var pending = new TaskCompletionSource<HttpResponseMessage>();
            token.Register(() => pending.TrySetCanceled(token));
            return pending.Task;
        });
        return this;
    }

    public static HttpResponseMessage Response(HttpStatusCode status, string? json = null, Action<HttpResponseMessage>? configure = null)
    {
        // Always a buffered body: an empty one too, so HttpClient never reads content asynchronously.
        var response = new HttpResponseMessage(status) { Content = new StringContent(json ?? "", Encoding.UTF8, "application/json") };

        configure?.Invoke(response);
        return response;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : Encoding.UTF8.GetString(request.Content.ReadAsByteArrayAsync(cancellationToken).GetAwaiter().GetResult());
        var recorded = new StubRequest(request.Method, request.RequestUri!, body, request.Headers.Authorization?.ToString(), request.Headers.UserAgent.ToString());
        requests.Add(recorded);
        Func<StubRequest, CancellationToken, Task<HttpResponseMessage>> reply;
        if (replies.Count > 0)
        {
            reply = replies.Dequeue();
        }
        else
        {
            var fallback = Fallback ?? throw new InvalidOperationException($"No reply scripted for {request.Method} {request.RequestUri}");
            reply = (r, _) => Task.FromResult(fallback(r));
        }

        try
        {
            return reply(recorded, cancellationToken);
        }
        catch (Exception exception)
        {
            return Task.FromException<HttpResponseMessage>(exception);
        }
    }
}
