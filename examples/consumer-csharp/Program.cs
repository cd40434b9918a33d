using System.Collections.Generic;
using Pulumi;

// Creates nothing: reads the outputs a producer example exports and turns them into client settings.
return await Deployment.RunAsync(() =>
{
    var config = new Config();
    var producer = new StackReference(config.Require("producerStack"));

    // RequireOutput fails the update when the producer does not export the handle (e.g. a deployment without a route).
    var handle = producer.RequireOutput("directRouteHandle").Apply(value => (string)value);

    return new Dictionary<string, object?>
    {
        // OpenAI-compatible client base URL of the direct route (send `Authorization: Bearer <routeKey>`).
        ["baseUrl"] = Output.Format($"https://{handle}/v1"),
        ["chatCompletionsUrl"] = Output.Format($"https://{handle}/v1/chat/completions"),
        // The migration target Fireworks recommends: the shared gateway with a normal Fireworks API key.
        ["gatewayBaseUrl"] = "https://api.fireworks.ai/inference/v1",
        ["gatewayModel"] = producer.GetOutput("gatewayModel"),
        // The producer's LoRA addon through the same gateway.
        ["inferenceModel"] = producer.GetOutput("inferenceModel"),
    };
});
