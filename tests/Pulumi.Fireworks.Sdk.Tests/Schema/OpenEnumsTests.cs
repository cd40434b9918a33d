using Pulumi.Fireworks.Sdk.Tests.Conformance;

namespace Pulumi.Fireworks.Sdk.Tests.Schema;

/// <summary>
/// The open enums: single-valued enum inputs take a plain string or the enum (so a value Fireworks adds later needs
/// no release), outputs and lookup state stay strings, and the list input stays a string list.
/// </summary>
public sealed class OpenEnumsTests
{
    private static readonly PackageSchema Schema = PackageSchema.Instance;

    [Theory]
    [InlineData("region", "Region")]
    [InlineData("multiRegion", "MultiRegion")]
    [InlineData("acceleratorType", "AcceleratorType")]
    [InlineData("precision", "Precision")]
    [InlineData("directRouteType", "DirectRouteType")]
    [InlineData("hotLoadBucketType", "HotLoadBucketType")]
    public void Input_IsAStringOrTheEnum_AndTheOutputAndStateAreStrings(string name, string enumName)
    {
        var input = Schema.DeploymentInputs.Properties[name];
        var alternatives = input.GetProperty("oneOf").EnumerateArray().ToList();

        Assert.False(input.TryGetProperty("type", out _), $"{name}: an open enum input has no plain type beside oneOf");
        Assert.Equal(2, alternatives.Count);
        Assert.Equal("string", alternatives[0].GetProperty("type").GetString());
        Assert.Equal($"#/types/fireworks:index:{enumName}", alternatives[1].GetProperty("$ref").GetString());
        Assert.True(Schema.IsEnum($"fireworks:index:{enumName}"));
        Assert.Equal("string", Schema.DeploymentOutputs.Properties[name].GetProperty("type").GetString());
        Assert.Equal("string", Schema.DeploymentState.Properties[name].GetProperty("type").GetString());
    }

    [Fact]
    public void Regions_StaysAStringListAndNamesTheEnumThatListsTheValues()
    {
        var regions = Schema.DeploymentInputs.Properties["regions"];

        Assert.Equal("string", regions.GetProperty("items").GetProperty("type").GetString());
        Assert.Contains("`Region`", regions.GetProperty("description").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public void EnumTypes_KeepTheirTokensAndAreStringEnums()
    {
        Assert.Equal(
            ["AcceleratorType", "DirectRouteType", "HotLoadBucketType", "MultiRegion", "Precision", "Region"],
            Schema.EnumTokens.Select(PackageSchema.TypeName).Order(StringComparer.Ordinal));
        Assert.All(Schema.EnumTokens, token => Assert.Equal("string", Schema.TypeDefinition(token).GetProperty("type").GetString()));
    }

    [Fact]
    public void Region_DescribesTheGenerallyAvailableRegionsHardware()
    {
        var arizona = Schema.EnumValues("fireworks:index:Region").Single(v => v.GetProperty("value").GetString() == "US_ARIZONA_1");

        Assert.Contains("H100", arizona.GetProperty("description").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public void NoOtherPropertyAnywhereIsAUnion()
    {
        var unions = Schema.ResourceTokens
            .SelectMany(t => Schema.ResourceInputs(t).Properties.Concat(Schema.ResourceOutputs(t).Properties).Concat(Schema.ResourceState(t).Properties)
                .Where(p => p.Value.TryGetProperty("oneOf", out _)).Select(p => $"{t}.{p.Key}"))
            .Distinct(StringComparer.Ordinal);

        Assert.Equal(6, unions.Count());
    }
}
