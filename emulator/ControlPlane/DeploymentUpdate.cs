using Fireworks.Emulator.Wire;

namespace Fireworks.Emulator.ControlPlane;

/// <summary>
/// A PATCH of a deployment: the body, the top-level fields it holds (the mask when <see cref="UpdateMask"/> is
/// absent), the explicit mask if any, and the <c>skipShapeValidation</c> flag.
/// </summary>
internal sealed record DeploymentUpdate(DeploymentJson Body, IReadOnlyList<string> BodyFields, string? UpdateMask, bool SkipShapeValidation);
