using Fireworks.Emulator.Tests.Support;

namespace Fireworks.Emulator.Tests.ControlPlane.Listing;

public sealed class ReadMaskTests
{
    [Theory]
    [InlineData("name,state")]
    [InlineData("name, state")]
    [InlineData("state,name,name")]
    public async Task GetDeployment_ReadMask_ReturnsOnlyThoseFields(string mask)
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("dep");

        var body = await session.GetJsonAsync($"{session.Deployments}/dep?readMask={Uri.EscapeDataString(mask)}");

        Assert.Equal(["name", "state"], body.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetDeployment_SnakeCaseAndNestedPaths_SelectTheirTopLevelField()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("dep");

        var body = await session.GetJsonAsync($"{session.Deployments}/dep?readMask=base_model,autoscaling_policy.scale_up_window");

        Assert.Equal(["autoscalingPolicy", "baseModel"], body.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("*")]
    [InlineData("")]
    public async Task GetDeployment_StarOrEmpty_ReturnsEveryField(string mask)
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("dep");

        var body = await session.GetJsonAsync($"{session.Deployments}/dep?readMask={Uri.EscapeDataString(mask)}");

        Assert.True(body.TryGetProperty("replicaStats", out _));
        Assert.True(body.TryGetProperty("autoscalingPolicy", out _));
    }

    [Fact]
    public async Task ListDeployments_ReadMask_AppliesToEachDeploymentButNotToThePage()
    {
        await using var session = await EmulatorSession.StartAsync();
        (await session.CreateAsync("a")).Dispose();

        var page = await session.GetJsonAsync($"{session.Deployments}?readMask=name");

        Assert.Equal(1, page.GetProperty("totalSize").GetInt32());
        Assert.Equal(["name"], page.GetProperty("deployments")[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task GetDeployment_UnknownField_Is400NamingIt()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("dep");

        using var response = await session.Http.GetAsync($"{session.Deployments}/dep?readMask=name,colour");

        await EmulatorSession.AssertErrorAsync(response, 400, 3, "colour");
    }
}
