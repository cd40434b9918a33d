using Pulumi.Fireworks.IntegrationTests.Support;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.Fireworks.Waiting;

namespace Pulumi.Fireworks.IntegrationTests.Fireworks;

/// <summary>The client against the emulator over loopback HTTP: create, read, list, update, delete, undelete.</summary>
public sealed class FireworksClientLifecycleTests : IAsyncLifetime
{
    private EmulatorSession session = null!;

    public async Task InitializeAsync() => session = await EmulatorSession.StartAsync();

    public async Task DisposeAsync() => await session.DisposeAsync();

    [Fact]
    public async Task Create_ThenWaitForReady_GivesTheDirectRouteHandleInTheDocumentedFormat()
    {
        var client = session.Client;

        var created = await session.RunAsync(() => client.Deployments.CreateDeploymentAsync(EmulatorSession.DirectRouteSpec, new CreateDeploymentOptions { DeploymentId = "chat-1" }));
        var ready = await session.RunAsync(() => client.Deployments.WaitForDeploymentAsync(created.Name!, DeploymentWaitTarget.Ready, EmulatorSession.Waiting));

        Assert.Equal("accounts/emulator-account/deployments/chat-1", created.Name);
        Assert.Equal(DeploymentStates.Creating, created.State);
        Assert.True(string.IsNullOrEmpty(created.DirectRouteHandle), "no handle before READY");
        Assert.Equal(DeploymentStates.Ready, ready!.State);
        Assert.Equal("emulator-account-chat-1.us-arizona-1.direct.fireworks.ai", ready.DirectRouteHandle);
        Assert.Equal("US_ARIZONA_1", ready.Region);
        Assert.Equal([EmulatorSession.RouteKey], ready.DirectRouteApiKeys);
        Assert.Equal("READY", Assert.Single(session.Emulator.GetDeployments()).State);
    }

    [Fact]
    public async Task Get_ReturnsTheDeploymentAsTheServiceHoldsIt_AndNullForAMissingOne()
    {
        await session.CreateReadyAsync("chat-1");

        var byId = await session.RunAsync(() => session.Client.Deployments.GetDeploymentAsync("chat-1"));
        var byName = await session.RunAsync(() => session.Client.Deployments.GetDeploymentAsync("accounts/emulator-account/deployments/chat-1"));
        var missing = await session.RunAsync(() => session.Client.Deployments.GetDeploymentAsync("nobody-here"));

        Assert.Equal(EmulatorSession.Model, byId!.BaseModel);
        Assert.Equal(byId, byName);
        Assert.Equal(0, byId.MinReplicaCount);
        Assert.Equal("30s", byId.AutoscalingPolicy!.ScaleUpWindow);
        Assert.Null(missing);
    }

