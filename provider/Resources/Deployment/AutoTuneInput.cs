using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.Deployment;

/// <summary>The <c>fireworks:index:AutoTune</c> input: performance profiles.</summary>
public sealed record AutoTuneInput
{
    public Known<bool>? LongPrompt { get; init; }
}
