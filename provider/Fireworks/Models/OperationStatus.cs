namespace Pulumi.Fireworks.Provider.Fireworks.Models;

/// <summary>The outcome of the latest operation on a resource (gatewayStatus, output only).</summary>
public sealed record OperationStatus
{
    /// <summary>gRPC status code name, e.g. <c>OK</c> or <c>RESOURCE_EXHAUSTED</c>.</summary>
    public string? Code { get; init; }

    /// <summary>Human-readable explanation from the service.</summary>
    public string? Message { get; init; }
}
