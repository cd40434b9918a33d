using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Deployment;
using Pulumi.Fireworks.Provider.Tests.Support;
using static Pulumi.Fireworks.Provider.Tests.Support.DeploymentProps;

namespace Pulumi.Fireworks.Provider.Tests.Resources.Deployment;

public sealed class DeploymentCheckTests
{
    private static readonly string[] InternetRoute = [SecretKey];

    public static TheoryData<string, (string, object?)[], string, string[]> FailureCases => new()
    {
        { "missing baseModel", [("baseModel", null)], "baseModel", ["required", "accounts/fireworks/models/"] },
        { "empty baseModel", [("baseModel", "")], "baseModel", ["required"] },
        { "typo in a name", [("regon", "US_IOWA_1")], "regon", ["unknown property 'regon'", "did you mean 'region'", "multiRegion"] },
        { "string for an integer", [("minReplicaCount", "2")], "minReplicaCount", ["whole number", "got a string"] },
        { "fraction for an integer", [("acceleratorCount", 1.5)], "acceleratorCount", ["whole number", "fraction"] },
        { "number for a string", [("displayName", 3)], "displayName", ["must be a string", "got a number"] },
        { "string for a boolean", [("waitForReady", "yes")], "waitForReady", ["true or false"] },
        { "two placements", [("region", "US_IOWA_1"), ("multiRegion", "US")], "multiRegion", ["exactly one", "region and multiRegion"] },
        { "three placements", [("region", "US_IOWA_1"), ("multiRegion", "US"), ("regions", new[] { "US_OHIO_1" })], "multiRegion", ["region and multiRegion and regions"] },
        { "malformed multiRegion", [("multiRegion", "eu")], "multiRegion", ["not a valid multi-region name", "GLOBAL, US, EUROPE, APAC"] },
        { "empty regions", [("regions", Array.Empty<string>())], "regions", ["at least one region"] },
        { "repeated region", [("regions", new[] { "US_IOWA_1", "US_IOWA_1" })], "regions[1]", ["repeats regions[0]"] },
        { "lower-case region", [("region", "us-iowa-1")], "region", ["not a valid region name", "did you mean \"US_IOWA_1\"", "US_ARIZONA_1"] },
        { "region with spaces", [("region", "US IOWA")], "region", ["not a valid region name", "known values"] },
        { "unspecified region", [("region", "REGION_UNSPECIFIED")], "region", ["known values"] },
        { "malformed region in a list", [("regions", new[] { "eu frankfurt" })], "regions[0]", ["not a valid region name"] },
        { "lower-case accelerator", [("acceleratorType", "nvidia_h100_80gb")], "acceleratorType", ["did you mean \"NVIDIA_H100_80GB\"", "NVIDIA_B300_288GB"] },
        { "malformed precision", [("precision", "fp-8")], "precision", ["not a valid precision name", "FP8", "BF16"] },
        { "neither accelerator nor shape", [("acceleratorType", null)], "acceleratorType", ["required unless deploymentShape is set", "NVIDIA_H100_80GB", "deploymentShapes/"] },
        { "accelerator with a shape", [("acceleratorType", "NVIDIA_H100_80GB"), ("deploymentShape", "accounts/fireworks/deploymentShapes/s")], "acceleratorType", ["cannot both be set", "deploymentShape"] },
        { "direct route without region", [("directRouteType", "INTERNET"), ("directRouteApiKeys", InternetRoute), ("multiRegion", "US")], "directRouteType", ["single region", "region"] },
        { "direct route without keys", [("directRouteType", "INTERNET"), ("region", "US_IOWA_1")], "directRouteType", ["non-empty directRouteApiKeys"] },
        { "direct route with empty keys", [("directRouteType", "INTERNET"), ("region", "US_IOWA_1"), ("directRouteApiKeys", Array.Empty<string>())], "directRouteType", ["non-empty directRouteApiKeys"] },
        { "malformed direct route type", [("directRouteType", "vpn link"), ("region", "US_IOWA_1"), ("directRouteApiKeys", InternetRoute)], "directRouteType", ["not a valid direct route type name", "INTERNET, GCP_PRIVATE_SERVICE_CONNECT, AWS_PRIVATELINK"] },
        { "negative min replicas", [("minReplicaCount", -1)], "minReplicaCount", ["0 or more", "-1"] },
        { "negative max replicas", [("maxReplicaCount", -2)], "maxReplicaCount", ["0 or more"] },
        { "min above max", [("minReplicaCount", 3), ("maxReplicaCount", 2)], "maxReplicaCount", ["at least minReplicaCount (3)"] },
        { "zero accelerators", [("acceleratorCount", 0)], "acceleratorCount", ["1 or more"] },
        { "negative context length", [("maxContextLength", -5)], "maxContextLength", ["0 or more"] },
        { "negative draft tokens", [("draftTokenCount", -1)], "draftTokenCount", ["0 or more"] },
        { "negative ngram length", [("ngramSpeculationLength", -1)], "ngramSpeculationLength", ["0 or more"] },
        { "long display name", [("displayName", new string('x', 64))], "displayName", ["under 64 characters", "64"] },
        { "upper-case deployment id", [("deploymentId", "Chat")], "deploymentId", ["lower-case letters", "inferred"] },
        { "deployment id with a digit first", [("deploymentId", "1chat")], "deploymentId", ["starting with a letter"] },
        { "deployment id ending in a hyphen", [("deploymentId", "chat-")], "deploymentId", ["not ending with a hyphen"] },
        { "deployment id too long", [("deploymentId", "a" + new string('b', 63))], "deploymentId", ["1 to 63 characters"] },
        { "bad duration", [("autoscalingPolicy", Obj(("scaleUpWindow", "soon")))], "autoscalingPolicy.scaleUpWindow", ["not a duration", "300s", "1h30m"] },
        { "duration as a number", [("autoscalingPolicy", Obj(("scaleDownWindow", 30)))], "autoscalingPolicy.scaleDownWindow", ["duration string", "got a number"] },
        { "scale up window over an hour", [("autoscalingPolicy", Obj(("scaleUpWindow", "61m")))], "autoscalingPolicy.scaleUpWindow", ["between 0s and 3600s", "3660s"] },
        { "scale down window over an hour", [("autoscalingPolicy", Obj(("scaleDownWindow", "2h")))], "autoscalingPolicy.scaleDownWindow", ["between 0s and 3600s"] },
        { "negative window", [("autoscalingPolicy", Obj(("scaleUpWindow", "-5s")))], "autoscalingPolicy.scaleUpWindow", ["between 0s and 3600s"] },
        { "scale to zero under five minutes", [("autoscalingPolicy", Obj(("scaleToZeroWindow", "4m")))], "autoscalingPolicy.scaleToZeroWindow", ["at least 300s", "240s"] },
        { "unknown policy field", [("autoscalingPolicy", Obj(("scaleUpWindw", "30s")))], "autoscalingPolicy.scaleUpWindw", ["did you mean 'scaleUpWindow'", "loadTargets"] },
        { "policy that is not an object", [("autoscalingPolicy", "fast")], "autoscalingPolicy", ["must be an object", "scaleUpWindow"] },
        { "unknown load target", [("autoscalingPolicy", Obj(("loadTargets", Obj(("requests_per_sec", 5.0)))))], "autoscalingPolicy.loadTargets.requests_per_sec", ["did you mean 'requests_per_second'", "concurrent_requests"] },
        { "default load target above one", [("autoscalingPolicy", Obj(("loadTargets", Obj(("default", 80)))))], "autoscalingPolicy.loadTargets.default", ["between 0 and 1", "0.8"] },
        { "negative load target", [("autoscalingPolicy", Obj(("loadTargets", Obj(("requests_per_second", -1.0)))))], "autoscalingPolicy.loadTargets.requests_per_second", ["positive"] },
        { "annotation that is not a string", [("annotations", Obj(("team", 5)))], "annotations.team", ["must be a string"] },
    };

