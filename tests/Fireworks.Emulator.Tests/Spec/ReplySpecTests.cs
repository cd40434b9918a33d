using System.Text.Json;
using Fireworks.Emulator.Tests.Support;

namespace Fireworks.Emulator.Tests.Spec;

/// <summary>Every control-plane endpoint's replies, checked field by field against the 4.259.0 reply schemas.</summary>
public sealed class ReplySpecTests
{
    private const string Everything = """
        {"baseModel":"accounts/fireworks/models/llama-v3p1-8b-instruct","acceleratorType":"NVIDIA_H100_80GB","displayName":"All",
         "description":"d","expireTime":"2026-08-01T00:00:00Z","annotations":{"fireworks.pulumi.com/urn":"urn:pulumi:s::p::t::n"},
         "acceleratorCount":2,"precision":"FP8","minReplicaCount":1,"maxReplicaCount":3,"maxWithRevocableReplicaCount":4,
         "autoscalingPolicy":{"loadTargets":{"default":0.7},"scalingSchedules":{"day":{"minReplicaCount":2,"schedule":"0 9 * * *","duration":"3600s","timezone":"UTC"}}},
         "placement":{"regions":["US_OHIO_2","US_IOWA_1"]},"enableAddons":true,"numPeftDeviceCached":8,"maxContextLength":8192,
         "draftModel":"accounts/fireworks/models/d","draftTokenCount":4,"ngramSpeculationLength":3,"enableSessionAffinity":true,
         "autoTune":{"longPrompt":true},"disableDeploymentSizeValidation":true,"pricingPlanId":"p","enableHotLoad":true,
         "hotLoadBucketType":"S3","hotLoadBucketUrl":"s3://b/p","hotLoadTrainerJob":"accounts/a/rlorTrainerJobs/j",
         "enableHotReloadLatestAddon":false,"activeModelVersion":"v1","targetModelVersion":"v1"}
        """;

    [Fact]
    public void Check_FindsWrongTypesUnknownFieldsAndUnknownEnumValues()
    {
        using var document = JsonDocument.Parse("""{"name":1,"state":"SLEEPING","bogus":true,"replicaStats":{"partialReplicaCount":"0.5"},"emulatorUnknownEnum":"X"}""");

        var problems = ReplySpec.Load().Check(document.RootElement, "gatewayDeployment", allowUnknownFields: false);

        Assert.Equal(5, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("$.bogus:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("$.replicaStats.partialReplicaCount:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task EveryEndpoint_RepliesAsTheSpecDescribes(bool unknownOutputFields)
    {
        await using var session = await EmulatorSession.StartAsync(o => o.UnknownOutputFields = unknownOutputFields);
        var spec = ReplySpec.Load();
        var problems = new List<string>();
        var checkedReplies = 0;
        async Task Expect(string label, Task<HttpResponseMessage> call, string type)
        {
            using var response = await call;
            var body = await EmulatorSession.ReadJsonAsync(response);
            problems.AddRange(spec.Check(body, type, unknownOutputFields).Select(p => $"{label} ({(int)response.StatusCode}): {p}"));
            checkedReplies++;
        }

        var http = session.Http;
        var deployments = session.Deployments;
        var deployedModels = session.DeployedModels;
        await Expect("create everything", session.CreateAsync("all", Everything), "gatewayDeployment");
        await Expect("create addon base", session.CreateAsync("base", EmulatorSession.AddonBody), "gatewayDeployment");
        await Expect("validateOnly", session.CreateAsync("preview", EmulatorSession.MinimalBody, "&validateOnly=true"), "gatewayDeployment");
        session.Clock.Advance(EmulatorSession.ReadyDelay / 4);
        await Expect("get creating", http.GetAsync($"{deployments}/all"), "gatewayDeployment");
        session.Clock.Advance(EmulatorSession.ReadyDelay);
        await Expect("get ready", http.GetAsync($"{deployments}/base"), "gatewayDeployment");
        await Expect("get readMask", http.GetAsync($"{deployments}/base?readMask=name,replicaStats"), "gatewayDeployment");
        await Expect("list", http.GetAsync($"{deployments}?pageSize=1"), "gatewayListDeploymentsResponse");
        await Expect("patch", session.PatchAsync("all", "display_name,num_peft_device_cached", """{"displayName":"x","numPeftDeviceCached":2}"""), "gatewayDeployment");
        await Expect("scale", http.PatchAsync($"{deployments}/base:scale", EmulatorSession.Json("""{"replicaCount":1}""")), "Empty");

        using (var load = await session.LoadAsync(EmulatorSession.ChatLora, "base"))
        {
            var id = (await EmulatorSession.ReadJsonAsync(load)).GetProperty("name").GetString()!.Split('/')[^1];
            session.Clock.Advance(EmulatorSession.LoadDelay);
            await Expect("get deployed model", http.GetAsync($"{deployedModels}/{id}"), "gatewayDeployedModel");
            await Expect("list deployed models", http.GetAsync(deployedModels), "gatewayListDeployedModelsResponse");
            await Expect("patch deployed model", http.PatchAsync($"{deployedModels}/{id}", EmulatorSession.Json("""{"description":"d"}""")), "gatewayDeployedModel");
            await Expect("get model", http.GetAsync($"v1/{EmulatorSession.ChatLora}"), "gatewayModel");
            await Expect("unload", http.DeleteAsync($"{deployedModels}/{id}"), "Empty");
        }

        await Expect("load", session.LoadAsync("accounts/emulator-account/models/support-lora", "base"), "gatewayDeployedModel");
        await Expect("list shapes", http.GetAsync("v1/accounts/fireworks/deploymentShapes"), "gatewayListDeploymentShapesResponse");
        await Expect("get shape", http.GetAsync("v1/accounts/fireworks/deploymentShapes/llama-v3p1-8b-instruct-minimal"), "gatewayDeploymentShape");
        await Expect("list versions", http.GetAsync("v1/accounts/-/deploymentShapes/-/versions"), "gatewayListDeploymentShapeVersionsResponse");
        await Expect("get version", http.GetAsync("v1/accounts/fireworks/deploymentShapes/small/versions/smll0001"), "gatewayDeploymentShapeVersion");

        await Expect("404", http.GetAsync($"{deployments}/nope"), "rpcStatus");
        await Expect("400", session.CreateAsync("bad", """{"baseModel":"x"}"""), "rpcStatus");
        await Expect("409", session.CreateAsync("base"), "rpcStatus");
        using var anonymous = new HttpClient { BaseAddress = session.Emulator.BaseUrl };
        await Expect("401", anonymous.GetAsync(deployments), "rpcStatus");

        await Expect("delete", http.DeleteAsync($"{deployments}/all"), "Empty");
        session.Clock.Advance(EmulatorSession.DeleteDelay);
        await Expect("get deleted", http.GetAsync($"{deployments}/all"), "gatewayDeployment");
        await Expect("list deleted", http.GetAsync($"{deployments}?showDeleted=true"), "gatewayListDeploymentsResponse");
        await Expect("undelete", http.PostAsync($"{deployments}/all:undelete", EmulatorSession.Json("{}")), "gatewayDeployment");

        Assert.Empty(problems);
        Assert.Equal(27, checkedReplies);
    }
}
