using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.Deployment;

/// <summary>Turns <see cref="DeploymentInputs"/> back into a property map (canonical durations and timestamps).</summary>
internal static class DeploymentInputsWriter
{
    public static ImmutableDictionary<string, PropertyValue> Write(DeploymentInputs inputs)
    {
        var writer = new InputWriter();
        foreach (var property in DeploymentProperties.All)
        {
            property.Write(writer, inputs);
        }

        return writer.Build(inputs.SecretProperties, inputs.DefaultedProperties);
    }
}
