namespace Pulumi.Fireworks.Provider.Contracts;

/// <summary>
/// A deliberate failure with a chosen <see cref="ProviderErrorCode"/>; the protocol adapter sends
/// <see cref="Exception.Message"/> to the user as is, so it must never contain a secret.
/// </summary>
public sealed class ProviderErrorException : Exception
{
    public ProviderErrorException(ProviderErrorCode code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
    }

    public ProviderErrorCode Code { get; }
}
