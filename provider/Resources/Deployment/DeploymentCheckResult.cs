using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;

namespace Pulumi.Fireworks.Provider.Resources.Deployment;

/// <summary>The check response plus warnings to log (e.g. a region this provider does not know yet).</summary>
public sealed record DeploymentCheckResult(ResourceCheckResponse Response, ImmutableArray<string> Warnings);
