using Pulumi.Automation;
using Pulumi.Fireworks.AutomationTests.Support;

namespace Pulumi.Fireworks.AutomationTests.Deployment;

/// <summary>examples/consumer: a second stack reads the producer's directRouteHandle through a StackReference.</summary>
public sealed class StackReferenceConsumerTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>, IAsyncLifetime
{
    private readonly LocalBackend backend = new();
    private WorkspaceStack? producer;
    private WorkspaceStack? consumer;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        producer = await EmulatorStacks.CreateAsync(backend, ChatProgram.Project, "dev", ChatProgram.Create(), fixture.Emulator,
            new Dictionary<string, ConfigValue> { ["routeKey"] = new ConfigValue("ConsumerRouteKey1", isSecret: true) });
        consumer = await EmulatorStacks.CreateAsync(backend, ConsumerProgram.Project, "dev", ConsumerProgram.Create(), fixture.Emulator,
            new Dictionary<string, ConfigValue>
            {
                ["producerStack"] = new ConfigValue(LocalBackend.QualifiedStackName(ChatProgram.Project, "dev")),
            });
    }

    public async Task DisposeAsync()
    {
        if (consumer is not null)
        {
            await EmulatorStacks.CleanUpAsync(consumer);
        }

        if (producer is not null)
        {
            await EmulatorStacks.CleanUpAsync(producer);
        }

        backend.Dispose();
    }

    [Fact]
    public async Task Consumer_ReadsTheProducersDirectRouteHandleAndBuildsTheClientBaseUrl()
    {
        var produced = await producer!.UpAsync();
        var handle = Assert.IsType<string>(produced.Outputs["directRouteHandle"].Value);

        var consumed = await consumer!.UpAsync();

        Assert.Equal(handle, consumed.Outputs["handle"].Value);
        Assert.Equal($"https://{handle}/v1", consumed.Outputs["baseUrl"].Value);
        Assert.False(consumed.Outputs["handle"].IsSecret);
        Assert.Single(fixture.Emulator.GetDeployments());
    }
}
