namespace Fireworks.Emulator.Admin;

/// <summary>Body of <c>POST /admin/deployments/{id}:markInUse</c>.</summary>
internal sealed class MarkInUseJson
{
    public bool? InUse { get; set; }
}