    [Fact]
    public async Task List_WithASmallPageSize_FollowsEveryPageToken()
    {
        foreach (var id in new[] { "d-1", "d-2", "d-3", "d-4", "d-5" })
        {
            await session.RunAsync(() => session.Client.Deployments.CreateDeploymentAsync(EmulatorSession.MinimalSpec, new CreateDeploymentOptions { DeploymentId = id }));
        }

        session.Emulator.ClearRequestLog();
        var listed = await session.RunAsync(() => session.Client.Deployments.ListDeploymentsAsync(new ListDeploymentsOptions { PageSize = 2 }).ToListAsync().AsTask());

        Assert.Equal(["d-1", "d-2", "d-3", "d-4", "d-5"], listed.Select(d => d.Name!.Split('/')[^1]).Order());
        Assert.Equal(3, session.Requests().Count(r => r.StartsWith("GET /v1/accounts/emulator-account/deployments?pageSize=2", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Update_OfARollingField_SendsAMaskAndGoesThroughUpdatingBackToReady()
    {
        await session.CreateReadyAsync("chat-1");
        session.Emulator.ClearRequestLog();

        var updating = await session.RunAsync(() => session.Client.Deployments.UpdateDeploymentAsync("chat-1", new DeploymentSpec { AcceleratorCount = 2 }));
        var ready = await session.RunAsync(() => session.Client.Deployments.WaitForDeploymentAsync("chat-1", DeploymentWaitTarget.Ready, EmulatorSession.Waiting));

        Assert.Equal(DeploymentStates.Updating, updating.State);
        Assert.Equal(DeploymentStates.Ready, ready!.State);
        Assert.Equal(2, ready.AcceleratorCount);
        Assert.Equal("PATCH /v1/accounts/emulator-account/deployments/chat-1?updateMask=accelerator_count 200", session.Requests()[0]);
    }

    [Fact]
    public async Task Update_OfMetadataAndKeys_AppliesAtOnceAndTouchesNothingElse()
    {
        await session.CreateReadyAsync("chat-1", EmulatorSession.DirectRouteSpec);

        var updated = await session.RunAsync(() => session.Client.Deployments.UpdateDeploymentAsync("chat-1", new DeploymentSpec { DisplayName = "renamed", DirectRouteApiKeys = ["rotatedKey42"] }));

        Assert.Equal(DeploymentStates.Ready, updated.State);
        Assert.Equal("renamed", updated.DisplayName);
        Assert.Equal(["rotatedKey42"], updated.DirectRouteApiKeys);
        Assert.Equal(1, updated.MaxReplicaCount);
        Assert.Equal("emulator-account-chat-1.us-arizona-1.direct.fireworks.ai", updated.DirectRouteHandle);
    }

    [Fact]
    public async Task SoftDelete_LeavesADeletedDeploymentThatIsReadableHiddenFromListAndBlocksItsId()
    {
        await session.CreateReadyAsync("chat-1");

        var deleted = await session.RunAsync(() => session.Client.Deployments.DeleteDeploymentAsync("chat-1"));
        var gone = await session.RunAsync(() => session.Client.Deployments.WaitForDeploymentAsync("chat-1", DeploymentWaitTarget.Gone, EmulatorSession.Waiting));
        var read = await session.RunAsync(() => session.Client.Deployments.GetDeploymentAsync("chat-1"));
        var listed = await session.RunAsync(() => session.Client.Deployments.ListDeploymentsAsync().ToListAsync().AsTask());
        var listedWithDeleted = await session.RunAsync(() => session.Client.Deployments.ListDeploymentsAsync(new ListDeploymentsOptions { ShowDeleted = true }).ToListAsync().AsTask());
        var reuse = await Assert.ThrowsAsync<FireworksException>(() => session.RunAsync(() => session.Client.Deployments.CreateDeploymentAsync(EmulatorSession.MinimalSpec, new CreateDeploymentOptions { DeploymentId = "chat-1" })));

        Assert.True(deleted);
        Assert.Null(gone);
        Assert.Equal(DeploymentStates.Deleted, read!.State);
        Assert.NotNull(read.DeleteTime);
        Assert.Empty(listed);
        Assert.Equal("accounts/emulator-account/deployments/chat-1", Assert.Single(listedWithDeleted).Name);
        Assert.Equal(409, reuse.Status);
        Assert.Equal(6, reuse.GrpcCode);
        Assert.Single(session.Emulator.GetDeployments());
    }

    [Fact]
    public async Task HardDelete_RemovesTheDeployment_AndASecondDeleteIsANoOp()
    {
        await session.CreateReadyAsync("chat-1");

        var deleted = await session.RunAsync(() => session.Client.Deployments.DeleteDeploymentAsync("chat-1", new DeleteDeploymentOptions { Hard = true }));
        await session.RunAsync(() => session.Client.Deployments.WaitForDeploymentAsync("chat-1", DeploymentWaitTarget.Gone, EmulatorSession.Waiting));
        var read = await session.RunAsync(() => session.Client.Deployments.GetDeploymentAsync("chat-1"));
        var again = await session.RunAsync(() => session.Client.Deployments.DeleteDeploymentAsync("chat-1", new DeleteDeploymentOptions { Hard = true }));

        Assert.True(deleted);
        Assert.Null(read);
        Assert.False(again);
        Assert.Empty(session.Emulator.GetDeployments());
        Assert.Contains("DELETE /v1/accounts/emulator-account/deployments/chat-1?hard=true 200", session.Requests());
        Assert.Contains("GET /v1/accounts/emulator-account/deployments/chat-1 404", session.Requests());
    }

    [Fact]
    public async Task Undelete_OfASoftDeletedDeployment_BringsItBackToReady()
    {
        await session.CreateReadyAsync("chat-1");
        await session.RunAsync(async () =>
        {
            await session.Client.Deployments.DeleteDeploymentAsync("chat-1");
            await session.Client.Deployments.WaitForDeploymentAsync("chat-1", DeploymentWaitTarget.Gone, EmulatorSession.Waiting);
        });

        var restored = await session.RunAsync(() => session.Client.Deployments.UndeleteDeploymentAsync("chat-1"));
        var ready = await session.RunAsync(() => session.Client.Deployments.WaitForDeploymentAsync("chat-1", DeploymentWaitTarget.Ready, EmulatorSession.Waiting));

        Assert.Equal(DeploymentStates.Creating, restored.State);
        Assert.Equal(DeploymentStates.Ready, ready!.State);
        Assert.Equal("READY", Assert.Single(session.Emulator.GetDeployments()).State);
    }

    [Fact]
    public async Task WaitForReady_OfAMissingModel_ThrowsWithTheServiceStatus()
    {
        var spec = EmulatorSession.MinimalSpec with { BaseModel = "accounts/fireworks/models/does-not-exist" };

        var failure = await Assert.ThrowsAsync<DeploymentFailedException>(() => session.RunAsync(async () =>
        {
            var created = await session.Client.Deployments.CreateDeploymentAsync(spec, new CreateDeploymentOptions { DeploymentId = "broken" });
            return await session.Client.Deployments.WaitForDeploymentAsync(created.Name!, DeploymentWaitTarget.Ready, EmulatorSession.Waiting);
        }));

        Assert.Equal(DeploymentStates.Failed, failure.Deployment?.State);
        Assert.Equal("NOT_FOUND", failure.Deployment?.Status?.Code);
    }
}
