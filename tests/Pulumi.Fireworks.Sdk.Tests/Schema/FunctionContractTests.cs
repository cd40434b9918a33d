using System.Text.Json;
using System.Text.Json.Nodes;
using Pulumi.Fireworks.Sdk.Tests.Conformance;

namespace Pulumi.Fireworks.Sdk.Tests.Schema;

/// <summary>schema.json's four functions against the contract the provider implements.</summary>
public sealed class FunctionContractTests
{
    private const string GetDeployment = "fireworks:index:getDeployment";
    private const string GetDeployments = "fireworks:index:getDeployments";
    private const string GetDeploymentShape = "fireworks:index:getDeploymentShape";
    private const string GetDeploymentShapes = "fireworks:index:getDeploymentShapes";

    private static readonly string[] ProviderOnly = ["disableSpeculativeDecoding", "hardDelete", "ignoreChecksOnDelete", "skipShapeValidation", "waitForReady"];

    private static readonly string[] ShapeOutputs =
    [
        "acceleratorCount", "acceleratorType", "baseModel", "description", "disableDeploymentSizeValidation",
        "disableSpeculativeDecoding", "displayName", "draftModel", "draftTokenCount", "enableAddons",
        "enableSessionAffinity", "maxContextLength", "modelType", "name", "ngramSpeculationLength", "numLoraDeviceCached",
        "parameterCount", "precision", "presetType", "versionCreateTime", "versionName",
    ];

    private static readonly PackageSchema Schema = PackageSchema.Instance;

    [Fact]
    public void Functions_AreTheFourOfTheContract()
    {
        Assert.Equal([GetDeployment, GetDeploymentShape, GetDeploymentShapes, GetDeployments], Schema.FunctionTokens.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void GetDeployment_TakesARequiredName()
    {
        Assert.Equal(["name"], Schema.FunctionInputs(GetDeployment).Properties.Keys);
        Assert.Equal(["name"], Schema.FunctionInputs(GetDeployment).Required);
    }

    [Fact]
    public void GetDeployment_ReturnsTheDeploymentOutputsWithoutTheProviderOnlyKnobs_SameTypesAndDescriptions()
    {
        var outputs = Schema.FunctionOutputs(GetDeployment);
        var resource = Schema.DeploymentOutputs;

        Assert.Equal(resource.Properties.Keys.Except(ProviderOnly).Order(StringComparer.Ordinal), outputs.Properties.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, property) in outputs.Properties)
        {
            Assert.True(JsonNode.DeepEquals(WithoutReplaceFlag(resource.Properties[name]), JsonNode.Parse(property.GetRawText())), $"getDeployment.{name} differs from Deployment.{name}");
        }

        Assert.Equal(resource.Required.Order(StringComparer.Ordinal), outputs.Required.Order(StringComparer.Ordinal));
        Assert.Equal(["directRouteApiKeys"], outputs.NamesWhere("secret"));
        Assert.Empty(outputs.NamesWhere("replaceOnChanges"));
    }

    [Fact]
    public void GetDeployments_TakesAnOptionalFilterAndShowDeleted_AndReturnsDeploymentDetails()
    {
        var inputs = Schema.FunctionInputs(GetDeployments);
        var deployments = Schema.FunctionOutputs(GetDeployments).Properties["deployments"];

        Assert.Equal(["filter", "showDeleted"], inputs.Properties.Keys);
        Assert.Empty(inputs.Required);
        Assert.Equal("string", inputs.Properties["filter"].GetProperty("type").GetString());
        Assert.Equal("boolean", inputs.Properties["showDeleted"].GetProperty("type").GetString());
        Assert.Equal("array", deployments.GetProperty("type").GetString());
        Assert.Equal("#/types/fireworks:index:DeploymentDetails", deployments.GetProperty("items").GetProperty("$ref").GetString());
        Assert.Equal(["deployments"], Schema.FunctionOutputs(GetDeployments).Required);
    }

    [Fact]
    public void DeploymentDetails_IsExactlyGetDeploymentsResult()
    {
        AssertSameProperties(Schema.Type("fireworks:index:DeploymentDetails"), Schema.FunctionOutputs(GetDeployment));
    }

    [Fact]
    public void GetDeploymentShape_TakesARequiredNameAndReturnsTheShapeAndItsValidatedVersion()
    {
        var outputs = Schema.FunctionOutputs(GetDeploymentShape);

        Assert.Equal(["name"], Schema.FunctionInputs(GetDeploymentShape).Required);
        Assert.Equal(ShapeOutputs, outputs.Properties.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("number", outputs.Properties["parameterCount"].GetProperty("type").GetString());
        Assert.Contains("versionName", outputs.Required);
        Assert.Contains("deploymentShape", outputs.Properties["versionName"].GetProperty("description").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public void GetDeploymentShapes_TakesARequiredBaseModelAndReturnsDeploymentShapeDetails()
    {
        var shapes = Schema.FunctionOutputs(GetDeploymentShapes).Properties["shapes"];

        Assert.Equal(["baseModel"], Schema.FunctionInputs(GetDeploymentShapes).Required);
        Assert.Equal("#/types/fireworks:index:DeploymentShapeDetails", shapes.GetProperty("items").GetProperty("$ref").GetString());
        AssertSameProperties(Schema.Type("fireworks:index:DeploymentShapeDetails"), Schema.FunctionOutputs(GetDeploymentShape));
    }

    [Theory]
    [InlineData(GetDeployment, "is an error")]
    [InlineData(GetDeployments, "1000")]
    [InlineData(GetDeploymentShape, "is an error")]
    [InlineData(GetDeploymentShapes, "empty list")]
    public void Descriptions_SayWhatHappensAtTheEdges(string token, string phrase)
    {
        Assert.Contains(phrase, Schema.Function(token).GetProperty("description").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryFunctionProperty_HasADescription()
    {
        foreach (var token in Schema.FunctionTokens)
        {
            foreach (var section in new[] { Schema.FunctionInputs(token), Schema.FunctionOutputs(token) })
            {
                Assert.All(section.Properties, p => Assert.False(string.IsNullOrWhiteSpace(p.Value.GetProperty("description").GetString()), $"{token}.{p.Key}"));
            }
        }
    }

    private static void AssertSameProperties(SchemaObject type, SchemaObject result)
    {
        Assert.Equal(result.Properties.Keys, type.Properties.Keys);
        Assert.All(result.Properties, p => Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse(p.Value.GetRawText()), JsonNode.Parse(type.Properties[p.Key].GetRawText())), $"{type.Label}.{p.Key} differs"));
        Assert.Equal(result.Required.Order(StringComparer.Ordinal), type.Required.Order(StringComparer.Ordinal));
    }

    private static JsonNode WithoutReplaceFlag(JsonElement property)
    {
        var node = JsonNode.Parse(property.GetRawText())!.AsObject();
        node.Remove("replaceOnChanges");
        return node;
    }
}
