namespace Fireworks.Emulator.ControlPlane;

/// <summary>Query flags of a create request.</summary>
internal sealed record CreateFlags(
    string? DeploymentId,
    bool ValidateOnly,
    bool SkipShapeValidation,
    bool DisableAutoDeploy,
    bool DisableSpeculativeDecoding,
    bool SkipImageTagValidation);
