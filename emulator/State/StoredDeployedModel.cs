namespace Fireworks.Emulator.State;

/// <summary>A LoRA addon loaded onto a deployment. Guarded by the deployment store's lock.</summary>
internal sealed class StoredDeployedModel
{
    public required string Id { get; init; }

    public required long Sequence { get; init; }

    public required string Model { get; init; }

    /// <summary>The full deployment name.</summary>
    public required string Deployment { get; init; }

    public required DateTimeOffset CreateTime { get; init; }

    public required LoadOutcome Outcome { get; init; }

    public string? DisplayName { get; set; }

    public string? Description { get; set; }

    public bool Default { get; set; }

    public bool Public { get; set; }

    public DeployedModelPhase Phase { get; private set; }

    public DateTimeOffset PhaseSince { get; private set; }

    public DateTimeOffset UpdateTime { get; set; }

    public string StatusCode { get; set; } = "OK";

    public string StatusMessage { get; set; } = "";

    public void EnterPhase(DeployedModelPhase phase, DateTimeOffset at)
    {
        Phase = phase;
        PhaseSince = at;
        UpdateTime = at;
    }
}
