using Fireworks.Emulator;
using Pulumi.Fireworks.IntegrationTests.Support;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks.Errors;

namespace Pulumi.Fireworks.IntegrationTests.Fireworks;

/// <summary>How the client surfaces the emulator's error answers: auth, strict bodies, conflicts.</summary>
public sealed class FireworksClientErrorTests : IAsyncLifetime
{
    private EmulatorSession session = null!;

    public async Task InitializeAsync() => session = await EmulatorSession.StartAsync();

    public async Task DisposeAsync() => await session.DisposeAsync();

    [Fact]
    public async Task WrongApiKey_IsA401Unauthenticated_NotRetried_AndTheKeyIsNotInTheMessage()
    {
        const string wrongKey = "fw-wrong-key-0123456789";
        var client = session.CreateClient(apiKey: wrongKey);

        var error = await Assert.ThrowsAsync<FireworksException>(() => session.RunAsync(() => client.Deployments.GetDeploymentAsync("chat-1")));

        Assert.Equal(401, error.Status);
        Assert.Equal(16, error.GrpcCode);
        Assert.DoesNotContain(wrongKey, error.Message, StringComparison.Ordinal);
        Assert.Single(session.Requests());
    }

    [Fact]
    public async Task AnotherAccount_IsA403PermissionDenied()
    {
        var client = session.CreateClient(accountId: "someone-else");

        var error = await Assert.ThrowsAsync<FireworksException>(() => session.RunAsync(() => client.Deployments.CreateDeploymentAsync(EmulatorSession.MinimalSpec, new CreateDeploymentOptions { DeploymentId = "chat-1" })));

        Assert.Equal(403, error.Status);
        Assert.Equal(7, error.GrpcCode);
        Assert.Contains("accounts/someone-else/deployments/chat-1", error.Message, StringComparison.Ordinal);
        Assert.Empty(session.Emulator.GetDeployments());
    }

    [Fact]
    public async Task UnknownBodyField_IsRejectedStrictly_AndSurfacedAsInvalidArgumentCode3()
    {
        using var handler = new EmulatorUnknownFieldHandler("futureField");
        var client = session.CreateClient(transport: handler);

        var error = await Assert.ThrowsAsync<FireworksException>(() => session.RunAsync(() => client.Deployments.CreateDeploymentAsync(EmulatorSession.MinimalSpec, new CreateDeploymentOptions { DeploymentId = "chat-1" })));

        Assert.Equal(400, error.Status);
        Assert.Equal(3, error.GrpcCode);
        Assert.Contains("unknown field \"futureField\"", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.RequestId);
        Assert.Empty(session.Emulator.GetDeployments());
    }

    [Fact]
    public async Task UnknownEnumValue_PassesTheClient_AndTheServiceRejectionIsCode3()
    {
        var spec = EmulatorSession.MinimalSpec with { AcceleratorType = "NVIDIA_IMAGINARY_1TB" };

        var error = await Assert.ThrowsAsync<FireworksException>(() => session.RunAsync(() => session.Client.Deployments.CreateDeploymentAsync(spec, new CreateDeploymentOptions { DeploymentId = "chat-1" })));

        Assert.Equal(400, error.Status);
        Assert.Equal(3, error.GrpcCode);
        Assert.Empty(session.Emulator.GetDeployments());
    }

    [Fact]
    public async Task ErrorMessages_NeverContainTheDirectRouteKeysSent()
    {
        // Changing the region of a live deployment is refused; the refused body carried the keys.
        await session.CreateReadyAsync("chat-1", EmulatorSession.DirectRouteSpec);
        var change = new DeploymentSpec { Placement = new Placement { Region = "EU_FRANKFURT_1" }, DirectRouteApiKeys = ["secretRotation77"] };

        var error = await Assert.ThrowsAsync<FireworksException>(() => session.RunAsync(() => session.Client.Deployments.UpdateDeploymentAsync("chat-1", change)));

        Assert.Equal(400, error.Status);
        Assert.Equal(9, error.GrpcCode);
        Assert.DoesNotContain("secretRotation77", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(EmulatorSession.RouteKey, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateConflict_OnTheFirstAttempt_IsSomeoneElsesDeployment_AndIsNotAdopted()
    {
        await session.CreateReadyAsync("chat-1");

        var error = await Assert.ThrowsAsync<FireworksException>(() => session.RunAsync(() => session.Client.Deployments.CreateDeploymentAsync(EmulatorSession.MinimalSpec, new CreateDeploymentOptions { DeploymentId = "chat-1" })));

        Assert.True(error.IsConflict);
        Assert.Equal(6, error.GrpcCode);
        Assert.Single(session.Emulator.GetDeployments());
    }

    [Fact]
    public async Task CreateCommittedButResponseLost_IsAdoptedOnTheRetriedConflict_LeavingExactlyOneDeployment()
    {
        session.Emulator.AddFault(new FaultRule { CommitThenDrop = "create", Count = 1 });

        var created = await session.RunAsync(() => session.Client.Deployments.CreateDeploymentAsync(EmulatorSession.DirectRouteSpec, new CreateDeploymentOptions { DeploymentId = "chat-1" }));

        Assert.Equal("accounts/emulator-account/deployments/chat-1", created.Name);
        Assert.Equal(EmulatorSession.Model, created.BaseModel);
        Assert.Equal("chat-1", Assert.Single(session.Emulator.GetDeployments()).DeploymentId);
        Assert.Equal(
            [
                "POST /v1/accounts/emulator-account/deployments?deploymentId=chat-1 0",
                "POST /v1/accounts/emulator-account/deployments?deploymentId=chat-1 409",
                "GET /v1/accounts/emulator-account/deployments/chat-1 200",
            ],
            session.Requests());
    }

    [Fact]
    public async Task CreateResponseLost_ButTheExistingDeploymentDiffers_IsAConflictNotAnAdoption()
    {
        // Someone else's deployment with this id appears between our lost attempt and its retry.
        await session.CreateReadyAsync("chat-1", EmulatorSession.MinimalSpec with { DisplayName = "theirs" });
        session.Emulator.AddFault(new FaultRule { DropConnection = true, Count = 1, Method = "POST" });

        var error = await Assert.ThrowsAsync<FireworksException>(() => session.RunAsync(() => session.Client.Deployments.CreateDeploymentAsync(EmulatorSession.MinimalSpec with { DisplayName = "ours" }, new CreateDeploymentOptions { DeploymentId = "chat-1" })));

        Assert.True(error.IsConflict);
        Assert.Contains("not the one requested", error.Message, StringComparison.Ordinal);
        Assert.Equal("theirs", Assert.Single(session.Emulator.GetDeployments()).Json.Split("\"displayName\":\"")[1].Split('"')[0]);
    }
}
