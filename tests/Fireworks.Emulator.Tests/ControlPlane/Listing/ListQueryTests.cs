using Fireworks.Emulator.Tests.Support;

namespace Fireworks.Emulator.Tests.ControlPlane.Listing;

public sealed class ListQueryTests
{
    private static string Escape(string text) => Uri.EscapeDataString(text);

    [Fact]
    public async Task ListDeployments_FilterByDisplayNameAndBaseModel_ReturnsOnlyMatches()
    {
        await using var session = await EmulatorSession.StartAsync();
        (await session.CreateAsync("a", """{"baseModel":"accounts/fireworks/models/m1","acceleratorType":"NVIDIA_H100_80GB","displayName":"chat"}""")).Dispose();
        (await session.CreateAsync("b", """{"baseModel":"accounts/fireworks/models/m2","acceleratorType":"NVIDIA_H100_80GB","displayName":"chat"}""")).Dispose();
        (await session.CreateAsync("c", """{"baseModel":"accounts/fireworks/models/m1","acceleratorType":"NVIDIA_H100_80GB","displayName":"other"}""")).Dispose();

        var page = await session.GetJsonAsync($"{session.Deployments}?filter={Escape("display_name=\"chat\" AND base_model=\"accounts/fireworks/models/m1\"")}");

        Assert.Equal(1, page.GetProperty("totalSize").GetInt32());
        Assert.Equal(session.DeploymentName("a"), page.GetProperty("deployments")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task ListDeployments_FilterByState_UnquotedEnum()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("ready");
        (await session.CreateAsync("creating")).Dispose();

        var page = await session.GetJsonAsync($"{session.Deployments}?filter={Escape("state=CREATING")}");

        Assert.Equal(session.DeploymentName("creating"), Assert.Single(page.GetProperty("deployments").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task ListDeployments_FilterOnAnnotations_Is400NamingTheField()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.Http.GetAsync($"{session.Deployments}?filter={Escape("annotations.team=\"ml\"")}");

        await EmulatorSession.AssertErrorAsync(response, 400, 3, "annotations.team");
    }

    [Fact]
    public async Task ListDeployments_PagesAcrossSeveralPagesWithTheSameFilter()
    {
        await using var session = await EmulatorSession.StartAsync();
        foreach (var id in new[] { "a1", "a2", "a3", "b1", "a4" })
        {
            (await session.CreateAsync(id, $$"""{"baseModel":"accounts/fireworks/models/m","acceleratorType":"NVIDIA_H100_80GB","displayName":"{{id[0]}}"}""")).Dispose();
            session.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var filter = Escape("display_name=\"a\"");
        var seen = new List<string>();
        string token = "";
        var pages = 0;
        do
        {
            var page = await session.GetJsonAsync($"{session.Deployments}?pageSize=3&filter={filter}&orderBy={Escape("create_time desc")}&pageToken={Escape(token)}");
            Assert.Equal(4, page.GetProperty("totalSize").GetInt32());
            seen.AddRange(page.GetProperty("deployments").EnumerateArray().Select(d => d.GetProperty("name").GetString()!.Split('/')[^1]));
            token = page.GetProperty("nextPageToken").GetString()!;
            pages++;
        }
        while (token.Length > 0);

        Assert.Equal(2, pages);
        Assert.Equal(["a4", "a3", "a2", "a1"], seen);
    }

    [Theory]
    [InlineData("&filter=state%3DREADY")]
    [InlineData("&orderBy=create_time%20desc")]
    [InlineData("&showDeleted=true")]
    public async Task ListDeployments_TokenPresentedWithOtherParameters_Is400(string otherParameters)
    {
        await using var session = await EmulatorSession.StartAsync();
        (await session.CreateAsync("a")).Dispose();
        (await session.CreateAsync("b")).Dispose();
        var token = (await session.GetJsonAsync($"{session.Deployments}?pageSize=1")).GetProperty("nextPageToken").GetString()!;

        using var response = await session.Http.GetAsync($"{session.Deployments}?pageSize=1&pageToken={Escape(token)}{otherParameters}");

        await EmulatorSession.AssertErrorAsync(response, 400, 3, "pageToken");
    }

    [Fact]
    public async Task ListDeployments_PageSizeAbove200_IsCoercedTo200()
    {
        await using var session = await EmulatorSession.StartAsync();
        for (var i = 0; i < 201; i++)
        {
            (await session.CreateAsync($"d{i}")).Dispose();
        }

        var page = await session.GetJsonAsync($"{session.Deployments}?pageSize=1000");

        Assert.Equal(200, page.GetProperty("deployments").GetArrayLength());
        Assert.Equal(201, page.GetProperty("totalSize").GetInt32());
        Assert.NotEqual("", page.GetProperty("nextPageToken").GetString());
    }

    [Fact]
    public async Task ListDeployments_ShowDeleted_IncludesSoftDeletedOnes()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("gone");
        (await session.Http.DeleteAsync($"{session.Deployments}/gone")).Dispose();
        session.Clock.Advance(EmulatorSession.DeleteDelay);

        var hidden = await session.GetJsonAsync(session.Deployments);
        var shown = await session.GetJsonAsync($"{session.Deployments}?showDeleted=true");

        Assert.Equal(0, hidden.GetProperty("totalSize").GetInt32());
        var deleted = Assert.Single(shown.GetProperty("deployments").EnumerateArray());
        Assert.Equal("DELETED", deleted.GetProperty("state").GetString());
        Assert.True(deleted.TryGetProperty("deleteTime", out _));
        Assert.True(deleted.TryGetProperty("purgeTime", out _));
    }

    [Fact]
    public async Task ListDeployments_UnsupportedOrderBy_Is400()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.Http.GetAsync($"{session.Deployments}?orderBy=replica_count");

        await EmulatorSession.AssertErrorAsync(response, 400, 3, "replica_count");
    }
}
