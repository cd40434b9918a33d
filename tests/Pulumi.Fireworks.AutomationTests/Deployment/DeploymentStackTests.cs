using Pulumi.Automation;
using Pulumi.Fireworks.AutomationTests.Support;

namespace Pulumi.Fireworks.AutomationTests.Deployment;

/// <summary>
/// The README's program through the real Pulumi CLI (LocalWorkspace, file backend) and the published plugin,
/// against the in-process emulator: what a user sees from up, refresh, a key rotation and destroy.
/// </summary>
public sealed class DeploymentStackTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>, IAsyncLifetime
{
    private const string RouteKey = "AutomationRouteKey1";
    private const string RotatedRouteKey = "AutomationRouteKey2";

    private readonly LocalBackend backend = new();
    private WorkspaceStack? stack;

    private WorkspaceStack Stack => stack ?? throw new InvalidOperationException("The stack has not been created.");

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        stack = await EmulatorStacks.CreateAsync(backend, ChatProgram.Project, "dev", ChatProgram.Create(), fixture.Emulator,
            new Dictionary<string, ConfigValue> { ["routeKey"] = new ConfigValue(RouteKey, isSecret: true) });
    }

    public async Task DisposeAsync()
    {
        if (stack is not null)
        {
            await EmulatorStacks.CleanUpAsync(stack);
        }

        backend.Dispose();
    }

    [Fact]
    public async Task Up_CreatesOneReadyDeploymentWithAnInternetHandleForItsRegion()
    {
        var result = await Stack.UpAsync();

        var name = Assert.IsType<string>(result.Outputs["deploymentName"].Value);
        var id = name.Split('/')[^1];
        Assert.Equal($"accounts/{fixture.Emulator.AccountId}/deployments/{id}", name);
        Assert.StartsWith("chat", id, StringComparison.Ordinal);
        Assert.Equal($"{fixture.Emulator.AccountId}-{id}.us-arizona-1.direct.fireworks.ai", result.Outputs["directRouteHandle"].Value);
        Assert.Equal("READY", result.Outputs["state"].Value);
        var emulated = Assert.Single(fixture.Emulator.GetDeployments());
        Assert.Equal(id, emulated.DeploymentId);
        Assert.Equal("READY", emulated.State);
        Assert.Equal(ChatProgram.BaseModel, emulated.BaseModel);
    }

    [Fact]
    public async Task Up_KeepsTheRouteKeysAndTheApiKeySecretInOutputsAndState()
    {
        var result = await Stack.UpAsync();

        Assert.True(result.Outputs["directRouteApiKeys"].IsSecret);
        Assert.False(result.Outputs["directRouteHandle"].IsSecret);
        var exported = (await Stack.ExportStackAsync()).Json.GetRawText();
        Assert.DoesNotContain(RouteKey, exported, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.Emulator.ApiKey, exported, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefreshAndPreview_RightAfterUp_ReportNoChanges()
    {
        await Stack.UpAsync();

        var refresh = await Stack.RefreshAsync(new RefreshOptions { ExpectNoChanges = true });
        var preview = await Stack.PreviewAsync(new PreviewOptions { ExpectNoChanges = true });

        Assert.Equal(UpdateState.Succeeded, refresh.Summary.Result);
        Assert.All(preview.ChangeSummary, change => Assert.Equal(OperationType.Same, change.Key));
    }

    [Fact]
    public async Task KeyRotation_IsPreviewedAsAnUpdateAndAppliedInPlace()
    {
        await Stack.UpAsync();
        var before = Assert.Single(fixture.Emulator.GetDeployments());

        await Stack.SetConfigAsync("routeKey", new ConfigValue(RotatedRouteKey, isSecret: true));
        var preview = await Stack.PreviewAsync();
        await Stack.UpAsync();

        Assert.Equal(1, preview.ChangeSummary[OperationType.Update]);
        Assert.False(preview.ChangeSummary.ContainsKey(OperationType.Replace));
        var after = Assert.Single(fixture.Emulator.GetDeployments());
        Assert.Equal(before.DeploymentId, after.DeploymentId);
        Assert.Contains(RotatedRouteKey, after.Json, StringComparison.Ordinal);
        Assert.DoesNotContain(RouteKey, after.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Destroy_LeavesNothingInTheEmulator()
    {
        await Stack.UpAsync();

        var destroy = await Stack.DestroyAsync();

        Assert.Equal(UpdateState.Succeeded, destroy.Summary.Result);
        Assert.Empty(fixture.Emulator.GetDeployments());
    }
}
