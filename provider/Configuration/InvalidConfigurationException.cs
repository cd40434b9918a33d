using Pulumi.Fireworks.Provider.Contracts;

namespace Pulumi.Fireworks.Provider.Configuration;

/// <summary>Configure found configuration values that are not valid. The message lists every problem and never
/// contains a secret.</summary>
public sealed class InvalidConfigurationException : Exception
{
    public InvalidConfigurationException(IReadOnlyList<CheckFailure> failures)
        : base("invalid provider configuration: " + string.Join("; ", failures.Select(failure => failure.Reason)))
    {
        Failures = failures;
    }

    public IReadOnlyList<CheckFailure> Failures { get; }
}
