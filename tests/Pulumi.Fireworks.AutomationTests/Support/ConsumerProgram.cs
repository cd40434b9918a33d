using Pulumi.Automation;
using PulumiConfig = Pulumi.Config;

namespace Pulumi.Fireworks.AutomationTests.Support;

/// <summary>examples/consumer as an inline program: reads the producer's directRouteHandle through a StackReference.</summary>
internal static class ConsumerProgram
{
    public const string Project = "fireworks-automation-consumer";

    public static PulumiFn Create() => PulumiFn.Create(() =>
    {
        var producer = new StackReference("producer", new StackReferenceArgs
        {
            Name = new PulumiConfig().Require("producerStack"),
        });
        var handle = producer.RequireOutput("directRouteHandle");

        return new Dictionary<string, object?>
        {
            ["handle"] = handle,
            ["baseUrl"] = handle.Apply(h => $"https://{h}/v1"),
        };
    });
}
