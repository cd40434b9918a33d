using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks.DeploymentShapes;
using Pulumi.Fireworks.Provider.Logging;

namespace Pulumi.Fireworks.Provider.Resources.Functions;

/// <summary>
/// What the functions need from the provider. The APIs are null without credentials: arguments are still checked,
/// every call then fails with a message naming the missing API key.
/// </summary>
/// <param name="AccountId">The configured account (<c>fireworks:accountId</c>): completes bare deployment ids.</param>
/// <param name="Log">The engine log (lasting warnings, e.g. a list cut at <see cref="MaxListed"/>).</param>
public sealed record FunctionOptions(string AccountId, IEngineLog Log)
{
    /// <summary>The most items a list function returns (beyond it: a warning and the first ones).</summary>
    public const int DefaultMaxListed = 1000;

    /// <summary>The Fireworks deployments API; null when no API key is configured.</summary>
    public IDeploymentsApi? Deployments { get; init; }

    /// <summary>The Fireworks deployment-shapes API; null when no API key is configured.</summary>
    public IDeploymentShapesApi? DeploymentShapes { get; init; }

    /// <summary>The most items a list function returns.</summary>
    public int MaxListed { get; init; } = DefaultMaxListed;

    /// <summary>The page size list calls ask for; null leaves the service's default (tests force small pages).</summary>
    internal int? PageSize { get; init; }
}
