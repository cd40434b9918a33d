using Pulumi.Automation;
using Pulumi.Fireworks.AutomationTests.Support;

namespace Pulumi.Fireworks.AutomationTests.Deployment;

/// <summary>
/// The README's quick-start program as an inline program, with the C# SDK from source (no package to pack): what a
/// user sees right after <c>pulumi up</c>. The full lifecycle runs against every example in
/// <see cref="Examples.ExampleLifecycleTests"/>.
/// </summary>
public sealed class DeploymentStackTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>, IAsyncLifetime
{
    private const string RouteKey = "AutomationRouteKey1";

    private readonly LocalBackend backend = new();
    private TestStack? stack;

    private WorkspaceStack Stack => stack?.Stack ?? throw new InvalidOperationException("The stack has not been created.");

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        stack = await TestStack.CreateInlineAsync(backend, ChatProgram.Project, ChatProgram.Create(),
            new Dictionary<string, ConfigValue>(TestStack.EmulatorConfig(fixture.Emulator))
            {
                ["routeKey"] = new ConfigValue(RouteKey, isSecret: true),
            });
    }

    public async Task DisposeAsync()
    {
        if (stack is not null)
        {
            await stack.DisposeAsync();
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
}
