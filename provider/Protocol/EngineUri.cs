namespace Pulumi.Fireworks.Provider.Protocol;

/// <summary>The engine passes its address as <c>host:port</c>; gRPC channels want a URI (cleartext HTTP/2).</summary>
internal static class EngineUri
{
    public static string From(string address) =>
        address.Contains("://", StringComparison.Ordinal) ? address : "http://" + address;
}
