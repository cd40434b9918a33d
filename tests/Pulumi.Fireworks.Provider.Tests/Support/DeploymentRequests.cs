using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.PropertyValues;

namespace Pulumi.Fireworks.Provider.Tests.Support;

/// <summary>Check and Diff requests for the Deployment resource named "chat".</summary>
internal static class DeploymentRequests
{
    public static readonly ImmutableArray<byte> Seed = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    public static ResourceCheckRequest Check(ImmutableDictionary<string, PropertyValue> news,
        ImmutableDictionary<string, PropertyValue>? olds = null, Autonaming? autonaming = null, string name = "chat",
        ImmutableArray<byte>? seed = null) =>
        new(DeploymentProps.Urn, name, "fireworks:index:Deployment", olds ?? PropertyValue.EmptyMap, news,
            seed ?? Seed, autonaming);

    public static ResourceDiffRequest Diff(ImmutableDictionary<string, PropertyValue> oldInputs,
        ImmutableDictionary<string, PropertyValue> news, ImmutableDictionary<string, PropertyValue>? oldOutputs = null,
        params string[] ignoreChanges) =>
        new("accounts/acme/deployments/chat", DeploymentProps.Urn, "chat", "fireworks:index:Deployment",
            oldOutputs ?? oldInputs, oldInputs, news, [.. ignoreChanges]);
}
