namespace Fireworks.Emulator.ControlPlane;

/// <summary>What changing a field through PATCH does.</summary>
internal enum MaskPathKind
{
    /// <summary>Applies at once; the deployment stays READY (metadata, scaling, key rotation).</summary>
    Immediate,

    /// <summary>Rolls the replicas: READY → UPDATING → READY.</summary>
    Rolling,

    /// <summary>Cannot change in place (replace the deployment instead).</summary>
    Immutable,

    /// <summary>Output only: never updatable.</summary>
    OutputOnly,
}
