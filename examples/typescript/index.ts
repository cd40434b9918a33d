import * as pulumi from "@pulumi/pulumi";
import * as fireworks from "@pulumi-fireworks/fireworks";

const config = new pulumi.Config();
// The key clients send to the direct route. Set it with `pulumi config set routeKey <key> --secret`.
const routeKey = config.requireSecret("routeKey");
const region = config.get("region") ?? "US_ARIZONA_1";
// The deployment shape whose latest validated version sets the hardware and the base model.
const shapeName = config.get("shape") ?? "accounts/fireworks/deploymentShapes/llama-v3p1-8b-instruct-minimal";
// The emulator seeds this LoRA model; on Fireworks use a LoRA of your account whose base model is the shape's.
const loraModel = config.get("loraModel") ?? "accounts/emulator-account/models/chat-lora";

const shape = fireworks.getDeploymentShapeOutput({ name: shapeName });

const chat = new fireworks.Deployment("chat", {
    baseModel: shape.baseModel,
    deploymentShape: shape.versionName,
    displayName: "Pulumi example chat",
    region: region,
    minReplicaCount: 0,
    maxReplicaCount: 1,
    autoscalingPolicy: {
        scaleToZeroWindow: "30m",
    },
    enableAddons: true,
    directRouteType: fireworks.DirectRouteType.INTERNET,
    directRouteApiKeys: [routeKey],
});

// The deployment's name output: Pulumi creates the deployment first and unloads the addon before deleting it.
const chatLora = new fireworks.DeployedModel("chatLora", {
    deployment: chat.name,
    model: loraModel,
    displayName: "Pulumi example chat LoRA",
});

export const deploymentName = chat.name;
export const directRouteHandle = chat.directRouteHandle;
export const state = chat.state;
// For the shared endpoint https://api.fireworks.ai/inference/v1 (direct routing is deprecated by Fireworks).
export const gatewayModel = pulumi.interpolate`${chat.baseModel}#${chat.name}`;
// The LoRA addon through the same endpoint.
export const inferenceModel = chatLora.inferenceModel;
