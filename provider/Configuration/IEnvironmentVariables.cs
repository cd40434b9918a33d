namespace Pulumi.Fireworks.Provider.Configuration;

/// <summary>Reads environment variables; a seam so that tests never change the process environment.</summary>
public interface IEnvironmentVariables
{
    /// <summary>The variable's value, or null when it is unset or empty.</summary>
    string? Get(string name);
}
