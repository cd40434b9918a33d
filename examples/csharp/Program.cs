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
    // The deployment shape whose latest validated version sets the hardware and the base model.
    var shapeName = config.Get("shape") ?? "accounts/fireworks/deploymentShapes/llama-v3p1-8b-instruct-minimal";
    // The emulator seeds this LoRA model; on Fireworks use a LoRA of your account whose base model is the shape's.
    var loraModel = config.Get("loraModel") ?? "accounts/emulator-account/models/chat-lora";

    var shape = Fireworks.GetDeploymentShape.Invoke(new() { Name = shapeName });

    var chat = new Fireworks.Deployment("chat", new()
    {
        BaseModel = shape.Apply(s => s.BaseModel),
        DeploymentShape = shape.Apply(s => s.VersionName),
        DisplayName = "Pulumi example chat",
        Region = region,
        MinReplicaCount = 0,
        MaxReplicaCount = 1,
        AutoscalingPolicy = new Fireworks.Inputs.AutoscalingPolicyArgs
        {
            ScaleToZeroWindow = "30m",
        },
        EnableAddons = true,
        DirectRouteType = Fireworks.DirectRouteType.INTERNET,
        DirectRouteApiKeys = { routeKey },
    });

    // The deployment's name output: Pulumi creates the deployment first and unloads the addon before deleting it.
    var chatLora = new Fireworks.DeployedModel("chatLora", new()
    {
        Deployment = chat.Name,
        Model = loraModel,
        DisplayName = "Pulumi example chat LoRA",
    });

    return new Dictionary<string, object?>
    {
        ["deploymentName"] = chat.Name,
        ["directRouteHandle"] = chat.DirectRouteHandle,
        ["state"] = chat.State,
        // For the shared endpoint https://api.fireworks.ai/inference/v1 (direct routing is deprecated by Fireworks).
        ["gatewayModel"] = Output.Format($"{chat.BaseModel}#{chat.Name}"),
        // The LoRA addon through the same endpoint.
        ["inferenceModel"] = chatLora.InferenceModel,
    };
});
