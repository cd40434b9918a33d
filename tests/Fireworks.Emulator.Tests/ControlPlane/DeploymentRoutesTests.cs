using System.Text.Json;
using Fireworks.Emulator.Tests.Support;

namespace Fireworks.Emulator.Tests.ControlPlane;

public sealed class DeploymentRoutesTests
{
    [Fact]
    public async Task Create_ReturnsCreatingDeploymentWithServerDefaults()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.CreateAsync("chat-1");
        var body = await EmulatorSession.ReadJsonAsync(response);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("accounts/emulator-account/deployments/chat-1", body.GetProperty("name").GetString());
        Assert.Equal("CREATING", body.GetProperty("state").GetString());
        Assert.Equal("OK", body.GetProperty("status").GetProperty("code").GetString());
        Assert.Equal(0, body.GetProperty("replicaCount").GetInt32());
        Assert.Equal(0, body.GetProperty("minReplicaCount").GetInt32());
        Assert.Equal(1, body.GetProperty("maxReplicaCount").GetInt32());
        var policy = body.GetProperty("autoscalingPolicy");
        Assert.Equal("30s", policy.GetProperty("scaleUpWindow").GetString());
        Assert.Equal("600s", policy.GetProperty("scaleDownWindow").GetString());
        Assert.Equal("3600s", policy.GetProperty("scaleToZeroWindow").GetString());
        Assert.Equal("GLOBAL", body.GetProperty("placement").GetProperty("multiRegion").GetString());
        Assert.Equal("2026-07-21T12:00:00Z", body.GetProperty("createTime").GetString());
        Assert.False(body.TryGetProperty("directRouteHandle", out _));
    }

    [Fact]
    public async Task Create_WithoutDeploymentId_GeneratesAnEightCharacterId()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.Http.PostAsync(session.Deployments, EmulatorSession.Json(EmulatorSession.MinimalBody));
        var name = (await EmulatorSession.ReadJsonAsync(response)).GetProperty("name").GetString()!;

        Assert.Matches("^accounts/emulator-account/deployments/[a-z][a-z0-9]{7}$", name);
    }

    [Fact]
    public async Task Create_ShapeWithoutVersion_IsRewrittenToVersionedShapeAndResolvesAccelerator()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.CreateAsync("shaped", """{"baseModel":"accounts/fireworks/models/gpt-oss-120b","deploymentShape":"accounts/fireworks/deploymentShapes/gpt-oss-120b-minimal"}""");
        var body = await EmulatorSession.ReadJsonAsync(response);

        Assert.Equal("accounts/fireworks/deploymentShapes/gpt-oss-120b-minimal/versions/gpto1201", body.GetProperty("deploymentShape").GetString());
        Assert.Equal("NVIDIA_H100_80GB", body.GetProperty("acceleratorType").GetString());
    }

    [Fact]
    public async Task Create_ExistingId_Is409AlreadyExists()
    {
        await using var session = await EmulatorSession.StartAsync();
        (await session.CreateAsync("dup")).Dispose();

        using var response = await session.CreateAsync("dup");

        await EmulatorSession.AssertErrorAsync(response, 409, 6, "already exists");
        Assert.Single(session.Emulator.GetDeployments());
    }

    [Fact]
    public async Task Create_ValidateOnly_ReturnsTheDeploymentAndStoresNothing()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.CreateAsync("preview", extraQuery: "&validateOnly=true");
        var body = await EmulatorSession.ReadJsonAsync(response);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("accounts/emulator-account/deployments/preview", body.GetProperty("name").GetString());
        Assert.Equal(1, body.GetProperty("acceleratorCount").GetInt32());
        Assert.Empty(session.Emulator.GetDeployments());
        using var get = await session.Http.GetAsync($"{session.Deployments}/preview");
        Assert.Equal(404, (int)get.StatusCode);
    }

    [Fact]
    public async Task Get_MissingDeployment_Is404NotFound()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.Http.GetAsync($"{session.Deployments}/nope");

        await EmulatorSession.AssertErrorAsync(response, 404, 5);
    }

    [Fact]
    public async Task List_PagesWithNextPageTokenInCreateOrder()
    {
        await using var session = await EmulatorSession.StartAsync();
        foreach (var id in new[] { "a1", "a2", "a3", "a4", "a5" })
        {
            (await session.CreateAsync(id)).Dispose();
            session.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            using var response = await session.Http.GetAsync($"{session.Deployments}?pageSize=2&pageToken={Uri.EscapeDataString(token ?? "")}");
            var body = await EmulatorSession.ReadJsonAsync(response);
            Assert.Equal(5, body.GetProperty("totalSize").GetInt32());
            seen.AddRange(body.GetProperty("deployments").EnumerateArray().Select(d => d.GetProperty("name").GetString()!.Split('/')[^1]));
            token = body.GetProperty("nextPageToken").GetString();
            pages++;
        }
        while (!string.IsNullOrEmpty(token));

        Assert.Equal(3, pages);
        Assert.Equal(["a1", "a2", "a3", "a4", "a5"], seen);
    }

    [Fact]
    public async Task List_OrderByCreateTimeDesc_ReturnsNewestFirst()
    {
        await using var session = await EmulatorSession.StartAsync();
        (await session.CreateAsync("old")).Dispose();
        session.Clock.Advance(TimeSpan.FromSeconds(1));
        (await session.CreateAsync("new")).Dispose();

        using var response = await session.Http.GetAsync($"{session.Deployments}?orderBy=create_time%20desc");
        var names = (await EmulatorSession.ReadJsonAsync(response)).GetProperty("deployments").EnumerateArray().Select(d => d.GetProperty("name").GetString()!).ToList();

        Assert.EndsWith("/new", names[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_InvalidPageToken_Is400()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.Http.GetAsync($"{session.Deployments}?pageToken=garbage");

        await EmulatorSession.AssertErrorAsync(response, 400, 3, "pageToken");
    }

    [Fact]
    public async Task Scale_ReadyDeployment_SetsReplicaCount()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("scaled");

        using var response = await session.Http.PatchAsync($"{session.Deployments}/scaled:scale", EmulatorSession.Json("""{"replicaCount":3}"""));

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(JsonValueKind.Object, (await EmulatorSession.ReadJsonAsync(response)).ValueKind);
        Assert.Equal(3, (await session.GetAsync("scaled")).GetProperty("replicaCount").GetInt32());
    }

    [Fact]
    public async Task UnknownPath_Is404WithStatusBody()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.Http.GetAsync("v1/accounts/emulator-account/models/x");

        await EmulatorSession.AssertErrorAsync(response, 404, 5);
    }
}
