namespace Pulumi.Fireworks.Provider.Fireworks.Waiting;

/// <summary>How a deployment wait polls (see <see cref="PollSettings"/>), and who is told about each poll.</summary>
public sealed record DeploymentWaitOptions : PollSettings
{
    /// <summary>Told about every poll; may be null.</summary>
    public IProgress<DeploymentWaitProgress>? Progress { get; init; }
}
