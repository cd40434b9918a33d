using Pulumi.Fireworks.Provider.Fireworks.Deployments;
namespace Pulumi.Fireworks.Provider.Resources.Deployment;

/// <summary>
/// Fireworks rewrites <c>…/deploymentShapes/x</c> to the version it resolved, <c>…/deploymentShapes/x/versions/v</c>.
/// A shape named without a version therefore equals any version of the same shape; two explicit versions differ.
/// </summary>
public static class DeploymentShapeName
{
    private const string VersionsSegment = "/versions/";

    public static string WithoutVersion(string shape)
    {
        var index = shape.LastIndexOf(VersionsSegment, StringComparison.Ordinal);
        return index > 0 && shape.IndexOf('/', index + VersionsSegment.Length) < 0 ? shape[..index] : shape;
    }

    public static bool HasVersion(string shape) => WithoutVersion(shape).Length != shape.Length;

    public static bool AreEquivalent(string left, string right) =>
        left == right
        || ((!HasVersion(left) || !HasVersion(right)) && WithoutVersion(left) == WithoutVersion(right));
}
