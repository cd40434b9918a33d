using Fireworks.Emulator.Wire;

namespace Fireworks.Emulator.ControlPlane;

/// <summary>One snake_case <c>updateMask</c> path and how to copy its field from a request body into the stored spec.</summary>
internal sealed record MaskPath(string Path, MaskPathKind Kind, Action<DeploymentJson, DeploymentJson> Copy)
{
    /// <summary>The field's value in <paramref name="spec"/> as canonical JSON, to tell whether an update changed it.</summary>
    public string ValueIn(DeploymentJson spec)
    {
        var probe = new DeploymentJson();
        Copy(probe, spec);
        return WireCopy.ToJson(probe);
    }
}
