namespace Fireworks.Emulator.Wire;

/// <summary>Body of <c>PATCH …/deployments/{id}:scale</c>.</summary>
internal sealed class ScaleRequestJson
{
    public int? ReplicaCount { get; set; }
}
