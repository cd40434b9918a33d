namespace Pulumi.Fireworks.Provider.Contracts;

/// <summary>
/// How a failed operation is reported to the engine. Numbers match gRPC status codes. The engine reads
/// <see cref="Internal"/> and <see cref="Unknown"/> as "the resource's state is unknown"; every other code as a
/// clean failure where nothing changed.
/// </summary>
public enum ProviderErrorCode
{
    Cancelled = 1,
    Unknown = 2,
    InvalidArgument = 3,
    DeadlineExceeded = 4,
    NotFound = 5,
    AlreadyExists = 6,
    PermissionDenied = 7,
    ResourceExhausted = 8,
    FailedPrecondition = 9,
    Aborted = 10,
    Unimplemented = 12,
    Internal = 13,
    Unavailable = 14,
    Unauthenticated = 16,
}
