"use strict";
// The LoRA addon resource through Pulumi's Node runtime mocks: token, inputs, outputs and the engine options.
const test = require("node:test");
const assert = require("node:assert/strict");
const { valueOf, registrationOf } = require("./support");
const fireworks = require("../bin");

const baseModel = "accounts/fireworks/models/llama-v3p1-8b-instruct";
const model = "accounts/test-account/models/chat-lora";

test("DeployedModel registers with the fireworks:index:DeployedModel token as a custom resource", async () => {
    const lora = new fireworks.DeployedModel("token-lora", {
        deployment: "accounts/test-account/deployments/chat-1",
        model,
    });
    const reg = await registrationOf(lora);
    assert.equal(reg.type, "fireworks:index:DeployedModel");
    assert.equal(reg.custom, true);
    assert.equal(fireworks.DeployedModel.isInstance(lora), true);
    assert.equal(fireworks.Deployment.isInstance(lora), false);
});

test("DeployedModel sends every declared input under its schema name", async () => {
    const declared = {
        deployment: "accounts/test-account/deployments/chat-2",
        model,
        displayName: "Chat LoRA",
        description: "support tone",
        default: true,
        public: false,
        replaceMergedAddon: true,
    };
    const lora = new fireworks.DeployedModel("inputs-lora", declared);
    const { inputs } = await registrationOf(lora);
    assert.deepEqual(inputs, declared);
});

test("DeployedModel takes the deployment's name output, so the engine sees the dependency", async () => {
    const chat = new fireworks.Deployment("addon-chat", { baseModel, region: "US_ARIZONA_1", enableAddons: true, deploymentId: "addon-chat-1" });
    const lora = new fireworks.DeployedModel("addon-lora", { deployment: chat.name, model });
    const reg = await registrationOf(lora);
    assert.equal(reg.inputs.deployment, "accounts/test-account/deployments/addon-chat-1");
    assert.equal(await valueOf(lora.inferenceModel), `${model}#accounts/test-account/deployments/addon-chat-1`);
});

test("DeployedModel exposes the provider's outputs: name, state, default, public and inferenceModel", async () => {
    const lora = new fireworks.DeployedModel("outputs-lora", { deployment: "accounts/test-account/deployments/chat-3", model });
    assert.equal(await valueOf(lora.name), "accounts/test-account/deployedModels/outputs-lora-1a2b3c4d");
    assert.equal(await valueOf(lora.state), "DEPLOYED");
    assert.equal(await valueOf(lora.default), true);
    assert.equal(await valueOf(lora.public), false);
    assert.equal(await valueOf(lora.inferenceModel), `${model}#accounts/test-account/deployments/chat-3`);
});

test("DeployedModel without deployment or model fails before anything is registered", () => {
    assert.throws(() => new fireworks.DeployedModel("no-deployment", { model }), /Missing required property 'deployment'/);
    assert.throws(() => new fireworks.DeployedModel("no-model", { deployment: "chat" }), /Missing required property 'model'/);
});

test("DeployedModel.get reads an existing addon by its full name", async () => {
    const id = "accounts/test-account/deployedModels/imported-lora-1";
    const imported = fireworks.DeployedModel.get("imported-lora", id);
    const reg = await registrationOf(imported);
    assert.equal(reg.type, "fireworks:index:DeployedModel");
    assert.equal(reg.id, id);
});

test("DeployedModel asks the engine to replace when the deployment or the model changes", () => {
    const source = require("node:fs").readFileSync(require.resolve("../bin/deployedModel.js"), "utf8");
    const match = /replaceOnChanges: \[([^\]]*)\]/.exec(source);
    assert.ok(match, "deployedModel.js sets no replaceOnChanges option");
    assert.deepEqual(match[1].split(",").map((s) => s.trim().replace(/"/g, "")).sort(), ["deployment", "model"]);
});
