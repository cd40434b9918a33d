using Pulumi.Fireworks.Provider.Contracts;

namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>
/// The Fireworks API a call needs. Without an API key the provider still checks, diffs and previews, so the API is
/// null until a real call: that call then fails with a message naming the missing key.
/// </summary>
public static class Credentials
{
    /// <param name="api">The API; null when no key is configured.</param>
    /// <param name="operation">What the call does, for the message (e.g. <c>create a deployment</c>).</param>
    public static T Required<T>(T? api, string operation)
        where T : class =>
        api ?? throw new ProviderErrorException(ProviderErrorCode.FailedPrecondition, FireworksFailures.MissingCredentials(operation));
}
