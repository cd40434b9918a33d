using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Deployment;
using Pulumi.Fireworks.Provider.Tests.Support;
using static Pulumi.Fireworks.Provider.Tests.Support.DeploymentProps;

namespace Pulumi.Fireworks.Provider.Tests.Resources.Deployment;

public sealed class DeploymentDiffTests
{
    /// <summary>Checked inputs as Check would store them, with an explicit id.</summary>
    private static ImmutableDictionary<string, PropertyValue> Checked(params (string, object?)[] entries)
    {
        var response = DeploymentCheck.Check(DeploymentRequests.Check(Valid([("deploymentId", "chat-1"), .. entries]))).Response;
        Assert.Empty(response.Failures);
        return response.Inputs;
    }

    private static ResourceDiffResponse Diff(ImmutableDictionary<string, PropertyValue> olds,
        ImmutableDictionary<string, PropertyValue> news, params string[] ignoreChanges) =>
        DeploymentDiff.Diff(DeploymentRequests.Diff(olds, news, ignoreChanges: ignoreChanges));

    public static TheoryData<string, object?, object?, PropertyDiffKind> ReplaceCases => new()
    {
        { "baseModel", Model, "accounts/fireworks/models/qwen3-8b", PropertyDiffKind.UpdateReplace },
        { "deploymentId", "chat-1", "chat-2", PropertyDiffKind.UpdateReplace },
        { "acceleratorType", "NVIDIA_H100_80GB", "NVIDIA_H200_141GB", PropertyDiffKind.UpdateReplace },
        { "acceleratorType", null, "NVIDIA_H200_141GB", PropertyDiffKind.AddReplace },
        { "region", "US_IOWA_1", "US_OHIO_1", PropertyDiffKind.UpdateReplace },
        { "region", "US_IOWA_1", null, PropertyDiffKind.DeleteReplace },
        { "multiRegion", "US", "EUROPE", PropertyDiffKind.UpdateReplace },
        { "regions", new[] { "US_IOWA_1" }, new[] { "US_IOWA_1", "US_OHIO_1" }, PropertyDiffKind.UpdateReplace },
    };

    [Theory]
    [MemberData(nameof(ReplaceCases))]
    public void Diff_ReplacingPropertyChanged_RequiresReplacement(string property, object? before, object? after,
        PropertyDiffKind kind)
    {
        var olds = Checked().SetItem(property, Value(before)).RemoveRange(before is null ? [property] : []);
        var news = Checked().SetItem(property, Value(after)).RemoveRange(after is null ? [property] : []);

        var diff = Diff(olds, news);

        Assert.Equal(DiffChanges.Some, diff.Changes);
        Assert.Equal<string>([property], diff.Replaces);
        Assert.Equal<string>([property], diff.Diffs);
        Assert.Equal(new PropertyDiff(kind, true), Assert.Single(diff.DetailedDiff).Value);
    }

    public static TheoryData<string, object?, object?, PropertyDiffKind> UpdateCases => new()
    {
        { "displayName", "Chat", "Chat 2", PropertyDiffKind.Update },
        { "description", null, "new", PropertyDiffKind.Add },
        { "acceleratorCount", 1, 2, PropertyDiffKind.Update },
        { "precision", "FP8", "FP16", PropertyDiffKind.Update },
        { "deploymentShape", "accounts/fireworks/deploymentShapes/a", "accounts/fireworks/deploymentShapes/b", PropertyDiffKind.Update },
        { "minReplicaCount", 0, 1, PropertyDiffKind.Update },
        { "maxReplicaCount", 2, null, PropertyDiffKind.Delete },
        { "enableAddons", false, true, PropertyDiffKind.Update },
        { "maxContextLength", 0, 4096, PropertyDiffKind.Update },
        { "draftModel", "a", "b", PropertyDiffKind.Update },
        { "draftTokenCount", 2, 4, PropertyDiffKind.Update },
        { "ngramSpeculationLength", 2, 3, PropertyDiffKind.Update },
        { "waitForReady", true, false, PropertyDiffKind.Update },
        { "hardDelete", true, false, PropertyDiffKind.Update },
        { "ignoreChecksOnDelete", false, true, PropertyDiffKind.Update },
    };

