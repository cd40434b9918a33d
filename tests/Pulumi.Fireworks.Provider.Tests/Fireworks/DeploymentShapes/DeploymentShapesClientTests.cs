using System.Net;
using Microsoft.Extensions.Time.Testing;
using Pulumi.Fireworks.Provider.Fireworks.DeploymentShapes;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.Tests.Support;

namespace Pulumi.Fireworks.Provider.Tests.Fireworks.DeploymentShapes;

public sealed class DeploymentShapesClientTests
{
    private const string Shape = "accounts/fireworks/deploymentShapes/llama-minimal";

    private readonly FakeTimeProvider time = new();
    private readonly StubHttpHandler handler = new();

    private static string Page(string token, params string[] versions) =>
        $$"""{"deploymentShapeVersions":[{{string.Join(',', versions)}}],"nextPageToken":"{{token}}","totalSize":3}""";

    private static string Version(string id) =>
        $$$"""{"name":"{{{Shape}}}/versions/{{{id}}}","createTime":"2026-01-01T00:00:00Z","latestValidated":true,"snapshot":{"acceleratorType":"NVIDIA_H100_80GB"}}""";

    private async Task<List<DeploymentShapeVersion>> ListAsync(ShapeName shape, ListDeploymentShapeVersionsOptions? options = null)
    {
        using var client = FireworksTestClient.Create(handler, time);
        return await time.RunAsync(async () =>
        {
            var versions = new List<DeploymentShapeVersion>();
            await foreach (var version in client.DeploymentShapes.ListVersionsAsync(shape, options))
            {
                versions.Add(version);
            }

            return versions;
        });
    }

    [Fact]
    public async Task ListVersions_FollowsEveryPageWithTheSameParameters()
    {
        handler.Reply(HttpStatusCode.OK, Page("p2", Version("a"), Version("b")))
            .Reply(HttpStatusCode.OK, Page("p3", Version("c")))
            .Reply(HttpStatusCode.OK, Page(""));

        var versions = await ListAsync(ShapeName.Parse(Shape), new() { Filter = "latest_validated=true", PageSize = 2 });

        Assert.Equal(["a", "b", "c"], versions.Select(v => v.Name![(v.Name!.LastIndexOf('/') + 1)..]));
        Assert.Equal([null, "p2", "p3"], handler.Requests.Select(r => r.Query("pageToken")));
        Assert.All(handler.Requests, r => Assert.Equal("latest_validated=true", r.Query("filter")));
        Assert.All(handler.Requests, r => Assert.Equal("2", r.Query("pageSize")));
    }

    [Fact]
    public async Task ListVersions_CallsTheShapesOwnAccountNotTheConfiguredOne()
    {
        handler.Reply(HttpStatusCode.OK, Page(""));

        await ListAsync(ShapeName.Parse(Shape));

        Assert.Equal("/v1/accounts/fireworks/deploymentShapes/llama-minimal/versions", Assert.Single(handler.Requests).Path);
    }

    [Fact]
    public async Task ListVersions_Everywhere_UsesTheWildcards()
    {
        handler.Reply(HttpStatusCode.OK, Page(""));

        await ListAsync(ShapeName.Everywhere, new() { Filter = "snapshot.base_model=\"accounts/fireworks/models/m\" AND latest_validated=true" });

        var request = Assert.Single(handler.Requests);
        Assert.Equal("/v1/accounts/-/deploymentShapes/-/versions", request.Path);
        Assert.Equal("snapshot.base_model=\"accounts/fireworks/models/m\" AND latest_validated=true", request.Query("filter"));
    }

    [Fact]
    public async Task ListVersions_RepeatedPageToken_FailsInsteadOfLoopingForever()
    {
        handler.Fallback = _ => StubHttpHandler.Response(HttpStatusCode.OK, Page("same"));

        await Assert.ThrowsAsync<FireworksException>(() => ListAsync(ShapeName.Parse(Shape)));

        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task ListVersions_ShapeFireworksDoesNotKnow_ThrowsNotFound()
    {
        handler.Reply(HttpStatusCode.NotFound, """{"code":5,"message":"deployment shape not found"}""");

        var error = await Assert.ThrowsAsync<FireworksException>(() => ListAsync(ShapeName.Parse(Shape)));

        Assert.Equal(404, error.Status);
        Assert.Contains(Shape, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListVersions_ReadsTolerantly_Int64AsStringOrNumber_UnknownFieldsAndNewEnumValues()
    {
        handler.Reply(HttpStatusCode.OK, $$$"""
            {"deploymentShapeVersions":[
              {"name":"{{{Shape}}}/versions/a","latestValidated":true,"futureField":{"x":[1,"2"]},
               "snapshot":{"parameterCount":"8030261248","presetType":"FUTURE_PRESET","acceleratorType":"NVIDIA_FUTURE_GPU","futureInt":"9007199254740993"}},
              {"name":"{{{Shape}}}/versions/b","snapshot":{"parameterCount":70553706496}}
            ],"nextPageToken":""}
            """);

        var versions = await ListAsync(ShapeName.Parse(Shape));

        Assert.Equal(8_030_261_248, versions[0].Snapshot!.ParameterCount);
        Assert.Equal("FUTURE_PRESET", versions[0].Snapshot!.PresetType);
        Assert.Equal("NVIDIA_FUTURE_GPU", versions[0].Snapshot!.AcceleratorType);
        Assert.Equal(70_553_706_496, versions[1].Snapshot!.ParameterCount);
        Assert.Null(versions[1].LatestValidated);
    }
}
