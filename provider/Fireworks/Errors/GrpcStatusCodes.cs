namespace Pulumi.Fireworks.Provider.Fireworks.Errors;

/// <summary>The canonical gRPC status codes, by number and by name (the service uses both forms).</summary>
public static class GrpcStatusCodes
{
    private static readonly string[] Names =
    [
        "OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED", "NOT_FOUND", "ALREADY_EXISTS",
        "PERMISSION_DENIED", "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION", "ABORTED", "OUT_OF_RANGE",
        "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS", "UNAUTHENTICATED",
    ];

    /// <summary>The name of a numeric code (e.g. 3 → <c>INVALID_ARGUMENT</c>), or null when unknown.</summary>
    public static string? NameOf(int code) => code >= 0 && code < Names.Length ? Names[code] : null;

    /// <summary>The number of a code name (case-insensitive), or null when unknown.</summary>
    public static int? NumberOf(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        var index = Array.FindIndex(Names, n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? index : null;
    }
}
