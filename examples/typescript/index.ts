import * as pulumi from "@pulumi/pulumi";
import * as fireworks from "@pulumi-fireworks/fireworks";

const config = new pulumi.Config();
// The key clients send to the direct route. Set it with `pulumi config set routeKey <key> --secret`.
const routeKey = config.requireSecret("routeKey");
const region = config.get("region") ?? "US_ARIZONA_1";

const chat = new fireworks.Deployment("chat", {
    baseModel: "accounts/fireworks/models/llama-v3p1-8b-instruct",
    displayName: "Pulumi example chat",
    acceleratorType: "NVIDIA_H100_80GB",
    acceleratorCount: 1,
    region: region,
    minReplicaCount: 0,
    maxReplicaCount: 1,
    autoscalingPolicy: {
        scaleToZeroWindow: "30m",
    },
    directRouteType: "INTERNET",
    directRouteApiKeys: [routeKey],
});

export const deploymentName = chat.name;
export const directRouteHandle = chat.directRouteHandle;
export const state = chat.state;
// For the shared endpoint https://api.fireworks.ai/inference/v1 (direct routing is deprecated by Fireworks).
export const gatewayModel = pulumi.interpolate`${chat.baseModel}#${chat.name}`;
