using Pulumi.Fireworks.Sdk.Tests.Conformance;

namespace Pulumi.Fireworks.Sdk.Tests.DotnetSdk;

/// <summary>sdk/dotnet/Deployment.cs: the resource class against the schema's outputs and resource options.</summary>
public sealed class DeploymentTests
{
    [Fact]
    public void Class_MatchesTheSchemaOutputsTokenSecretsReplaceOnChangesAndGet()
    {
        var problems = ResourceClassChecks.Check(PackageSchema.DeploymentToken);

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void ResourceOptions_ReplaceOnChangesIncludeTheNewCreateTimeSettings()
    {
        var deployment = DotnetSdkSource.Instance.Class("Pulumi.Fireworks", "Deployment");
        var replaced = ResourceOptionsReader.StringList(deployment, "ReplaceOnChanges");

        Assert.Contains("expireTime", replaced);
        Assert.Contains("disableSpeculativeDecoding", replaced);
        Assert.DoesNotContain("skipShapeValidation", replaced);
        Assert.DoesNotContain("autoscalingPolicy", replaced);
    }
}
