using Pulumi.Fireworks.Provider.Fireworks.Waiting;

namespace Pulumi.Fireworks.Provider.Fireworks.DeployedModels;

/// <summary>How a deployed-model wait polls (see <see cref="PollSettings"/>), and who is told about each poll.</summary>
public sealed record DeployedModelWaitOptions : PollSettings
{
    /// <summary>Told about every poll; may be null.</summary>
    public IProgress<DeployedModelWaitProgress>? Progress { get; init; }
}
