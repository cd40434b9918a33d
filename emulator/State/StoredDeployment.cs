using Fireworks.Emulator.Wire;

namespace Fireworks.Emulator.State;

/// <summary>A deployment as the emulator holds it: the writable spec plus lifecycle bookkeeping. Guarded by the store's lock.</summary>
internal sealed class StoredDeployment
{
    public required string Id { get; init; }

    /// <summary>Creation order; the list order and the page-token key.</summary>
    public required long Sequence { get; init; }

    /// <summary>Writable fields only, already defaulted and normalized.</summary>
    public required DeploymentJson Spec { get; set; }

    public required DateTimeOffset CreateTime { get; init; }

    public DateTimeOffset UpdateTime { get; set; }

    public DeploymentPhase Phase { get; set; }

    /// <summary>When the current phase began; timed transitions are computed from it.</summary>
    public DateTimeOffset PhaseSince { get; set; }

    public bool HardDelete { get; set; }

    public bool EverReady { get; set; }

    public DateTimeOffset? DeleteTime { get; set; }

    public DateTimeOffset? PurgeTime { get; set; }

    /// <summary>The outcome of the latest operation (gRPC code name and message).</summary>
    public string StatusCode { get; set; } = "OK";

    public string StatusMessage { get; set; } = "";

    /// <summary>Whether the delete checks see the deployment as in use (set through the admin API).</summary>
    public bool InUse { get; set; }

    /// <summary>A replica count set through <c>:scale</c>, until the next scaling change.</summary>
    public int? ScaledReplicaCount { get; set; }

    public void EnterPhase(DeploymentPhase phase, DateTimeOffset at)
    {
        Phase = phase;
        PhaseSince = at;
        UpdateTime = at;
    }
}
