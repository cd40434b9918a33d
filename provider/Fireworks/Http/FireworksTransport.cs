using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Polly;
using Polly.Timeout;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.Fireworks.Models;
using Pulumi.Fireworks.Provider.Fireworks.Resilience;

namespace Pulumi.Fireworks.Provider.Fireworks.Http;

/// <summary>
/// Sends one logical request through the resilience pipeline (building a fresh <see cref="HttpRequestMessage"/> per
/// attempt from the same bytes, so a retried PATCH carries the same mask and body) and turns failures into
/// <see cref="FireworksException"/>.
/// </summary>
internal sealed class FireworksTransport : IDisposable
{
    private readonly HttpClient http;
    private readonly ResiliencePipeline<HttpResponseMessage> pipeline;
    private readonly ResiliencePipeline<HttpResponseMessage> sendOncePipeline;
    private readonly Uri baseUrl;
    private readonly AuthenticationHeaderValue authorization;
    private readonly ProductInfoHeaderValue[] userAgent;
    private readonly TimeProvider timeProvider;
    private readonly TimeSpan attemptTimeout;
    private readonly TimeSpan totalTimeout;
    private readonly IDisposable budgetClaim;

    public FireworksTransport(FireworksClientOptions options, RequestRateLimiter limiter, Func<double> randomizer)
    {
        var handler = options.Transport ?? new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(10),
        };

        // Timeouts come from the pipeline; HttpClient's own would fire outside it and skip the retry logic.
        http = new HttpClient(handler, disposeHandler: options.Transport is null) { Timeout = Timeout.InfiniteTimeSpan };
        pipeline = FireworksResiliencePipeline.Build(options, limiter, options.TimeProvider, randomizer);
        sendOncePipeline = FireworksResiliencePipeline.Build(options, limiter, options.TimeProvider, randomizer, retryOutcomeUnknown: false);
        var url = options.BaseUrl.ToString();
        baseUrl = new Uri(url.EndsWith('/') ? url : url + "/");
        authorization = new AuthenticationHeaderValue("Bearer", options.ApiKey);
        userAgent = ProductInfoHeaderValue.TryParse(options.UserAgent, out var product) ? [product] : [];
        timeProvider = options.TimeProvider;
        attemptTimeout = options.AttemptTimeout;
        totalTimeout = options.TotalTimeout;

