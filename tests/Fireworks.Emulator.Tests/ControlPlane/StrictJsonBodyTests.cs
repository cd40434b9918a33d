using Fireworks.Emulator.Tests.Support;

namespace Fireworks.Emulator.Tests.ControlPlane;

public sealed class StrictJsonBodyTests
{
    [Fact]
    public async Task Create_UnknownTopLevelField_Is400WithGrpcGatewayBody()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.CreateAsync("dep", """{"baseModel":"accounts/fireworks/models/m","acceleratorType":"NVIDIA_H100_80GB","loadTargets":{"default":0.5}}""");

        var body = await EmulatorSession.ReadJsonAsync(response);
        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal(3, body.GetProperty("code").GetInt32());
        Assert.Matches("""^proto: \(line 1:\d+\): unknown field "loadTargets"$""", body.GetProperty("message").GetString());
        Assert.Equal(0, body.GetProperty("details").GetArrayLength());
        Assert.Empty(session.Emulator.GetDeployments());
    }

    [Fact]
    public async Task Create_UnknownNestedField_Is400()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.CreateAsync("dep", """{"baseModel":"accounts/fireworks/models/m","acceleratorType":"NVIDIA_H100_80GB","autoscalingPolicy":{"scaleUpWindowSeconds":30}}""");

        await EmulatorSession.AssertErrorAsync(response, 400, 3, "unknown field \"scaleUpWindowSeconds\"");
    }

    [Fact]
    public async Task Create_DeploymentIdInBody_IsRejectedAsUnknownField()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.Http.PostAsync(session.Deployments, EmulatorSession.Json("""{"deploymentId":"x","baseModel":"accounts/fireworks/models/m","acceleratorType":"NVIDIA_H100_80GB"}"""));

        await EmulatorSession.AssertErrorAsync(response, 400, 3, "unknown field \"deploymentId\"");
    }

    [Fact]
    public async Task Create_DuplicateField_Is400()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.CreateAsync("dep", """{"baseModel":"accounts/fireworks/models/m","baseModel":"accounts/fireworks/models/n","acceleratorType":"NVIDIA_H100_80GB"}""");

        await EmulatorSession.AssertErrorAsync(response, 400, 3, "duplicate field \"baseModel\"");
    }

    [Fact]
    public async Task Create_WrongValueType_Is400()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.CreateAsync("dep", """{"baseModel":"accounts/fireworks/models/m","acceleratorType":"NVIDIA_H100_80GB","minReplicaCount":"one"}""");

        await EmulatorSession.AssertErrorAsync(response, 400, 3, "minReplicaCount");
    }

    [Fact]
    public async Task Create_OutputOnlyField_Is400()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.CreateAsync("dep", """{"baseModel":"accounts/fireworks/models/m","acceleratorType":"NVIDIA_H100_80GB","state":"READY"}""");

        await EmulatorSession.AssertErrorAsync(response, 400, 3, "\"state\" is output only");
    }
}
