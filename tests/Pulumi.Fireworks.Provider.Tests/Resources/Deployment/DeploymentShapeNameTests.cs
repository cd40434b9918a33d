using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Resources.Deployment;

namespace Pulumi.Fireworks.Provider.Tests.Resources.Deployment;

public sealed class DeploymentShapeNameTests
{
    private const string Shape = "accounts/fireworks/deploymentShapes/s";

    [Theory]
    [InlineData(Shape, Shape, true)]
    [InlineData(Shape, Shape + "/versions/3", true)]
    [InlineData(Shape + "/versions/3", Shape, true)]
    [InlineData(Shape + "/versions/3", Shape + "/versions/4", false)]
    [InlineData(Shape, "accounts/fireworks/deploymentShapes/t/versions/3", false)]
    public void AreEquivalent_ComparesShapesWithTheServerAddedVersionInMind(string left, string right, bool expected)
    {
        Assert.Equal(expected, DeploymentShapeName.AreEquivalent(left, right));
    }
}
