using Pulumi.Fireworks.Provider.Configuration;

namespace Pulumi.Fireworks.Provider.Tests.Support;

/// <summary>An environment made of a dictionary, so tests never touch the process environment.</summary>
public sealed class FakeEnvironment : IEnvironmentVariables
{
    private readonly Dictionary<string, string> _variables;

    public FakeEnvironment(params (string Name, string Value)[] variables)
    {
        _variables = variables.ToDictionary(variable => variable.Name, variable => variable.Value, StringComparer.Ordinal);
    }

    public static FakeEnvironment Empty { get; } = new();

    public string? Get(string name) => _variables.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
}
