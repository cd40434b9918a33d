using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.Deployment;

/// <summary>
/// Reads a property map into <see cref="DeploymentInputs"/> by walking <see cref="DeploymentProperties"/>. Type errors
/// and unknown property names go to the collector; the parse itself never fails.
/// </summary>
public static class DeploymentInputsParser
{
    public static DeploymentInputs Parse(ImmutableDictionary<string, PropertyValue> properties,
        CheckFailureCollector failures)
    {
        var alwaysSecret = DeploymentProperties.All.Where(property => property.AlwaysSecret).Select(property => property.Name).ToList();
        alwaysSecret.ForEach(failures.MarkSecret);
        var secrets = InputReader.Inspect(properties, DeploymentProperties.InputNames, failures).Union(alwaysSecret);

        var reader = new InputReader(properties, failures);
        var inputs = new DeploymentInputs();
        foreach (var property in DeploymentProperties.All)
        {
            inputs = property.Read(reader, inputs);
        }

        return inputs with
        {
            SecretProperties = secrets,
            DefaultedProperties = DiffValues.Defaulted(properties).Intersect(DeploymentProperties.InputNames),
        };
    }

    /// <summary>Keys starting with <c>__</c> belong to the provider or engine, never to the user.</summary>
    public static bool IsInternal(string name) => InternalKeys.IsInternal(name);
}
