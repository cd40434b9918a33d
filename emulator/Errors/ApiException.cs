namespace Fireworks.Emulator.Errors;

/// <summary>A request the control plane refuses; becomes a gRPC-gateway error body.</summary>
internal sealed class ApiException(GrpcCode code, string message) : Exception(message)
{
    public GrpcCode Code { get; } = code;

    public int HttpStatus => GrpcCodes.ToHttpStatus(Code);

    public static ApiException InvalidArgument(string message) => new(GrpcCode.InvalidArgument, message);

    public static ApiException FailedPrecondition(string message) => new(GrpcCode.FailedPrecondition, message);

    public static ApiException NotFound(string message) => new(GrpcCode.NotFound, message);
}
