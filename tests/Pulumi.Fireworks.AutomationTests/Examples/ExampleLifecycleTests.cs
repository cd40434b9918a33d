using Fireworks.Emulator;
using Pulumi.Automation;
using Pulumi.Fireworks.AutomationTests.Support;

namespace Pulumi.Fireworks.AutomationTests.Examples;

/// <summary>
/// Each producer example (examples/yaml, examples/typescript, examples/csharp) run end to end as a local program
/// against the emulator, one step after the other as a user would: up (the deployment on the emulator's seeded shape,
/// with its LoRA addon), a clean preview, a clean refresh, a key rotation in place, a region change that replaces the
/// deployment and with it the addon, destroy. After every step the emulator must hold exactly what the step promises:
/// never a second deployment, nothing at the end.
/// </summary>
public sealed class ExampleLifecycleTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private const string RouteKey = "ExampleRouteKey1";
    private const string RotatedRouteKey = "ExampleRouteKey2";

    // The examples' default region, then one the emulator also knows (emulator/Validation/KnownValues.cs).
    private const string Region = "US_ARIZONA_1";
    private const string OtherRegion = "EU_FRANKFURT_1";

    // The examples' defaults, which the emulator seeds: a shape for Llama 3.1 8B and a LoRA model built on it.
    private const string ShapeName = "accounts/fireworks/deploymentShapes/llama-v3p1-8b-instruct-minimal";
    private const string LoraModel = "accounts/emulator-account/models/chat-lora";

    private FireworksEmulator Emulator => fixture.Emulator;

    public static TheoryData<string> Producers() => ["yaml", "typescript", "csharp"];

    [Theory]
    [MemberData(nameof(Producers))]
    public async Task Example_FromUpToDestroy_ChangesTheEmulatorOnlyAsEachStepPromises(string folder)
    {
        await fixture.ResetAsync();
        using var backend = new LocalBackend();
        await using var test = await TestStack.CreateLocalAsync(backend, Example.Producer(folder),
            new Dictionary<string, ConfigValue>(TestStack.EmulatorConfig(Emulator))
            {
                ["routeKey"] = new ConfigValue(RouteKey, isSecret: true),
            });
        var stack = test.Stack;

        var created = await UpCreatesOneReadyDeploymentAsync(stack);
        await PreviewAndRefreshShowNoChangesAsync(stack);
        await RotatingTheRouteKeyUpdatesInPlaceAsync(stack, created);
        await ChangingTheRegionReplacesAsync(stack, created);
        await DestroyLeavesNoDeploymentAsync(stack);
    }

    private async Task<EmulatedDeployment> UpCreatesOneReadyDeploymentAsync(WorkspaceStack stack)
    {
        var up = await stack.UpAsync();

        Assert.Equal(UpdateState.Succeeded, up.Summary.Result);
        var deployment = AssertOneReadyDeploymentIn(Region, up);
        Assert.Contains(RouteKey, deployment.Json, StringComparison.Ordinal);

        // The route key and the API key are secret config: never in plain text in the state.
        var state = (await stack.ExportStackAsync()).Json.GetRawText();
        Assert.DoesNotContain(RouteKey, state, StringComparison.Ordinal);
        Assert.DoesNotContain(Emulator.ApiKey, state, StringComparison.Ordinal);
        return deployment;
    }

    private static async Task PreviewAndRefreshShowNoChangesAsync(WorkspaceStack stack)
    {
        // ExpectNoChanges makes the CLI itself fail on any change; the summaries say the same in data.
        var preview = await stack.PreviewAsync(new PreviewOptions { ExpectNoChanges = true });
        Assert.All(preview.ChangeSummary, change => Assert.Equal(OperationType.Same, change.Key));

        var refresh = await stack.RefreshAsync(new RefreshOptions { ExpectNoChanges = true });
        Assert.Equal(UpdateState.Succeeded, refresh.Summary.Result);

        var afterRefresh = await stack.PreviewAsync(new PreviewOptions { ExpectNoChanges = true });
        Assert.All(afterRefresh.ChangeSummary, change => Assert.Equal(OperationType.Same, change.Key));
    }

    private async Task RotatingTheRouteKeyUpdatesInPlaceAsync(WorkspaceStack stack, EmulatedDeployment created)
    {
        await stack.SetConfigAsync("routeKey", new ConfigValue(RotatedRouteKey, isSecret: true));

        var preview = await stack.PreviewAsync();
        Assert.Equal(1, preview.ChangeSummary.GetValueOrDefault(OperationType.Update));
        Assert.Equal(0, preview.ChangeSummary.GetValueOrDefault(OperationType.Replace));
        Assert.Equal(0, preview.ChangeSummary.GetValueOrDefault(OperationType.Create));

        var up = await stack.UpAsync();

        var rotated = AssertOneReadyDeploymentIn(Region, up);
        Assert.Equal(created.DeploymentId, rotated.DeploymentId);
        Assert.Contains(RotatedRouteKey, rotated.Json, StringComparison.Ordinal);
        Assert.DoesNotContain(RouteKey, rotated.Json, StringComparison.Ordinal);
    }

    private async Task ChangingTheRegionReplacesAsync(WorkspaceStack stack, EmulatedDeployment created)
    {
        await stack.SetConfigAsync("region", new ConfigValue(OtherRegion));

        // The deployment is replaced under a new name, so the addon that takes that name is replaced with it.
        var preview = await stack.PreviewAsync();
        Assert.Equal(2, preview.ChangeSummary.GetValueOrDefault(OperationType.Replace));
        Assert.Equal(0, preview.ChangeSummary.GetValueOrDefault(OperationType.Update));

        var up = await stack.UpAsync();

        var moved = AssertOneReadyDeploymentIn(OtherRegion, up);
        Assert.NotEqual(created.DeploymentId, moved.DeploymentId);
        Assert.Null(Emulator.FindDeployment(created.DeploymentId));
        Assert.Contains(RotatedRouteKey, moved.Json, StringComparison.Ordinal);

        // A replacement must not leave a perpetual diff behind.
        var again = await stack.PreviewAsync(new PreviewOptions { ExpectNoChanges = true });
        Assert.All(again.ChangeSummary, change => Assert.Equal(OperationType.Same, change.Key));
    }

    private async Task DestroyLeavesNoDeploymentAsync(WorkspaceStack stack)
    {
        var destroy = await stack.DestroyAsync();

        Assert.Equal(UpdateState.Succeeded, destroy.Summary.Result);
        // hardDelete defaults to true: the deployment is removed, not kept as a soft-deleted DELETED record.
        Assert.Empty(Emulator.GetDeployments());
    }

    /// <summary>
    /// Exactly one deployment, READY, in the region, whose name and handle match the stack outputs:
    /// <c>accounts/&lt;account&gt;/deployments/chat-…</c> and <c>&lt;account&gt;-&lt;id&gt;.&lt;region, lower case, _ as -&gt;.direct.fireworks.ai</c>.
    /// </summary>
    private EmulatedDeployment AssertOneReadyDeploymentIn(string region, UpResult up)
    {
        var deployment = Assert.Single(Emulator.GetDeployments());
        Assert.Equal("READY", deployment.State);
        Assert.StartsWith("chat", deployment.DeploymentId, StringComparison.Ordinal);
        Assert.Equal($"accounts/{Emulator.AccountId}/deployments/{deployment.DeploymentId}", deployment.Name);

        var handle = $"{Emulator.AccountId}-{deployment.DeploymentId}.{region.ToLowerInvariant().Replace('_', '-')}.direct.fireworks.ai";
        Assert.Equal(handle, deployment.DirectRouteHandle);
        Assert.Equal(handle, up.Outputs["directRouteHandle"].Value);
        Assert.Equal(deployment.Name, up.Outputs["deploymentName"].Value);
        Assert.Equal("READY", up.Outputs["state"].Value);

        // The hardware comes from the shape's latest validated version, the addon sits on this deployment.
        Assert.Contains(ShapeName + "/versions/", deployment.Json, StringComparison.Ordinal);
        Assert.Equal("accounts/fireworks/models/llama-v3p1-8b-instruct", deployment.BaseModel);
        Assert.Equal($"{LoraModel}#{deployment.Name}", up.Outputs["inferenceModel"].Value);
        return deployment;
    }
}
