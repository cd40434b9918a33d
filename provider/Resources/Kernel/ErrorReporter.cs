using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.Errors;

namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>
/// Builds the errors of one operation with <see cref="FireworksFailures"/>' codes, running every message through a
/// redactor that holds the operation's secret input values (the client already removed the API key).
/// <paramref name="hint"/> adds what the user can do about an answer in this resource's terms (e.g. how to import).
/// </summary>
public sealed class ErrorReporter(IEnumerable<string>? secrets, Func<FireworksException, string>? hint = null)
{
    private readonly SecretRedactor redactor = new(secrets ?? []);

    /// <summary>A clean failure of the call the exception names (its message names the operation and the resource).</summary>
    public ProviderErrorException Failed(FireworksException exception) =>
        Failed(FireworksFailures.CodeFor(exception), exception.Message + Hints(exception), exception);

    /// <summary>A clean failure: <paramref name="what"/> did not happen.</summary>
    public ProviderErrorException Failed(string what, FireworksException exception) =>
        Failed(FireworksFailures.CodeFor(exception), $"{what}: {exception.Message}{Hints(exception)}", exception);

    public ProviderErrorException Failed(ProviderErrorCode code, string message, Exception? inner = null) =>
        new(code, Redact(message), inner);

    public string Redact(string message) => redactor.Redact(message) ?? string.Empty;

    private string Hints(FireworksException exception) => FireworksFailures.Hint(exception) + (hint?.Invoke(exception) ?? string.Empty);
}
