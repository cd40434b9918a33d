namespace Fireworks.Emulator;

/// <summary>One request the emulator received (admin requests are not logged).</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Request path, e.g. <c>/v1/accounts/a/deployments</c>.</param>
/// <param name="Query">Query string including the leading <c>?</c>, or empty.</param>
/// <param name="Host">The Host header (data-plane requests route by it).</param>
/// <param name="Status">The HTTP status sent, or 0 when the connection was dropped without a response.</param>
/// <param name="Time">When the request arrived, on the emulator's clock.</param>
public sealed record RequestLogEntry(string Method, string Path, string Query, string Host, int Status, DateTimeOffset Time);
