using Fireworks.Emulator.Tests.Support;

namespace Fireworks.Emulator.Tests.ControlPlane;

public sealed class DeploymentServiceTests
{
    private const string Shapes = "accounts/fireworks/deploymentShapes";

    private const string EveryWritableField = """
        {"baseModel":"accounts/fireworks/models/llama-v3p1-8b-instruct","acceleratorType":"NVIDIA_B300_288GB","displayName":"All",
         "description":"every field","expireTime":"2026-08-01T02:00:00+02:00","annotations":{"fireworks.pulumi.com/urn":"urn:pulumi:dev::p::fireworks:index:Deployment::x$y","team":"ml"},
         "acceleratorCount":2,"precision":"FP8","deploymentTemplate":"accounts/a/deploymentTemplates/t","minReplicaCount":1,"maxReplicaCount":3,
         "maxWithRevocableReplicaCount":4,"autoscalingPolicy":{"scaleUpWindow":"30s","loadTargets":{"default":0.7},
           "scalingSchedules":{"weekdays":{"minReplicaCount":2,"schedule":"0 9 * * MON-FRI","duration":"28800s","timezone":"America/New_York","description":"office hours","disabled":false}}},
         "placement":{"region":"US_OHIO_2"},"enableAddons":true,"numPeftDeviceCached":8,"maxContextLength":8192,"draftModel":"accounts/fireworks/models/d",
         "draftTokenCount":4,"ngramSpeculationLength":3,"enableSessionAffinity":true,"autoTune":{"longPrompt":true},"disableDeploymentSizeValidation":true,
         "pricingPlanId":"plan-1","enableHotLoad":true,"hotLoadBucketType":"FW_HOSTED","hotLoadBucketUrl":"s3://bucket/path",
         "hotLoadTrainerJob":"accounts/a/rlorTrainerJobs/j","enableHotReloadLatestAddon":false,"activeModelVersion":"v1","targetModelVersion":"v1"}
        """;

