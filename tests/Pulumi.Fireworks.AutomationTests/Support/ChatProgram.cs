using Pulumi.Automation;
using PulumiConfig = Pulumi.Config;
using Sdk = Pulumi.Fireworks;

namespace Pulumi.Fireworks.AutomationTests.Support;

/// <summary>
/// The README's program as an inline Automation API program: one deployment with an INTERNET direct route whose key
/// comes from the secret config value <c>routeKey</c>. (The alias is <c>Sdk</c>, not the README's <c>Fireworks</c>:
/// this project also references the emulator, whose root namespace is <c>Fireworks</c>.)
/// </summary>
internal static class ChatProgram
{
    public const string Project = "fireworks-automation-chat";

    public const string BaseModel = "accounts/fireworks/models/llama-v3p1-8b-instruct";

    public const string Region = "US_ARIZONA_1";

    public static PulumiFn Create() => PulumiFn.Create(() =>
    {
        var config = new PulumiConfig();
        var chat = new Sdk.Deployment("chat", new Sdk.DeploymentArgs
        {
            BaseModel = BaseModel,
            AcceleratorType = "NVIDIA_H100_80GB",
            Region = Region,
            MinReplicaCount = 0,
            MaxReplicaCount = 1,
            DirectRouteType = "INTERNET",
            DirectRouteApiKeys = { config.RequireSecret("routeKey") },
        });

        return new Dictionary<string, object?>
        {
            ["deploymentName"] = chat.Name,
            ["directRouteHandle"] = chat.DirectRouteHandle,
            ["directRouteApiKeys"] = chat.DirectRouteApiKeys,
            ["state"] = chat.State,
        };
    });
}