    [Theory]
    [MemberData(nameof(FailureCases))]
    public void Check_InvalidInput_FailsNamingThePropertyAndWhatIsAllowed(string caseName,
        (string, object?)[] entries, string property, string[] reasonParts)
    {
        var response = DeploymentCheck.Check(DeploymentRequests.Check(Valid(entries))).Response;

        var failure = Assert.Single(response.Failures, f => f.Property == property);
        foreach (var part in reasonParts)
        {
            Assert.True(failure.Reason.Contains(part, StringComparison.Ordinal),
                $"{caseName}: expected \"{part}\" in \"{failure.Reason}\"");
        }
    }

    public static TheoryData<string, PropertyValue, string[]> SecretFailureCases => new()
    {
        { "key with a symbol", Secret(new[] { "bad-key!" + SecretKey }), ["directRouteApiKeys[0]", "letters A-Z, a-z and digits 0-9"] },
        { "empty key", Secret(new[] { "" }), ["directRouteApiKeys[0]", "non-empty"] },
        { "duplicate key", Secret(new[] { SecretKey, SecretKey }), ["directRouteApiKeys[1]", "repeats directRouteApiKeys[0]"] },
        { "unwrapped keys are secret too", Value(new[] { SecretKey + "?" }), ["directRouteApiKeys[0]", "letters"] },
        { "key that is not a string", Secret(new object[] { 5 }), ["directRouteApiKeys[0]", "must be a string"] },
    };

