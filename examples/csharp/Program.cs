using System.Collections.Generic;
using Pulumi;
// Pulumi.Fireworks.Deployment would clash with Pulumi.Deployment (the class behind RunAsync): alias the namespace.
using Fireworks = Pulumi.Fireworks;

return await Deployment.RunAsync(() =>
{
    var config = new Config();
    // The key clients send to the direct route. Set it with `pulumi config set routeKey <key> --secret`.
    var routeKey = config.RequireSecret("routeKey");
    var region = config.Get("region") ?? "US_ARIZONA_1";

    var chat = new Fireworks.Deployment("chat", new()
    {
        BaseModel = "accounts/fireworks/models/llama-v3p1-8b-instruct",
        DisplayName = "Pulumi example chat",
        AcceleratorType = "NVIDIA_H100_80GB",
        AcceleratorCount = 1,
        Region = region,
        MinReplicaCount = 0,
        MaxReplicaCount = 1,
        AutoscalingPolicy = new Fireworks.Inputs.AutoscalingPolicyArgs
        {
            ScaleToZeroWindow = "30m",
        },
        DirectRouteType = "INTERNET",
        DirectRouteApiKeys = { routeKey },
    });

    return new Dictionary<string, object?>
    {
        ["deploymentName"] = chat.Name,
        ["directRouteHandle"] = chat.DirectRouteHandle,
        ["state"] = chat.State,
        // For the shared endpoint https://api.fireworks.ai/inference/v1 (direct routing is deprecated by Fireworks).
        ["gatewayModel"] = Output.Format($"{chat.BaseModel}#{chat.Name}"),
    };
});
