namespace Pulumi.Fireworks.Provider.Fireworks.Deployments;

/// <summary>Performance profiles of a deployment.</summary>
public sealed record AutoTune
{
    /// <summary>Optimize for long prompts.</summary>
    public bool? LongPrompt { get; init; }
}