    [Fact]
    public void Check_UnknownRegionMarkedSecret_WarnsWithoutQuotingIt()
    {
        var result = DeploymentCheck.Check(DeploymentRequests.Check(Valid(("region", Secret("US_HIDDEN_9")))));

        var warning = Assert.Single(result.Warnings);
        Assert.Contains("region", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("US_HIDDEN_9", warning, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SecretFailureCases))]
    public void Check_InvalidDirectRouteKey_FailsWithEmptyPropertyAndNoKeyInTheReason(string caseName,
        PropertyValue keys, string[] reasonParts)
    {
        var news = Valid(("directRouteType", "INTERNET"), ("region", "US_IOWA_1"), ("directRouteApiKeys", keys));

        var response = DeploymentCheck.Check(DeploymentRequests.Check(news)).Response;

        var failure = Assert.Single(response.Failures, f => f.Reason.Contains(reasonParts[0], StringComparison.Ordinal));
        Assert.Equal(string.Empty, failure.Property);
        Assert.All(response.Failures, f => Assert.DoesNotContain(SecretKey, f.ToString(), StringComparison.Ordinal));
        foreach (var part in reasonParts)
        {
            Assert.True(failure.Reason.Contains(part, StringComparison.Ordinal),
                $"{caseName}: expected \"{part}\" in \"{failure.Reason}\"");
        }

        Assert.DoesNotContain(SecretKey, failure.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(SecretKey, failure.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(SecretKey, PropertyValue.CreateMap(response.Inputs).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_KeysWithoutDirectRouteType_FailsBecauseFireworksWouldIgnoreThem()
    {
        var response = DeploymentCheck.Check(DeploymentRequests.Check(
            Valid(("directRouteApiKeys", Secret(new[] { SecretKey }))))).Response;

        var failure = Assert.Single(response.Failures);
        Assert.Equal(string.Empty, failure.Property);
        Assert.Contains("directRouteApiKeys is set but directRouteType is not", failure.Reason, StringComparison.Ordinal);
        Assert.Contains("INTERNET, GCP_PRIVATE_SERVICE_CONNECT, AWS_PRIVATELINK", failure.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(SecretKey, failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SecretDisplayNameWithWrongType_DoesNotNameThePropertyOrShowTheValue()
    {
        var response = DeploymentCheck.Check(DeploymentRequests.Check(
            Valid(("deploymentId", Secret("Not-Valid-" + SecretKey))))).Response;

        var failure = Assert.Single(response.Failures);
        Assert.Equal(string.Empty, failure.Property);
        Assert.StartsWith("property deploymentId:", failure.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(SecretKey, failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ValidDirectRoute_KeepsKeysSecretAndFillsDefaults()
    {
        var news = Valid(("directRouteType", "INTERNET"), ("region", "US_ARIZONA_1"),
            ("directRouteApiKeys", new[] { SecretKey, OtherSecretKey }));

        var response = DeploymentCheck.Check(DeploymentRequests.Check(news)).Response;

        Assert.Empty(response.Failures);
        Assert.Equal(Secret(new[] { SecretKey, OtherSecretKey }), response.Inputs["directRouteApiKeys"]);
        Assert.Equal(PropertyValue.True, response.Inputs["waitForReady"]);
        Assert.Equal(PropertyValue.True, response.Inputs["hardDelete"]);
        Assert.Equal(PropertyValue.False, response.Inputs["ignoreChecksOnDelete"]);
        Assert.DoesNotContain(SecretKey, PropertyValue.CreateMap(response.Inputs).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UserSecretInput_StaysSecretInTheCheckedInputs()
    {
        var response = DeploymentCheck.Check(DeploymentRequests.Check(Valid(("description", Secret("internal"))))).Response;

        Assert.Equal(Secret("internal"), response.Inputs["description"]);
    }

    [Fact]
    public void Check_GivenBehaviourKnobs_KeepsThemAndDoesNotMarkThemDefaulted()
    {
        var response = DeploymentCheck.Check(DeploymentRequests.Check(
            Valid(("waitForReady", false), ("hardDelete", false), ("ignoreChecksOnDelete", true)))).Response;

        Assert.Equal(PropertyValue.False, response.Inputs["waitForReady"]);
        Assert.Equal(PropertyValue.False, response.Inputs["hardDelete"]);
        Assert.Equal(PropertyValue.True, response.Inputs["ignoreChecksOnDelete"]);
        Assert.Equal(Value(new[] { "deploymentId" }), response.Inputs["__defaults"]);
    }

    [Theory]
    [InlineData("300s", "300s")]
    [InlineData("5m", "300s")]
    [InlineData("5m0s", "300s")]
    [InlineData("1.5s", "1.500s")]
    [InlineData("1h", "3600s")]
    [InlineData("0", "0s")]
    [InlineData("1m30s", "90s")]
    public void Check_Duration_IsNormalizedToSeconds(string given, string expected)
    {
        var news = Valid(("autoscalingPolicy", Obj(("scaleUpWindow", given))));

        var response = DeploymentCheck.Check(DeploymentRequests.Check(news)).Response;

        Assert.Empty(response.Failures);
        Assert.True(response.Inputs["autoscalingPolicy"].TryGetMap(out var policy));
        Assert.Equal(PropertyValue.Create(expected), policy["scaleUpWindow"]);
    }

    [Fact]
    public void Check_IntegersAsDoubles_AreAcceptedAndKept()
    {
        var response = DeploymentCheck.Check(DeploymentRequests.Check(
            Valid(("minReplicaCount", 1.0), ("maxReplicaCount", 3.0), ("acceleratorCount", 8.0)))).Response;

        Assert.Empty(response.Failures);
        Assert.Equal(PropertyValue.Create(3), response.Inputs["maxReplicaCount"]);
    }

    [Fact]
    public void Check_UnlistedButWellFormedRegion_PassesWithAWarning()
    {
        var result = DeploymentCheck.Check(DeploymentRequests.Check(Valid(("region", "EU_MARS_1"))));

        Assert.Empty(result.Response.Failures);
        Assert.Equal(PropertyValue.Create("EU_MARS_1"), result.Response.Inputs["region"]);
        Assert.Contains(result.Warnings, warning => warning.Contains("EU_MARS_1", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_FullValidInputs_PassUnchanged()
    {
        var news = Valid(
            ("deploymentId", "chat-1"), ("displayName", "Chat"), ("description", "prod chat"),
            ("deploymentShape", "accounts/fireworks/deploymentShapes/s"), ("precision", "FP8"),
            ("minReplicaCount", 0), ("maxReplicaCount", 2), ("multiRegion", "EUROPE"), ("enableAddons", true),
            ("maxContextLength", 0), ("draftModel", "accounts/fireworks/models/draft"), ("draftTokenCount", 4),
            ("ngramSpeculationLength", 3), ("annotations", Obj(("team", "ml"))),
            ("autoscalingPolicy", Obj(("scaleUpWindow", "30s"), ("scaleDownWindow", "600s"),
                ("scaleToZeroWindow", "3600s"), ("loadTargets", Obj(("default", 0.8), ("requests_per_second", 5.0))))));

        var response = DeploymentCheck.Check(DeploymentRequests.Check(news)).Response;

        Assert.Empty(response.Failures);
        foreach (var (key, value) in news)
        {
            Assert.Equal(value, response.Inputs[key]);
        }
    }

    [Fact]
    public void Check_UnknownValues_PassThroughAndSkipTheirRules()
    {
        var unknownOutput = PropertyValue.CreateOutput(new PropertyOutput(null, false, []));
        var news = Valid(
            ("region", PropertyValue.Unknown), ("directRouteType", "INTERNET"),
            ("directRouteApiKeys", PropertyValue.Unknown), ("minReplicaCount", PropertyValue.Unknown),
            ("maxReplicaCount", 1), ("annotations", Obj(("team", PropertyValue.Unknown))),
            ("autoscalingPolicy", Obj(("scaleUpWindow", unknownOutput))), ("deploymentId", PropertyValue.Unknown));

        var response = DeploymentCheck.Check(DeploymentRequests.Check(news)).Response;

        Assert.Empty(response.Failures);
        Assert.Equal(PropertyValue.Unknown, response.Inputs["region"]);
        Assert.Equal(PropertyValue.Unknown, response.Inputs["minReplicaCount"]);
        Assert.Equal(PropertyValue.Unknown, response.Inputs["deploymentId"]);
        Assert.True(response.Inputs["directRouteApiKeys"].IsSecret);
        Assert.True(response.Inputs["directRouteApiKeys"].ContainsUnknowns());
        Assert.Equal(Value(Obj(("team", PropertyValue.Unknown))), response.Inputs["annotations"]);
        Assert.True(response.Inputs["autoscalingPolicy"].TryGetMap(out var policy));
        Assert.Equal(unknownOutput, policy["scaleUpWindow"]);
    }

    [Fact]
    public void Check_UnknownBaseModel_IsNotReportedMissing()
    {
        var response = DeploymentCheck.Check(DeploymentRequests.Check(Valid(("baseModel", PropertyValue.Unknown)))).Response;

        Assert.Empty(response.Failures);
    }

    [Fact]
    public void Check_Failure_ReturnsTheInputsAsTheyCame()
    {
        var news = Valid(("minReplicaCount", -1));

        var response = DeploymentCheck.Check(DeploymentRequests.Check(news)).Response;

        Assert.Equal(news, response.Inputs);
    }

    [Fact]
    public void Check_InternalKeysInNews_AreIgnored()
    {
        var response = DeploymentCheck.Check(DeploymentRequests.Check(
            Valid(("__defaults", new[] { "baseModel" }), ("deploymentId", "chat")))).Response;

        Assert.Empty(response.Failures);
        Assert.Equal(Value(new[] { "hardDelete", "ignoreChecksOnDelete", "waitForReady" }), response.Inputs["__defaults"]);
    }

    [Fact]
    public void Check_SeveralProblems_AreAllReported()
    {
        var response = DeploymentCheck.Check(DeploymentRequests.Check(
            Map(("minReplicaCount", -1), ("regon", "x"), ("multiRegion", "mars")))).Response;

        Assert.Equal<string>(["acceleratorType", "baseModel", "minReplicaCount", "multiRegion", "regon"],
            response.Failures.Select(f => f.Property).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Check_DirectRouteFailures_SayWhichPropertyInsideTheReason()
    {
        var response = DeploymentCheck.Check(DeploymentRequests.Check(Valid(("directRouteApiKeys", Secret(new[] { "a", "b!" })),
            ("directRouteType", "INTERNET"), ("region", "US_IOWA_1")))).Response;

        var failure = Assert.Single(response.Failures);
        Assert.Equal(new CheckFailure(string.Empty, failure.Reason), failure);
        Assert.StartsWith("property directRouteApiKeys[1]:", failure.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("b!", failure.Reason, StringComparison.Ordinal);
    }
}
