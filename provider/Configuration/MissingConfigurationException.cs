namespace Pulumi.Fireworks.Provider.Configuration;

/// <summary>Configure found no value for required keys (neither in config nor in the environment).</summary>
public sealed class MissingConfigurationException : Exception
{
    public MissingConfigurationException(IReadOnlyList<MissingConfigurationKey> missingKeys)
        : base("missing required configuration: " + string.Join("; ",
            missingKeys.Select(key => $"{key.Name} ({key.Description})")))
    {
        MissingKeys = missingKeys;
    }

    public IReadOnlyList<MissingConfigurationKey> MissingKeys { get; }
}
