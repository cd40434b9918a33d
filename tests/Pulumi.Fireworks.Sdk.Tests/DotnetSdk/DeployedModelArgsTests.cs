using Pulumi.Fireworks.Sdk.Tests.Conformance;

namespace Pulumi.Fireworks.Sdk.Tests.DotnetSdk;

/// <summary>sdk/dotnet/DeployedModel.cs: DeployedModelArgs and DeployedModelState against the schema.</summary>
public sealed class DeployedModelArgsTests
{
    [Fact]
    public void ArgsAndState_DeclareEveryInputWithTypeRequirednessAndDefaults()
    {
        var problems = ResourceClassChecks.CheckArgs(PackageSchema.DeployedModelToken);

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Args_DeploymentAndModelAreRequired()
    {
        var args = DotnetSdkSource.Instance.Class("Pulumi.Fireworks", "DeployedModelArgs");
        var required = args.Members
            .Select(m => AttributeReader.Find(m, "Input"))
            .Where(a => a is not null && AttributeReader.Flag(a, "required"))
            .Select(a => AttributeReader.WireName(a!));

        Assert.Equal(["deployment", "model"], required.Order(StringComparer.Ordinal));
    }
}
