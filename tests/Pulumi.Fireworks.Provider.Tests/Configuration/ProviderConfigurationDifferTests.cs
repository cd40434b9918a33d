using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Configuration;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.PropertyValues;
using static Pulumi.Fireworks.Provider.Tests.Support.Values;

namespace Pulumi.Fireworks.Provider.Tests.Configuration;

public sealed class ProviderConfigurationDifferTests
{
    private static ResourceDiffRequest Request(
        ImmutableDictionary<string, PropertyValue> olds, ImmutableDictionary<string, PropertyValue> news) =>
        new("id", "urn:pulumi:dev::p::pulumi:providers:fireworks::default", "default", "pulumi:providers:fireworks",
            olds, olds, news, []);

    [Theory]
    [InlineData("apiKey")]
    [InlineData("accountId")]
    [InlineData("baseUrl")]
    [InlineData("maxRetries")]
    public void Diff_AnyKeyChanged_IsAnUpdateNeverAReplacement(string key)
    {
        var response = ProviderConfigurationDiffer.Diff(Request(Map((key, Text("old"))), Map((key, Text("new")))));

        Assert.Equal(DiffChanges.Some, response.Changes);
        Assert.Empty(response.Replaces);
        Assert.Equal([key], response.Diffs.ToArray());
        Assert.Equal(PropertyDiffKind.Update, response.DetailedDiff[key].Kind);
        Assert.DoesNotContain(response.DetailedDiff.Values, diff =>
            diff.Kind is PropertyDiffKind.AddReplace or PropertyDiffKind.DeleteReplace or PropertyDiffKind.UpdateReplace);
    }

    [Fact]
    public void Diff_SameValues_IsNone()
    {
        var config = Map(("accountId", Text("t")), ("baseUrl", Text("http://127.0.0.1:1")));

        Assert.Equal(DiffChanges.None, ProviderConfigurationDiffer.Diff(Request(config, config)).Changes);
    }

    [Fact]
    public void Diff_SecretAndPlainOfTheSameKey_IsNone()
    {
        var response = ProviderConfigurationDiffer.Diff(
            Request(Map(("apiKey", Secret(Text("k")))), Map(("apiKey", Text("k")))));

        Assert.Equal(DiffChanges.None, response.Changes);
    }

    [Fact]
    public void Diff_OnlyVersionChanged_IsNone()
    {
        var response = ProviderConfigurationDiffer.Diff(
            Request(Map(("version", Text("0.1.0"))), Map(("version", Text("0.2.0")))));

        Assert.Equal(DiffChanges.None, response.Changes);
    }

    [Fact]
    public void Diff_AddedAndRemovedKeys_AreReportedAsAddAndDelete()
    {
        var response = ProviderConfigurationDiffer.Diff(
            Request(Map(("maxRetries", Text("3"))), Map(("requestTimeout", Text("30s")))));

        Assert.Equal(PropertyDiffKind.Delete, response.DetailedDiff["maxRetries"].Kind);
        Assert.Equal(PropertyDiffKind.Add, response.DetailedDiff["requestTimeout"].Kind);
        Assert.Empty(response.Replaces);
    }

    [Fact]
    public void Diff_UnknownNewValue_CountsAsAChange()
    {
        var response = ProviderConfigurationDiffer.Diff(
            Request(Map(("baseUrl", Text("http://a"))), Map(("baseUrl", PropertyValue.Unknown))));

        Assert.Equal(DiffChanges.Some, response.Changes);
        Assert.Empty(response.Replaces);
    }
}
