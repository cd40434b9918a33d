using Pulumi.Fireworks.Provider.Fireworks.DeploymentShapes;

namespace Pulumi.Fireworks.Provider.Tests.Fireworks.DeploymentShapes;

public sealed class ShapeNameTests
{
    [Fact]
    public void Parse_AFullName_NamesTheAccountAndTheShape()
    {
        var name = ShapeName.Parse("accounts/fireworks/deploymentShapes/llama-minimal");

        Assert.Equal(new ShapeName("fireworks", "llama-minimal"), name);
        Assert.Equal("accounts/fireworks/deploymentShapes/llama-minimal", name.ToString());
    }

    [Theory]
    [InlineData("llama-minimal")]
    [InlineData("accounts/fireworks/deploymentShapes/llama-minimal/versions/v1")]
    [InlineData("accounts/fireworks/deployments/llama-minimal")]
    [InlineData("accounts//deploymentShapes/llama-minimal")]
    [InlineData("accounts/fireworks/deploymentShapes/llama minimal")]
    [InlineData("")]
    public void TryParse_AnythingButAShapesFullName_IsRefused(string text)
    {
        Assert.False(ShapeName.TryParse(text, out _));
        Assert.Throws<ArgumentException>(() => ShapeName.Parse(text));
    }

    [Fact]
    public void OfVersion_AVersionName_IsItsShape()
    {
        Assert.Equal(new ShapeName("fireworks", "llama-minimal"),
            ShapeName.OfVersion("accounts/fireworks/deploymentShapes/llama-minimal/versions/mnml8b01"));
    }

    [Theory]
    [InlineData("accounts/fireworks/deploymentShapes/llama-minimal")]
    [InlineData("accounts/fireworks/deploymentShapes/llama-minimal/versions/")]
    [InlineData("accounts/fireworks/deploymentShapes/llama-minimal/revisions/v1")]
    [InlineData(null)]
    public void OfVersion_NotAVersionName_IsNull(string? text)
    {
        Assert.Null(ShapeName.OfVersion(text));
    }

    [Fact]
    public void Everywhere_IsTheWildcardOfEveryAccountAndShape()
    {
        Assert.Equal("accounts/-/deploymentShapes/-", ShapeName.Everywhere.ToString());
    }
}
