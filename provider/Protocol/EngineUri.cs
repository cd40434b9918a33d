using Pulumi.Fireworks.Provider.Contracts;

namespace Pulumi.Fireworks.Provider.Protocol;

/// <summary>The engine passes its address as <c>host:port</c>; gRPC channels want a URI (cleartext HTTP/2).</summary>
internal static class EngineUri
{
    public static string From(string address) =>
        address.Contains("://", StringComparison.Ordinal) ? address : "http://" + address;

    /// <summary>True when <paramref name="address"/> makes a URI a gRPC channel accepts: http(s), a host, a port.</summary>
    public static bool IsValid(string address) =>
        Uri.TryCreate(From(address), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;

    /// <summary>
    /// Refuses an engine address no channel could be opened to; empty means "none" (attach mode) and passes.
    /// Checked here so that a bad address is the caller's InvalidArgument, not an INTERNAL from deep inside.
    /// </summary>
    /// <exception cref="ProviderErrorException">InvalidArgument.</exception>
    public static string Validated(string address, string field)
    {
        if (string.IsNullOrWhiteSpace(address) || IsValid(address))
        {
            return address;
        }

        var shown = address.Length <= 200 ? address : address[..200] + "...";
        throw new ProviderErrorException(ProviderErrorCode.InvalidArgument,
            $"invalid {field} \"{shown}\": expected the engine's host:port, e.g. 127.0.0.1:54321");
    }
}
