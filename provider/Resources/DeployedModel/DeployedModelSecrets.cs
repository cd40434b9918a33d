using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.DeployedModel;

/// <summary>
/// Which DeployedModel outputs derive from which inputs, so that a secret input keeps them secret: the inference
/// model spells both names, the service's id is made from the model's id, and the status message is free text the
/// service may fill with any input.
/// </summary>
public static class DeployedModelSecrets
{
    public static SecretDerivation Derivation { get; } = new()
    {
        Sources = ImmutableDictionary.CreateRange(StringComparer.Ordinal,
        [
            KeyValuePair.Create(DeployedModelFields.InferenceModel, ImmutableArray.Create(DeployedModelFields.Model.Name, DeployedModelFields.Deployment.Name)),
            KeyValuePair.Create(DeployedModelFields.Name, ImmutableArray.Create(DeployedModelFields.Model.Name, DeployedModelFields.Deployment.Name)),
        ]),
        FromEveryInput = ImmutableHashSet.Create(StringComparer.Ordinal, DeployedModelFields.Status),
    };
}
