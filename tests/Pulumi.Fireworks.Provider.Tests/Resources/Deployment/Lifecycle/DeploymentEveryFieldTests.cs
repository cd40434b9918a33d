using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Deployment;
using Pulumi.Fireworks.Provider.Tests.Support;
using static Pulumi.Fireworks.Provider.Tests.Support.DeploymentProps;

namespace Pulumi.Fireworks.Provider.Tests.Resources.Deployment.Lifecycle;

/// <summary>Every input of spec 4.259.0's Deployment set at once: sent, held, refreshed without a diff, updated.</summary>
public sealed class DeploymentEveryFieldTests
{
    private readonly DeploymentLifecycleHarness _harness = new();

    private FakeDeploymentsApi Api => _harness.Api;

    [Fact]
    public async Task Create_EveryInputSet_SendsEveryWritableFieldAndTheCreateFlagsAsQueryParameters()
    {
        await _harness.CreateAsync(_harness.Checked(FullDeploymentInputs.Entries));

        var (spec, options) = Assert.Single(Api.Creates);
        var body = DeploymentLifecycleHarness.Json(spec);
        foreach (var property in DeploymentProperties.All.Where(property => property.IsSent))
        {
            var field = property.Name is "region" or "multiRegion" or "regions" ? "placement" : property.Name;
            if (property.Name is not ("multiRegion" or "regions" or "acceleratorType"))
            {
                Assert.Contains($"\"{field}\":", body, StringComparison.Ordinal);
            }
        }

        Assert.DoesNotContain("disableSpeculativeDecoding", body, StringComparison.Ordinal);
        Assert.DoesNotContain("skipShapeValidation", body, StringComparison.Ordinal);
        Assert.DoesNotContain("waitForReady", body, StringComparison.Ordinal);
        Assert.Contains("\"scalingSchedules\":{\"business\":{\"minReplicaCount\":2,\"schedule\":\"0 9 * * 1-5\",\"duration\":\"36000s\"", body, StringComparison.Ordinal);
        Assert.Contains("\"expireTime\":\"2027-06-30T12:00:00Z\"", body, StringComparison.Ordinal);
        Assert.True(options!.DisableSpeculativeDecoding);
        Assert.True(options.SkipShapeValidation);
    }

    [Fact]
    public async Task Read_RightAfterCreateWithEveryInputSet_ShowsNoDiff()
    {
        Api.ReturnsKeys = false;
        var (outputs, inputs) = await _harness.CreatedAsync(FullDeploymentInputs.Entries);
        Api.Stored[DeploymentLifecycleHarness.Id] = Api.Stored[DeploymentLifecycleHarness.Id] with
        {
            DeploymentShape = "accounts/fireworks/deploymentShapes/small/versions/3",
            AcceleratorType = Accelerator,
        };

        var read = await _harness.ReadAsync(DeploymentLifecycleHarness.Id, outputs, inputs);
        var diff = await _harness.Resource.DiffAsync(new ResourceDiffRequest(read.Id, Urn, "chat", DeploymentLifecycleHarness.Type,
            read.Properties, read.Inputs, inputs, []), CancellationToken.None);

        Assert.Equal(DiffChanges.None, diff.Changes);
        Assert.False(read.Properties["annotations"].ToString().Contains("fireworks.pulumi.com", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("numPeftDeviceCached", 9, "numPeftDeviceCached")]
    [InlineData("maxWithRevocableReplicaCount", 7, "maxWithRevocableReplicaCount")]
    [InlineData("enableSessionAffinity", false, "enableSessionAffinity")]
    [InlineData("disableDeploymentSizeValidation", false, "disableDeploymentSizeValidation")]
    public async Task Update_ANewInPlaceField_PatchesOnlyThatField(string name, object value, string field)
    {
        var (outputs, inputs) = await _harness.CreatedAsync(FullDeploymentInputs.Entries);
        var news = _harness.Checked([.. FullDeploymentInputs.Entries, (name, value)]);

        var diff = DeploymentDiff.Diff(DeploymentRequests.Diff(inputs, news, outputs));
        Assert.Equal<string>([name], diff.Diffs);
        Assert.Empty(diff.Replaces);
        await _harness.UpdateAsync(outputs, inputs, news);

        var (_, patch) = Assert.Single(Api.Updates);
        Assert.Equal($"{{\"{field}\":{Json(value)}}}", DeploymentLifecycleHarness.Json(patch));
        Assert.True(Api.UpdateOptions.Single()!.SkipShapeValidation);
    }

    [Theory]
    [InlineData("expireTime", "2028-01-01T00:00:00Z")]
    [InlineData("pricingPlanId", "plan-silver")]
    [InlineData("deploymentTemplate", "accounts/acme/deploymentTemplates/other")]
    [InlineData("hotLoadBucketUrl", "s3://bucket/other")]
    [InlineData("disableSpeculativeDecoding", false)]
    public void Diff_AFieldTheServiceCannotChangeInPlace_Replaces(string name, object value)
    {
        var olds = _harness.Checked(FullDeploymentInputs.Entries);
        var news = _harness.Checked([.. FullDeploymentInputs.Entries, (name, value)]);

        Assert.Equal<string>([name], DeploymentDiff.Diff(DeploymentRequests.Diff(olds, news)).Replaces);
    }

    [Fact]
    public void Diff_SkipShapeValidationChanged_IsAStateOnlyChange()
    {
        var olds = _harness.Checked(FullDeploymentInputs.Entries);
        var news = _harness.Checked([.. FullDeploymentInputs.Entries, ("skipShapeValidation", false)]);

        var diff = DeploymentDiff.Diff(DeploymentRequests.Diff(olds, news));

        Assert.Equal<string>(["skipShapeValidation"], diff.Diffs);
        Assert.Empty(diff.Replaces);
    }

    [Fact]
    public async Task Update_Annotations_KeepTheUrnAnnotationThatTiesTheDeploymentToItsResource()
    {
        var (outputs, inputs) = await _harness.CreatedAsync(("annotations", Obj(("team", "a"))));
        var news = _harness.Checked(("annotations", Obj(("team", "b"))));

        await _harness.UpdateAsync(outputs, inputs, news);

        var (_, patch) = Assert.Single(Api.Updates);
        Assert.Equal("b", patch.Annotations!["team"]);
        Assert.Equal(Urn, patch.Annotations[DeploymentProperties.UrnAnnotation]);
    }

    [Fact]
    public void Diff_TimestampsWrittenInAnotherZone_AreTheSameInstant()
    {
        var olds = _harness.Checked(("expireTime", "2027-06-30T12:00:00Z"));
        var news = _harness.Checked(("expireTime", "2027-06-30T14:00:00+02:00"));

        Assert.Equal(DiffChanges.None, DeploymentDiff.Diff(DeploymentRequests.Diff(olds, news)).Changes);
    }

    private static string Json(object value) => value switch
    {
        bool flag => flag ? "true" : "false",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
    };
}
