using Pulumi.Automation;
using Pulumi.Fireworks.AutomationTests.Support;

namespace Pulumi.Fireworks.AutomationTests.Examples;

/// <summary>
/// examples/consumer and examples/consumer-csharp read the outputs of examples/yaml through a StackReference on the
/// same file backend (<c>organization/&lt;project&gt;/&lt;stack&gt;</c>), and the URL they build reaches the deployment
/// with the route key.
/// </summary>
public sealed class ConsumerExampleTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private const string RouteKey = "ConsumerRouteKey1";

    [Theory]
    [InlineData("consumer")]
    [InlineData("consumer-csharp")]
    public async Task Consumer_BuildsTheRouteUrlFromTheProducersHandle_AndTheRouteAnswersWithTheKey(string folder)
    {
        await fixture.ResetAsync();
        using var backend = new LocalBackend();
        await using var producer = await TestStack.CreateLocalAsync(backend, Example.Yaml,
            new Dictionary<string, ConfigValue>(TestStack.EmulatorConfig(fixture.Emulator))
            {
                ["routeKey"] = new ConfigValue(RouteKey, isSecret: true),
            });
        var produced = await producer.Stack.UpAsync();
        var handle = Assert.IsType<string>(produced.Outputs["directRouteHandle"].Value);
        var deployment = Assert.Single(fixture.Emulator.GetDeployments());

        // Declared after the producer, so disposed (destroyed) first.
        await using var consumer = await TestStack.CreateLocalAsync(backend, Example.Consuming(folder), new Dictionary<string, ConfigValue>
        {
            ["producerStack"] = new ConfigValue(LocalBackend.QualifiedStackName(Example.Yaml.Project, TestStack.Name)),
        });
        var consumed = await consumer.Stack.UpAsync();

        Assert.Equal($"https://{handle}/v1", consumed.Outputs["baseUrl"].Value);
        var chatCompletionsUrl = new Uri(Assert.IsType<string>(consumed.Outputs["chatCompletionsUrl"].Value));
        Assert.Equal(handle, chatCompletionsUrl.Host);
        Assert.False(consumed.Outputs["baseUrl"].IsSecret);
        Assert.Equal(produced.Outputs["inferenceModel"].Value, consumed.Outputs["inferenceModel"].Value);

        var (status, body) = await DirectRoute.ChatAsync(fixture.Emulator, chatCompletionsUrl, RouteKey);
        Assert.Equal(200, status);
        Assert.Contains(deployment.DeploymentId, body, StringComparison.Ordinal);

        // The key is what opens the route: the control-plane API key does not.
        var (rejected, _) = await DirectRoute.ChatAsync(fixture.Emulator, chatCompletionsUrl, fixture.Emulator.ApiKey);
        Assert.Equal(401, rejected);

        // Reading another stack creates nothing.
        Assert.Single(fixture.Emulator.GetDeployments());
    }
}