    [Fact]
    public async Task Create_Every4259WritableField_IsAcceptedAndReturned()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.CreateAsync("all", EveryWritableField);
        var body = await EmulatorSession.ReadJsonAsync(response);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("2026-08-01T00:00:00Z", body.GetProperty("expireTime").GetString());
        Assert.Equal(8, body.GetProperty("numPeftDeviceCached").GetInt32());
        Assert.Equal("FW_HOSTED", body.GetProperty("hotLoadBucketType").GetString());
        Assert.Equal("accounts/a/rlorTrainerJobs/j", body.GetProperty("hotLoadTrainerJob").GetString());
        Assert.Equal("v1", body.GetProperty("targetModelVersion").GetString());
        Assert.Equal("NVIDIA_B300_288GB", body.GetProperty("acceleratorType").GetString());
        Assert.Equal("US_OHIO_2", body.GetProperty("region").GetString());
        var schedule = body.GetProperty("autoscalingPolicy").GetProperty("scalingSchedules").GetProperty("weekdays");
        Assert.Equal("America/New_York", schedule.GetProperty("timezone").GetString());
        Assert.Equal("urn:pulumi:dev::p::fireworks:index:Deployment::x$y", body.GetProperty("annotations").GetProperty("fireworks.pulumi.com/urn").GetString());
    }

    [Fact]
    public async Task Patch_NumPeftDeviceCached_IsWritable()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("dep", EmulatorSession.AddonBody);

        using var response = await session.PatchAsync("dep", "num_peft_device_cached", """{"numPeftDeviceCached":16}""");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(16, (await EmulatorSession.ReadJsonAsync(response)).GetProperty("numPeftDeviceCached").GetInt32());
    }

    [Fact]
    public async Task Patch_HotLoadField_CannotChangeInPlace()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("dep");

        using var response = await session.Http.PatchAsync($"{session.Deployments}/dep", EmulatorSession.Json("""{"hotLoadBucketUrl":"s3://other"}"""));

        await EmulatorSession.AssertErrorAsync(response, 400, 9, "hot_load_bucket_url");
    }

    [Fact]
    public async Task ReplicaStats_PartialReplicaCountIsFractionalWhileComingUp()
    {
        await using var session = await EmulatorSession.StartAsync();
        (await session.CreateAsync("dep")).Dispose();

        session.Clock.Advance(EmulatorSession.ReadyDelay / 2);
        var halfway = (await session.GetAsync("dep")).GetProperty("replicaStats");
        session.Clock.Advance(EmulatorSession.ReadyDelay / 2);
        var ready = await session.GetAsync("dep");

        Assert.Equal(0.5, halfway.GetProperty("partialReplicaCount").GetDouble());
        Assert.Equal(1, halfway.GetProperty("initializingReplicaCount").GetInt32());
        Assert.Equal(0, halfway.GetProperty("revocableReplicaCount").GetInt32());
        Assert.Equal(0, ready.GetProperty("replicaStats").GetProperty("partialReplicaCount").GetDouble());
        Assert.Equal(1, ready.GetProperty("replicaStats").GetProperty("readyReplicaCount").GetInt32());
        Assert.Equal(1, ready.GetProperty("desiredReplicaCount").GetInt32());
    }

    [Fact]
    public async Task Delete_InUseWithoutIgnoreChecks_Is400FailedPreconditionAndDeletesNothing()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("busy");
        session.Emulator.MarkInUse("busy", true);

        using var response = await session.Http.DeleteAsync($"{session.Deployments}/busy?hard=true");

        await EmulatorSession.AssertErrorAsync(response, 400, 9, "ignore_checks");
        Assert.Equal("READY", session.Emulator.FindDeployment("busy")?.State);
    }

    [Fact]
    public async Task Delete_InUseWithIgnoreChecks_Deletes()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("busy");
        session.Emulator.MarkInUse("busy", true);

        using var response = await session.Http.DeleteAsync($"{session.Deployments}/busy?ignoreChecks=true");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("DELETING", session.Emulator.FindDeployment("busy")?.State);
    }

    [Fact]
    public async Task Delete_NoLongerInUse_Deletes()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("busy");
        session.Emulator.MarkInUse("busy", true);
        session.Emulator.MarkInUse("busy", false);

        using var response = await session.Http.DeleteAsync($"{session.Deployments}/busy");

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task ValidateOnly_ResolvesTheShapeAndReturnsStateUnspecified_StoringNothing()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.Http.PostAsync(
            $"{session.Deployments}?validateOnly=true",
            EmulatorSession.Json($$"""{"baseModel":"{{EmulatorSession.Llama}}","deploymentShape":"{{Shapes}}/llama-v3p1-8b-instruct-throughput"}"""));
        var body = await EmulatorSession.ReadJsonAsync(response);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("STATE_UNSPECIFIED", body.GetProperty("state").GetString());
        Assert.False(body.TryGetProperty("name", out _));
        Assert.False(body.TryGetProperty("createTime", out _));
        Assert.Equal($"{Shapes}/llama-v3p1-8b-instruct-throughput/versions/thru8b01", body.GetProperty("deploymentShape").GetString());
        Assert.Equal("NVIDIA_H100_80GB", body.GetProperty("acceleratorType").GetString());
        Assert.Equal("FP8", body.GetProperty("precision").GetString());
        Assert.Equal(1, body.GetProperty("maxReplicaCount").GetInt32());
        Assert.Empty(session.Emulator.GetDeployments());
    }

    [Fact]
    public async Task ValidateOnly_MissingBaseModel_Is400AtOnce()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.CreateAsync(
            "doomed", """{"baseModel":"accounts/fireworks/models/does-not-exist","acceleratorType":"NVIDIA_H100_80GB"}""", "&validateOnly=true");

        await EmulatorSession.AssertErrorAsync(response, 400, 3, "does-not-exist");
    }

    [Fact]
    public async Task ValidateOnly_ShapeForAnotherModel_Is400LikeARealCreate()
    {
        await using var session = await EmulatorSession.StartAsync();
        var body = $$"""{"baseModel":"{{EmulatorSession.Llama}}","deploymentShape":"{{Shapes}}/gpt-oss-120b-minimal"}""";

        using var preview = await session.CreateAsync("x", body, "&validateOnly=true");
        using var create = await session.CreateAsync("x", body);

        await EmulatorSession.AssertErrorAsync(preview, 400, 3, "gpt-oss-120b");
        await EmulatorSession.AssertErrorAsync(create, 400, 3, "gpt-oss-120b");
    }

    [Fact]
    public async Task Create_VersionedShape_PinsThatVersion()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.CreateAsync(
            "pinned", $$"""{"baseModel":"{{EmulatorSession.Llama}}","deploymentShape":"{{Shapes}}/llama-v3p1-8b-instruct-throughput/versions/thru8b02"}""", "&skipShapeValidation=true");
        var body = await EmulatorSession.ReadJsonAsync(response);

        Assert.Equal($"{Shapes}/llama-v3p1-8b-instruct-throughput/versions/thru8b02", body.GetProperty("deploymentShape").GetString());
        Assert.Equal("NVIDIA_H200_141GB", body.GetProperty("acceleratorType").GetString());
        Assert.Equal(2, body.GetProperty("acceleratorCount").GetInt32());
    }

    [Fact]
    public async Task Create_UnvalidatedVersion_IsRefusedWithoutSkipShapeValidation()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.CreateAsync(
            "pinned", $$"""{"baseModel":"{{EmulatorSession.Llama}}","deploymentShape":"{{Shapes}}/llama-v3p1-8b-instruct-throughput/versions/thru8b02"}""");

        await EmulatorSession.AssertErrorAsync(response, 400, 9, "skipShapeValidation");
    }

    [Fact]
    public async Task Create_ShapeWithoutValidatedVersion_NeedsSkipShapeValidation()
    {
        await using var session = await EmulatorSession.StartAsync();
        var body = $$"""{"baseModel":"{{EmulatorSession.Llama}}","deploymentShape":"{{Shapes}}/llama-v3p1-8b-instruct-fast"}""";

        using var refused = await session.CreateAsync("fast", body);
        using var skipped = await session.CreateAsync("fast", body, "&skipShapeValidation=true");

        await EmulatorSession.AssertErrorAsync(refused, 400, 9, "no validated version");
        Assert.Equal($"{Shapes}/llama-v3p1-8b-instruct-fast/versions/fast8b01", (await EmulatorSession.ReadJsonAsync(skipped)).GetProperty("deploymentShape").GetString());
    }

    [Theory]
    [InlineData("accounts/fireworks/deploymentShapes/unknown")]
    [InlineData("accounts/fireworks/deploymentShapes/small/versions/zzzzzzzz")]
    public async Task Create_UnknownShapeOrVersion_Is400InvalidArgument(string shape)
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.CreateAsync("x", $$"""{"baseModel":"{{EmulatorSession.Llama}}","deploymentShape":"{{shape}}"}""");

        await EmulatorSession.AssertErrorAsync(response, 400, 3, "not found");
    }

    [Fact]
    public async Task Create_SmallShape_AcceptsAnyBaseModel()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.CreateAsync("any", """{"baseModel":"accounts/me/models/custom","deploymentShape":"accounts/fireworks/deploymentShapes/small"}""");

        Assert.Equal($"{Shapes}/small/versions/smll0001", (await EmulatorSession.ReadJsonAsync(response)).GetProperty("deploymentShape").GetString());
    }

    [Fact]
    public async Task Patch_NewShape_ResolvesItsHardwareAndRolls()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("dep", $$"""{"baseModel":"{{EmulatorSession.Llama}}","deploymentShape":"{{Shapes}}/llama-v3p1-8b-instruct-minimal"}""");

        using var response = await session.Http.PatchAsync(
            $"{session.Deployments}/dep?skipShapeValidation=true", EmulatorSession.Json($$"""{"deploymentShape":"{{Shapes}}/llama-v3p1-8b-instruct-throughput"}"""));
        var body = await EmulatorSession.ReadJsonAsync(response);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("UPDATING", body.GetProperty("state").GetString());
        Assert.Equal($"{Shapes}/llama-v3p1-8b-instruct-throughput/versions/thru8b02", body.GetProperty("deploymentShape").GetString());
        Assert.Equal("NVIDIA_H200_141GB", body.GetProperty("acceleratorType").GetString());
    }

    [Fact]
    public async Task Patch_ShapeOfAnotherModel_Is400AndChangesNothing()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("dep");

        using var response = await session.PatchAsync("dep", "deployment_shape", $$"""{"deploymentShape":"{{Shapes}}/gpt-oss-120b-minimal"}""");

        await EmulatorSession.AssertErrorAsync(response, 400, 3, "gpt-oss-120b");
        Assert.False((await session.GetAsync("dep")).TryGetProperty("deploymentShape", out _));
    }

    [Fact]
    public async Task Create_DeprecatedRegion_IsRefusedLikeAnUnknownEnumValue()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.CreateAsync("old", """{"baseModel":"accounts/f/models/m","acceleratorType":"NVIDIA_H100_80GB","placement":{"region":"EU_LONDON_1"}}""");

        await EmulatorSession.AssertErrorAsync(response, 400, 3, "invalid value for enum field placement.region: \"EU_LONDON_1\"");
    }

    [Fact]
    public async Task Create_ExtraRegionFromTheOptions_IsAccepted()
    {
        await using var session = await EmulatorSession.StartAsync(o => o.ExtraRegions.Add("EU_MADRID_1"));

        using var response = await session.CreateAsync("new", """{"baseModel":"accounts/f/models/m","acceleratorType":"NVIDIA_H100_80GB","placement":{"regions":["EU_MADRID_1","EU_FRANKFURT_1"]}}""");

        Assert.Equal("EU_MADRID_1", (await EmulatorSession.ReadJsonAsync(response)).GetProperty("region").GetString());
    }

    [Fact]
    public async Task Create_DeploymentShapeWithAcceleratorType_StaysRefused()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.CreateAsync("x", $$"""{"baseModel":"{{EmulatorSession.Llama}}","acceleratorType":"NVIDIA_H100_80GB","deploymentShape":"{{Shapes}}/llama-v3p1-8b-instruct-minimal"}""");

        await EmulatorSession.AssertErrorAsync(response, 400, 3, "acceleratorType must not be set");
        Assert.Empty(session.Emulator.GetDeployments());
    }

    [Fact]
    public async Task Create_AcceleratorNotOfferedForTheModel_Is400NamingBoth_EvenForValidateOnly()
    {
        await using var session = await EmulatorSession.StartAsync(o => o.UnavailableAccelerators.Add(new UnavailableAccelerator(EmulatorSession.Llama, "NVIDIA_A10G_24GB")));
        var body = $$"""{"baseModel":"{{EmulatorSession.Llama}}","acceleratorType":"NVIDIA_A10G_24GB"}""";

        using var preview = await session.CreateAsync("x", body, "&validateOnly=true");
        using var create = await session.CreateAsync("x", body);
        using var other = await session.CreateAsync("y", $$"""{"baseModel":"{{EmulatorSession.Llama}}","acceleratorType":"NVIDIA_H100_80GB"}""");

        await EmulatorSession.AssertErrorAsync(preview, 400, 3, "NVIDIA_A10G_24GB is not offered for base model");
        await EmulatorSession.AssertErrorAsync(create, 400, 3, EmulatorSession.Llama);
        Assert.Equal(200, (int)other.StatusCode);
    }
}
