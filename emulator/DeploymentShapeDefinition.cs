namespace Fireworks.Emulator;

/// <summary>
/// A deployment shape the emulator serves, with its versions (oldest first). The same shape is the JSON body of
/// <c>POST /admin/deploymentShapes</c>; posting an existing name appends its versions to that shape.
/// </summary>
public sealed record DeploymentShapeDefinition
{
    /// <summary><c>accounts/{account}/deploymentShapes/{shape}</c>; public shapes live in account <c>fireworks</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The shape's display name (under 64 characters).</summary>
    public string? DisplayName { get; set; }

    /// <summary>The shape's description.</summary>
    public string? Description { get; set; }

    /// <summary>The versions, oldest first; each is newer than every version the shape already has.</summary>
    public IList<DeploymentShapeVersionDefinition> Versions { get; set; } = [];
}
