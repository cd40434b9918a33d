using Pulumi.Fireworks.Sdk.Tests.Conformance;

namespace Pulumi.Fireworks.Sdk.Tests.DotnetSdk;

/// <summary>sdk/dotnet/Provider.cs and Config/Config.cs against the schema's provider and config sections.</summary>
public sealed class ProviderTests
{
    private static readonly PackageSchema Schema = PackageSchema.Instance;

    [Fact]
    public void ProviderArgs_DeclareEveryProviderInputWithJsonEncodingForNonStrings()
    {
        var args = DotnetSdkSource.Instance.Class("Pulumi.Fireworks", "ProviderArgs");

        var problems = InputClassConformance.Check(args, Schema.ProviderInputs, InputShape.Provider);

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void ProviderArgs_ConstructorFallsBackToTheSchemaEnvironmentVariables()
    {
        var args = DotnetSdkSource.Instance.Class("Pulumi.Fireworks", "ProviderArgs");
        var body = args.Members.OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ConstructorDeclarationSyntax>().Single().Body!.ToString();

        foreach (var (name, property) in Schema.ProviderInputs.Properties)
        {
            if (property.TryGetProperty("defaultInfo", out var info))
            {
                foreach (var variable in info.GetProperty("environment").EnumerateArray())
                {
                    Assert.Contains($"{CSharpNames.Member(name)} = Utilities.GetEnv(\"{variable.GetString()}\")", body, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void Provider_OutputsMatchTheSchemaAndKeepSecretsSecret()
    {
        var provider = DotnetSdkSource.Instance.Class("Pulumi.Fireworks", "Provider");

        var problems = OutputClassConformance.CheckResource(provider, Schema.ProviderOutputs);

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.Equal(
            Schema.ProviderOutputs.Properties.Keys.Where(Schema.ProviderOutputs.IsSecret).Order(StringComparer.Ordinal),
            ResourceOptionsReader.StringList(provider, "AdditionalSecretOutputs").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Provider_RegistersAsTheFireworksProviderResource()
    {
        var provider = DotnetSdkSource.Instance.Class("Pulumi.Fireworks", "Provider");

        Assert.Equal("global::Pulumi.ProviderResource", provider.BaseList?.Types.Single().ToString());
        Assert.Equal("pulumi:providers:fireworks", AttributeReader.WireName(AttributeReader.Find(provider, "FireworksResourceType")!));
    }

    [Fact]
    public void Config_HasOneStaticPropertyPerConfigVariable()
    {
        var config = DotnetSdkSource.Instance.Class("Pulumi.Fireworks", "Config");
        var declared = config.Members.OfType<Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax>().Select(p => p.Identifier.Text);

        Assert.Equal(
            Schema.ConfigVariables.Properties.Keys.Select(CSharpNames.Member).Order(StringComparer.Ordinal),
            declared.Order(StringComparer.Ordinal));
    }
}