    [Theory]
    [MemberData(nameof(UpdateCases))]
    public void Diff_InPlaceProperty_ChangesWithoutReplacement(string property, object? before, object? after,
        PropertyDiffKind kind)
    {
        var olds = Checked().SetItem(property, Value(before)).RemoveRange(before is null ? [property] : []);
        var news = Checked().SetItem(property, Value(after)).RemoveRange(after is null ? [property] : []);

        var diff = Diff(olds, news);

        Assert.Equal(DiffChanges.Some, diff.Changes);
        Assert.Empty(diff.Replaces);
        Assert.False(diff.DeleteBeforeReplace);
        Assert.Equal<string>([property], diff.Diffs);
        Assert.Equal(new PropertyDiff(kind, true), diff.DetailedDiff[property]);
    }

    [Fact]
    public void Diff_DirectRouteTypeChanged_RequiresReplacement()
    {
        var olds = Checked(("region", "US_IOWA_1"), ("directRouteType", "INTERNET"), ("directRouteApiKeys", new[] { SecretKey }));
        var news = olds.SetItem("directRouteType", Value("AWS_PRIVATELINK"));

        var diff = Diff(olds, news);

        Assert.Equal<string>(["directRouteType"], diff.Replaces);
    }

    [Fact]
    public void Diff_KeyRotation_IsAnInPlaceUpdateOnTheTopLevelPropertyWithoutValues()
    {
        var olds = Checked(("region", "US_IOWA_1"), ("directRouteType", "INTERNET"), ("directRouteApiKeys", new[] { SecretKey }));
        var news = olds.SetItem("directRouteApiKeys", Secret(new[] { SecretKey, OtherSecretKey }));

        var diff = Diff(olds, news);

        Assert.Equal(DiffChanges.Some, diff.Changes);
        Assert.Empty(diff.Replaces);
        Assert.Equal<string>(["directRouteApiKeys"], diff.Diffs);
        Assert.Equal<string>(["directRouteApiKeys"], diff.DetailedDiff.Keys);
        Assert.Equal(PropertyDiffKind.Update, diff.DetailedDiff["directRouteApiKeys"].Kind);
        Assert.DoesNotContain(SecretKey, diff.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(OtherSecretKey, diff.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_KeysReordered_IsNoChange()
    {
        var olds = Checked(("region", "US_IOWA_1"), ("directRouteType", "INTERNET"), ("directRouteApiKeys", new[] { SecretKey, OtherSecretKey }));
        var news = olds.SetItem("directRouteApiKeys", Value(new[] { OtherSecretKey, SecretKey }));

        Assert.Equal(DiffChanges.None, Diff(olds, news).Changes);
    }

    [Fact]
    public void Diff_NestedChanges_AreReportedPerPath()
    {
        var olds = Checked(("annotations", Obj(("team", "ml"), ("app.kubernetes.io/name", "x"))),
            ("autoscalingPolicy", Obj(("scaleUpWindow", "30s"), ("loadTargets", Obj(("default", 0.8))))));
        var news = Checked(("annotations", Obj(("team", "infra"), ("owner", "me"))),
            ("autoscalingPolicy", Obj(("scaleUpWindow", "60s"), ("loadTargets", Obj(("default", 0.5))))));

        var diff = Diff(olds, news);

        Assert.Equal<string>(["autoscalingPolicy", "annotations"], diff.Diffs);
        Assert.Equal(PropertyDiffKind.Update, diff.DetailedDiff["annotations.team"].Kind);
        Assert.Equal(PropertyDiffKind.Add, diff.DetailedDiff["annotations.owner"].Kind);
        Assert.Equal(PropertyDiffKind.Delete, diff.DetailedDiff["annotations[\"app.kubernetes.io/name\"]"].Kind);
        Assert.Equal(PropertyDiffKind.Update, diff.DetailedDiff["autoscalingPolicy.scaleUpWindow"].Kind);
        Assert.Equal(PropertyDiffKind.Update, diff.DetailedDiff["autoscalingPolicy.loadTargets.default"].Kind);
        Assert.All(diff.DetailedDiff.Values, entry => Assert.True(entry.InputDiff));
    }

    public static TheoryData<string, (string, object?)[], (string, object?)[]> NoDiffCases => new()
    {
        { "same inputs", [], [] },
        { "duration forms", [("autoscalingPolicy", Obj(("scaleDownWindow", "300s")))], [("autoscalingPolicy", Obj(("scaleDownWindow", "5m0s")))] },
        { "duration 5m", [("autoscalingPolicy", Obj(("scaleToZeroWindow", "5m")))], [("autoscalingPolicy", Obj(("scaleToZeroWindow", "300s")))] },
        { "versioned shape", [("deploymentShape", "accounts/fireworks/deploymentShapes/s/versions/7")], [("deploymentShape", "accounts/fireworks/deploymentShapes/s")] },
        { "unversioned old shape", [("deploymentShape", "accounts/fireworks/deploymentShapes/s")], [("deploymentShape", "accounts/fireworks/deploymentShapes/s/versions/3")] },
        { "integer as double", [("minReplicaCount", 1)], [("minReplicaCount", 1.0)] },
        { "map key order", [("annotations", Obj(("a", "1"), ("b", "2")))], [("annotations", Obj(("b", "2"), ("a", "1")))] },
        { "default knob vs explicit", [], [("waitForReady", true), ("hardDelete", true), ("ignoreChecksOnDelete", false)] },
        { "empty annotations vs none", [("annotations", Obj())], [] },
        { "secret vs plain description", [("description", Secret("d"))], [("description", "d")] },
        { "regions reordered", [("regions", new[] { "US_IOWA_1", "US_OHIO_1" })], [("regions", new[] { "US_OHIO_1", "US_IOWA_1" })] },
    };

    [Theory]
    [MemberData(nameof(NoDiffCases))]
    public void Diff_EquivalentInputs_ReportNoChanges(string caseName, (string, object?)[] before, (string, object?)[] after)
    {
        var olds = Valid(("deploymentId", "chat-1")).SetItems(Map(before));
        var news = Valid(("deploymentId", "chat-1")).SetItems(Map(after));

        var diff = Diff(olds, news);

        Assert.True(diff.Changes == DiffChanges.None, $"{caseName}: {string.Join(", ", diff.DetailedDiff.Keys)}");
        Assert.Equal(ResourceDiffResponse.None, diff);
    }

    [Fact]
    public void Diff_DifferentShapeVersions_AreAChange()
    {
        var olds = Checked(("deploymentShape", "accounts/fireworks/deploymentShapes/s/versions/1"));
        var news = Checked(("deploymentShape", "accounts/fireworks/deploymentShapes/s/versions/2"));

        Assert.Equal<string>(["deploymentShape"], Diff(olds, news).Diffs);
    }

    [Fact]
    public void Diff_IgnoreChangesTopLevel_HidesTheChange()
    {
        var diff = Diff(Checked(("region", "US_IOWA_1"), ("displayName", "a")),
            Checked(("region", "US_OHIO_1"), ("displayName", "a")), "region");

        Assert.Equal(DiffChanges.None, diff.Changes);
    }

    [Fact]
    public void Diff_IgnoreChangesNestedPath_HidesOnlyThatPath()
    {
        var olds = Checked(("annotations", Obj(("team", "ml"), ("env", "dev"))),
            ("autoscalingPolicy", Obj(("scaleUpWindow", "30s"), ("scaleDownWindow", "600s"))));
        var news = Checked(("annotations", Obj(("team", "infra"), ("env", "prod"))),
            ("autoscalingPolicy", Obj(("scaleUpWindow", "60s"), ("scaleDownWindow", "300s"))));

        var diff = Diff(olds, news, "autoscalingPolicy.scaleUpWindow", "annotations.team");

        Assert.Equal<string>(["annotations.env", "autoscalingPolicy.scaleDownWindow"], diff.DetailedDiff.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Diff_IgnoreChangesWildcard_HidesEveryEntry()
    {
        var diff = Diff(Checked(("annotations", Obj(("team", "ml")))), Checked(("annotations", Obj(("team", "x"), ("new", "y")))),
            "annotations.*");

        Assert.Equal(DiffChanges.None, diff.Changes);
    }

    [Fact]
    public void Diff_IgnoreChangesOnAddedNestedKey_HidesTheAddition()
    {
        var diff = Diff(Checked(), Checked(("annotations", Obj(("team", "ml")))), "annotations.team");

        Assert.Equal(DiffChanges.None, diff.Changes);
    }

    [Fact]
    public void Diff_UnknownInPlaceValue_IsAnUpdate()
    {
        var diff = Diff(Checked(("displayName", "a")), Checked().SetItem("displayName", PropertyValue.Unknown));

        Assert.Equal(PropertyDiffKind.Update, diff.DetailedDiff["displayName"].Kind);
        Assert.Empty(diff.Replaces);
    }

    [Fact]
    public void Diff_UnknownReplacingValue_IsAReplacement()
    {
        var diff = Diff(Checked(("region", "US_IOWA_1")), Checked().SetItem("region", PropertyValue.Unknown));

        Assert.Equal(PropertyDiffKind.UpdateReplace, diff.DetailedDiff["region"].Kind);
        Assert.Equal<string>(["region"], diff.Replaces);
    }

    [Fact]
    public void Diff_UnknownWhereNothingWasSet_IsAnAdd()
    {
        var diff = Diff(Checked(), Checked().SetItem("baseModel", Value(Model)).SetItem("region", PropertyValue.Unknown));

        Assert.Equal(PropertyDiffKind.AddReplace, diff.DetailedDiff["region"].Kind);
    }

    [Fact]
    public void Diff_UnknownNestedValue_IsReportedAtItsPath()
    {
        var diff = Diff(Checked(("annotations", Obj(("team", "ml")))),
            Checked().SetItem("annotations", Value(Obj(("team", PropertyValue.Unknown)))));

        Assert.Equal<string>(["annotations.team"], diff.DetailedDiff.Keys);
    }

    [Fact]
    public void Diff_ExplicitIdKeptWhileReplacing_DeletesBeforeReplacing()
    {
        var diff = Diff(Checked(("region", "US_IOWA_1")), Checked(("region", "US_OHIO_1")));

        Assert.True(diff.DeleteBeforeReplace);
    }

    [Fact]
    public void Diff_GeneratedIdWhileReplacing_CreatesTheReplacementFirst()
    {
        var olds = DeploymentCheck.Check(DeploymentRequests.Check(Valid(("region", "US_IOWA_1")))).Response.Inputs;
        var news = DeploymentCheck.Check(DeploymentRequests.Check(Valid(("region", "US_OHIO_1")), olds)).Response.Inputs;

        var diff = Diff(olds, news);

        Assert.Equal<string>(["region"], diff.Replaces);
        Assert.False(diff.DeleteBeforeReplace);
    }

    [Fact]
    public void Diff_ExplicitIdChangedWhileReplacing_CreatesTheReplacementFirst()
    {
        var diff = Diff(Checked(("region", "US_IOWA_1")), Checked(("region", "US_OHIO_1"), ("deploymentId", "chat-2")));

        Assert.False(diff.DeleteBeforeReplace);
    }

    [Fact]
    public void Diff_InPlaceUpdate_NeverDeletesFirst()
    {
        Assert.False(Diff(Checked(("displayName", "a")), Checked(("displayName", "b"))).DeleteBeforeReplace);
    }

    [Fact]
    public void Diff_NoOldInputs_FallsBackToOldOutputsIgnoringServerFilledValues()
    {
        var outputs = Map(("name", "accounts/acme/deployments/chat-1"), ("baseModel", Model), ("state", "READY"),
            ("region", "US_IOWA_1"), ("multiRegion", "US"), ("minReplicaCount", 0), ("acceleratorType", "NVIDIA_H100_80GB"),
            ("deploymentShape", "accounts/fireworks/deploymentShapes/s/versions/4"),
            ("autoscalingPolicy", Obj(("scaleUpWindow", "30s"), ("scaleDownWindow", "600s"))),
            ("directRouteApiKeys", Secret(new[] { SecretKey })));
        var news = Checked(("multiRegion", "US"), ("deploymentShape", "accounts/fireworks/deploymentShapes/s"),
            ("autoscalingPolicy", Obj(("scaleDownWindow", "10m"))));

        var diff = DeploymentDiff.Diff(DeploymentRequests.Diff(PropertyValue.EmptyMap, news, outputs));

        Assert.Equal(DiffChanges.None, diff.Changes);
    }

    [Fact]
    public void Diff_NoOldInputs_StillSeesARealChange()
    {
        var outputs = Map(("name", "accounts/acme/deployments/chat-1"), ("baseModel", Model), ("acceleratorType", Accelerator),
            ("displayName", "old"));

        var diff = DeploymentDiff.Diff(DeploymentRequests.Diff(PropertyValue.EmptyMap, Checked(("displayName", "new")), outputs));

        Assert.Equal<string>(["displayName"], diff.Diffs);
    }

    [Fact]
    public void Diff_DetailedDiffAndDiffs_AreConsistent()
    {
        var diff = Diff(Checked(("region", "US_IOWA_1"), ("annotations", Obj(("a", "1")))),
            Checked(("multiRegion", "US"), ("annotations", Obj(("a", "2"))), ("displayName", "x")));

        Assert.Equal<string>(["displayName", "region", "multiRegion", "annotations"], diff.Diffs);
        Assert.Equal<string>(["region", "multiRegion"], diff.Replaces);
        Assert.All(diff.DetailedDiff.Keys, path => Assert.Contains(diff.Diffs, top => path == top || path.StartsWith(top + ".", StringComparison.Ordinal)));
        Assert.Equal(PropertyDiffKind.DeleteReplace, diff.DetailedDiff["region"].Kind);
        Assert.Equal(PropertyDiffKind.AddReplace, diff.DetailedDiff["multiRegion"].Kind);
    }
}
