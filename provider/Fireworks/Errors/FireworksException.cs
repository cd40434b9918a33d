using System.Globalization;
using System.Text;

namespace Pulumi.Fireworks.Provider.Fireworks.Errors;

/// <summary>
/// A failed call to the Fireworks control plane: an error response, or no usable response at all
/// (<see cref="Status"/> 0: connection failure or timeout after all retries). The message names the operation, the
/// HTTP status, the error code and the request id, and never contains the API key or a direct-route key.
/// </summary>
public sealed class FireworksException : Exception
{
    /// <summary>Creates the exception from already-redacted parts.</summary>
    /// <param name="operation">What was attempted, e.g. <c>create deployment accounts/a/deployments/x</c>.</param>
    /// <param name="status">HTTP status, or 0 when no response was received.</param>
    /// <param name="errorCode">gRPC code name such as <c>INVALID_ARGUMENT</c>, when known.</param>
    /// <param name="grpcCode">Numeric gRPC code, when known.</param>
    /// <param name="serverMessage">The service's own message (or a description of the transport failure).</param>
    /// <param name="requestId">The service's request id, when known.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public FireworksException(
        string operation,
        int status,
        string? errorCode,
        int? grpcCode,
        string? serverMessage,
        string? requestId,
        Exception? innerException = null)
        : base(Describe(operation, status, errorCode, grpcCode, serverMessage, requestId), innerException)
    {
        Operation = operation;
        Status = status;
        ErrorCode = errorCode;
        GrpcCode = grpcCode;
        ServerMessage = serverMessage;
        RequestId = requestId;
    }

    /// <summary>What was attempted, e.g. <c>create deployment accounts/a/deployments/x</c>.</summary>
    public string Operation { get; }

    /// <summary>HTTP status code; 0 when no response was received.</summary>
    public int Status { get; }

    /// <summary>gRPC code name (e.g. <c>NOT_FOUND</c>), when the body or the status said so.</summary>
    public string? ErrorCode { get; }

    /// <summary>Numeric gRPC code, when known.</summary>
    public int? GrpcCode { get; }

    /// <summary>The service's message, redacted.</summary>
    public string? ServerMessage { get; }

    /// <summary>The request id from <c>x-request-id</c> or the body, when present.</summary>
    public string? RequestId { get; }

    /// <summary>True when the service answered 409 (already exists, or a transitional state).</summary>
    public bool IsConflict => Status == 409;

    private static string Describe(string operation, int status, string? errorCode, int? grpcCode, string? serverMessage, string? requestId)
    {
        var text = new StringBuilder("Fireworks ").Append(Abbreviate(operation, MaxOperationLength)).Append(" failed: ");
        text.Append(status == 0 ? "no response" : "HTTP " + status.ToString(CultureInfo.InvariantCulture));
        if (errorCode is not null)
        {
            text.Append(' ').Append(errorCode);
        }

        if (grpcCode is not null)
        {
            text.Append(" (code ").Append(grpcCode.Value.ToString(CultureInfo.InvariantCulture)).Append(')');
        }

        if (!string.IsNullOrWhiteSpace(serverMessage))
        {
            text.Append(": ").Append(Abbreviate(serverMessage, MaxServerMessageLength));
        }

        if (!string.IsNullOrEmpty(requestId))
        {
            text.Append(" (request id: ").Append(requestId).Append(')');
        }

        return text.ToString();
    }

    // A hostile or mistaken name (an id of thousands of characters, echoed by the service's message too) must not
    // push the status, the code and the request id out of a message the engine shows cut to about 1 KB.
    private const int MaxOperationLength = 240;
    private const int MaxServerMessageLength = 480;

    private static string Abbreviate(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var tail = maxLength / 4;
        var head = maxLength - tail;
        var left = text.Length - head - tail;
        return string.Create(CultureInfo.InvariantCulture, $"{text[..head]}...[{left} characters]...{text[^tail..]}");
    }
}
