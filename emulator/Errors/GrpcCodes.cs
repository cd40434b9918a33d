namespace Fireworks.Emulator.Errors;

/// <summary>The gRPC-gateway mapping between gRPC codes, HTTP statuses and code names.</summary>
internal static class GrpcCodes
{
    public static int ToHttpStatus(GrpcCode code) => code switch
    {
        GrpcCode.Ok => 200,
        GrpcCode.Cancelled => 499,
        GrpcCode.InvalidArgument or GrpcCode.FailedPrecondition or GrpcCode.OutOfRange => 400,
        GrpcCode.DeadlineExceeded => 504,
        GrpcCode.NotFound => 404,
        GrpcCode.AlreadyExists or GrpcCode.Aborted => 409,
        GrpcCode.PermissionDenied => 403,
        GrpcCode.ResourceExhausted => 429,
        GrpcCode.Unimplemented => 501,
        GrpcCode.Unavailable => 503,
        GrpcCode.Unauthenticated => 401,
        _ => 500,
    };

    /// <summary>The code a fault-injected HTTP status is reported with.</summary>
    public static GrpcCode FromHttpStatus(int status) => status switch
    {
        400 => GrpcCode.InvalidArgument,
        401 => GrpcCode.Unauthenticated,
        403 => GrpcCode.PermissionDenied,
        404 => GrpcCode.NotFound,
        409 => GrpcCode.Aborted,
        429 => GrpcCode.ResourceExhausted,
        501 => GrpcCode.Unimplemented,
        502 or 503 => GrpcCode.Unavailable,
        504 => GrpcCode.DeadlineExceeded,
        _ => GrpcCode.Internal,
    };

    /// <summary>The upper-snake-case name used in a Deployment's <c>status.code</c>.</summary>
    public static string Name(GrpcCode code) => code switch
    {
        GrpcCode.Ok => "OK",
        GrpcCode.InvalidArgument => "INVALID_ARGUMENT",
        GrpcCode.DeadlineExceeded => "DEADLINE_EXCEEDED",
        GrpcCode.NotFound => "NOT_FOUND",
        GrpcCode.AlreadyExists => "ALREADY_EXISTS",
        GrpcCode.PermissionDenied => "PERMISSION_DENIED",
        GrpcCode.ResourceExhausted => "RESOURCE_EXHAUSTED",
        GrpcCode.FailedPrecondition => "FAILED_PRECONDITION",
        GrpcCode.OutOfRange => "OUT_OF_RANGE",
        GrpcCode.DataLoss => "DATA_LOSS",
        _ => code.ToString().ToUpperInvariant(),
    };
}
