namespace Fireworks.Emulator;

/// <summary>
/// One injected fault. Set exactly one of <see cref="Status"/>, <see cref="LatencyMs"/>, <see cref="DropConnection"/>,
/// <see cref="CommitThenDrop"/> or <see cref="RequestsPerMinute"/>. Faults apply to control-plane and data-plane
/// requests, never to <c>/admin</c>. The same shape is the JSON body of <c>POST /admin/faults</c>.
/// </summary>
public sealed record FaultRule
{
    /// <summary>Answer with this HTTP status (e.g. 429, 500, 502, 503) and a gRPC-gateway error body.</summary>
    public int? Status { get; init; }

    /// <summary>With <see cref="Status"/>: the <c>Retry-After</c> header in seconds.</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>Delay the request by this many milliseconds (on the emulator's <see cref="TimeProvider"/>), then serve it.</summary>
    public int? LatencyMs { get; init; }

    /// <summary>Abort the connection without any response.</summary>
    public bool? DropConnection { get; init; }

    /// <summary><c>create</c>, <c>update</c> or <c>delete</c>: perform the operation, then abort the connection instead of answering.</summary>
    public string? CommitThenDrop { get; init; }

    /// <summary>A sliding one-minute request budget; requests beyond it get 429 with <c>Retry-After</c>.</summary>
    public int? RequestsPerMinute { get; init; }

    /// <summary>How many matching requests the fault hits before it expires; null means until cleared.</summary>
    public int? Count { get; init; }

    /// <summary>Only requests with this HTTP method (case-insensitive); null matches all.</summary>
    public string? Method { get; init; }

    /// <summary>Only requests whose path contains this text (e.g. <c>/deployments</c> or <c>:undelete</c>); null matches all.</summary>
    public string? PathContains { get; init; }
}