        // The told budget holds on the account's shared gate for as long as this client lives.
        budgetClaim = limiter.Claim(options.RequestsPerMinute);
    }

    /// <summary>Sends the request; returns whatever response the last attempt got (success or not).</summary>
    public Task<TransportResponse> SendAsync(
        HttpMethod method,
        string relativeUri,
        byte[]? body,
        string operation,
        SecretRedactor redactor,
        CancellationToken cancellationToken) =>
        SendAsync(method, relativeUri, body, operation, redactor, idempotent: true, cancellationToken);

    /// <summary>
    /// Sends the request; returns whatever response the last attempt got (success or not). With
    /// <paramref name="idempotent"/> false (a create whose id the service picks) an attempt that may have reached the
    /// service is never repeated: only a 429 and a connection that could not be made are retried (still through the
    /// rate gate), and a timeout, dropped connection or 5xx goes back to the caller, who must find out what happened.
    /// </summary>
    public async Task<TransportResponse> SendAsync(
        HttpMethod method,
        string relativeUri,
        byte[]? body,
        string operation,
        SecretRedactor redactor,
        bool idempotent,
        CancellationToken cancellationToken)
    {
        var attempt = new Attempt(this, method, new Uri(baseUrl, relativeUri), body);

        // Outermost: the total timeout covers every attempt, backoff and rate-limit wait.
        using var total = new CancellationTokenSource(totalTimeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, total.Token);
        var context = ResilienceContextPool.Shared.Get(linked.Token);

        // A waiter's polls carry their poller (an AsyncLocal set by the waiter), so the gate serves them last.
        context.Properties.Set(RateLimitingStrategy.PollerKey, Poller.Current);
        try
        {
            var response = await (idempotent ? pipeline : sendOncePipeline).ExecuteAsync(static (context, a) => a.SendOnceAsync(context.CancellationToken), context, attempt).ConfigureAwait(false);
            return new TransportResponse(response, attempt.Count);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException exception) when (total.IsCancellationRequested)
        {
            throw new FireworksException(operation, 0, null, null, $"timed out after {Seconds(totalTimeout)} ({Attempts(attempt.Count)})", null, exception);
        }
        catch (TimeoutRejectedException exception)
        {
            throw new FireworksException(operation, 0, null, null, $"timed out after {Attempts(attempt.Count)} of {Seconds(attemptTimeout)} each", null, exception);
        }
        catch (HttpRequestException exception)
        {
            var detail = redactor.Redact(exception.Message);
            throw new FireworksException(operation, 0, null, null, $"connection failed after {Attempts(attempt.Count)}: {detail}", null, exception);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>Reads a success body with the source-generated metadata.</summary>
    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, string operation, CancellationToken cancellationToken)
    {
        try
        {
            // Tolerant: a field the service changed under us is read as absent, never a failed read.
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            return TolerantJson.Deserialize(bytes, type, out _)
                ?? throw new FireworksException(operation, (int)response.StatusCode, null, null, "the response body was empty", RequestIdHeader(response));
        }
        catch (JsonException exception)
        {
            // JsonException messages carry positions, not values, so nothing secret leaks here.
            throw new FireworksException(operation, (int)response.StatusCode, null, null, "the response body could not be read: " + exception.Message, RequestIdHeader(response), exception);
        }
    }

    /// <summary>Builds the exception for an error response; everything user-visible is redacted.</summary>
    public static async Task<FireworksException> ErrorAsync(HttpResponseMessage response, string operation, SecretRedactor redactor, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var body = ErrorBody.Parse(text);
        return new FireworksException(
            operation,
            (int)response.StatusCode,
            body.ErrorCode,
            body.GrpcCode,
            redactor.Redact(body.Message),
            redactor.Redact(RequestIdHeader(response) ?? body.RequestId));
    }

    public void Dispose()
    {
        budgetClaim.Dispose();
        http.Dispose();
    }

    private static string? RequestIdHeader(HttpResponseMessage response) =>
        response.Headers.TryGetValues("x-request-id", out var values) ? values.FirstOrDefault() : null;

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + "s";

    private static string Attempts(int count) => count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " attempt" : " attempts");

    private sealed class Attempt(FireworksTransport transport, HttpMethod method, Uri uri, byte[]? body)
    {
        public FireworksTransport Transport { get; } = transport;

        public int Count { get; private set; }

        /// <summary>One attempt, bounded by the attempt timeout (innermost step of the pipeline).</summary>
        public async ValueTask<HttpResponseMessage> SendOnceAsync(CancellationToken token)
        {
            Count++;
            using var timeout = new CancellationTokenSource(Transport.attemptTimeout, Transport.timeProvider);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(token, timeout.Token);
            using var request = Build();
            try
            {
                return await Transport.http.SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException exception) when (timeout.IsCancellationRequested && !token.IsCancellationRequested)
            {
                // An attempt timeout is retryable; cancellation from outside is not.
                throw new TimeoutRejectedException("The attempt timed out.", Transport.attemptTimeout, exception);
            }
            catch (OperationCanceledException exception) when (exception.InnerException is TimeoutException && !linked.IsCancellationRequested)
            {
                // SocketsHttpHandler reports its ConnectTimeout as a cancellation: no connection, so a connection failure.
                throw new HttpRequestException(HttpRequestError.ConnectionError, "could not connect within the connect timeout", exception);
            }
        }

        private HttpRequestMessage Build()
        {
            var request = new HttpRequestMessage(method, uri);
            request.Headers.Authorization = Transport.authorization;
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            foreach (var product in Transport.userAgent)
            {
                request.Headers.UserAgent.Add(product);
            }

            if (body is not null)
            {
                request.Content = new ByteArrayContent(body);
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            }

            return request;
        }
    }
}
