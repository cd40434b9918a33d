namespace Pulumi.Fireworks.Provider.Fireworks.Deployments;

/// <summary>Query flags of a create call.</summary>
public sealed record CreateDeploymentOptions
{
    /// <summary>
    /// Client-chosen id (lower-case letters, digits, hyphens; starts with a letter; at most 63 characters).
    /// Always sent, so a retried create cannot make a second deployment; generated when absent.
    /// </summary>
    public string? DeploymentId { get; init; }

    /// <summary>Only validate: the service returns the deployment it would create and creates nothing.</summary>
    public bool ValidateOnly { get; init; }

    /// <summary>Skip the deployment-shape validation.</summary>
    public bool SkipShapeValidation { get; init; }

    /// <summary>Create without deploying.</summary>
    public bool DisableAutoDeploy { get; init; }

    /// <summary>Turn speculative decoding off.</summary>
    public bool DisableSpeculativeDecoding { get; init; }

    /// <summary>Skip the image-tag validation.</summary>
    public bool SkipImageTagValidation { get; init; }
}
