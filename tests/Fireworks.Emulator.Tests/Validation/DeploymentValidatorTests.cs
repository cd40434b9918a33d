using Fireworks.Emulator.Tests.Support;

namespace Fireworks.Emulator.Tests.Validation;

public sealed class DeploymentValidatorTests
{
    [Theory]
    [InlineData("""{"acceleratorType":"NVIDIA_H100_80GB"}""", "baseModel is required")]
    [InlineData("""{"baseModel":"llama","acceleratorType":"NVIDIA_H100_80GB"}""", "accounts/<account>/models/<model>")]
    [InlineData("""{"baseModel":"accounts/f/models/m"}""", "acceleratorType is required")]
    [InlineData("""{"baseModel":"accounts/f/models/m","acceleratorType":"ACCELERATOR_TYPE_UNSPECIFIED"}""", "ACCELERATOR_TYPE_UNSPECIFIED")]
    [InlineData("""{"baseModel":"accounts/f/models/m","acceleratorType":"NVIDIA_TOASTER"}""", "invalid value for enum field acceleratorType")]
    [InlineData("""{"baseModel":"accounts/f/models/m","acceleratorType":"NVIDIA_H100_80GB","deploymentShape":"accounts/fireworks/deploymentShapes/s"}""", "must not be set when deploymentShape")]
    [InlineData("""{"baseModel":"accounts/f/models/m","acceleratorType":"NVIDIA_H100_80GB","autoscalingPolicy":{"scaleUpWindow":"5m"}}""", "Duration")]
    [InlineData("""{"baseModel":"accounts/f/models/m","acceleratorType":"NVIDIA_H100_80GB","autoscalingPolicy":{"scaleToZeroWindow":"60s"}}""", "out of range")]
    [InlineData("""{"baseModel":"accounts/f/models/m","acceleratorType":"NVIDIA_H100_80GB","minReplicaCount":3,"maxReplicaCount":2}""", "at least minReplicaCount")]
    [InlineData("""{"baseModel":"accounts/f/models/m","acceleratorType":"NVIDIA_H100_80GB","placement":{"region":"US_IOWA_1","multiRegion":"US"}}""", "exactly one")]
    [InlineData("""{"baseModel":"accounts/f/models/m","acceleratorType":"NVIDIA_H100_80GB","directRouteType":"INTERNET","directRouteApiKeys":["k"],"placement":{"multiRegion":"US"}}""", "single region")]
    [InlineData("""{"baseModel":"accounts/f/models/m","acceleratorType":"NVIDIA_H100_80GB","directRouteType":"INTERNET","placement":{"region":"US_IOWA_1"}}""", "directRouteApiKeys")]
    [InlineData("""{"baseModel":"accounts/f/models/m","acceleratorType":"NVIDIA_H100_80GB","directRouteApiKeys":["not-alphanumeric!"]}""", "alphanumeric")]
    [InlineData("""{"baseModel":"accounts/f/models/m","acceleratorType":"NVIDIA_H100_80GB","autoscalingPolicy":{"loadTargets":{"gpu":1}}}""", "unknown load target")]
    [InlineData("""{"baseModel":"accounts/f/models/m","acceleratorType":"NVIDIA_H100_80GB","hotLoadBucketType":"GCS"}""", "invalid value for enum field hotLoadBucketType")]
    [InlineData("""{"baseModel":"accounts/f/models/m","acceleratorType":"NVIDIA_H100_80GB","expireTime":"tomorrow"}""", "expireTime")]
    [InlineData("""{"baseModel":"accounts/f/models/m","acceleratorType":"NVIDIA_H100_80GB","annotations":{"fireworks.ai/x":"y"}}""", "reserved prefix")]
    [InlineData("""{"baseModel":"accounts/f/models/m","acceleratorType":"NVIDIA_H100_80GB","numPeftDeviceCached":-1}""", "numPeftDeviceCached")]
    [InlineData("""{"baseModel":"accounts/f/models/m","acceleratorType":"NVIDIA_H100_80GB","autoscalingPolicy":{"scalingSchedules":{"s":{"schedule":"0 9 * * *","duration":"600s","timezone":"UTC"}}}}""", "minReplicaCount is required")]
    [InlineData("""{"baseModel":"accounts/f/models/m","acceleratorType":"NVIDIA_H100_80GB","placement":{"regions":["US_IOWA_1","US_NEVADA_1"]}}""", "US_NEVADA_1")]
    public async Task Create_InvalidBody_Is400InvalidArgument(string body, string message)
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.CreateAsync("dep", body);

        await EmulatorSession.AssertErrorAsync(response, 400, 3, message);
        Assert.Empty(session.Emulator.GetDeployments());
    }

    [Theory]
    [InlineData("Upper")]
    [InlineData("1starts-with-digit")]
    [InlineData("ends-with-hyphen-")]
    [InlineData("under_score")]
    [InlineData("a234567890123456789012345678901234567890123456789012345678901234")]
    public async Task Create_MalformedDeploymentId_Is400(string id)
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.CreateAsync(id);

        await EmulatorSession.AssertErrorAsync(response, 400, 3, "deploymentId");
    }

    [Theory]
    [InlineData("a")]
    [InlineData("chat-1")]
    [InlineData("a23456789012345678901234567890123456789012345678901234567890123")]
    public async Task Create_WellFormedDeploymentId_IsAccepted(string id)
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.CreateAsync(id);

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task Create_ProtoDurations_AreEchoedInSecondsForm()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.CreateAsync("dep", """{"baseModel":"accounts/f/models/m","acceleratorType":"NVIDIA_H100_80GB","autoscalingPolicy":{"scaleUpWindow":"1.5s","scaleToZeroWindow":"300.000s"}}""");
        var policy = (await EmulatorSession.ReadJsonAsync(response)).GetProperty("autoscalingPolicy");

        Assert.Equal("1.500s", policy.GetProperty("scaleUpWindow").GetString());
        Assert.Equal("300s", policy.GetProperty("scaleToZeroWindow").GetString());
    }
}
