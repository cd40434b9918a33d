"use strict";
// Drives the compiled SDK (bin/) through Pulumi's Node runtime mocks: what the engine would receive from a
// program that declares a Deployment, and what the program sees back.
const test = require("node:test");
const assert = require("node:assert/strict");
const { valueOf, registrationOf, isSecretInput } = require("./support");
const fireworks = require("../bin");

const baseModel = "accounts/fireworks/models/llama-v3p1-8b-instruct";

test("Deployment registers with the fireworks:index:Deployment token as a custom resource", async () => {
    const chat = new fireworks.Deployment("token-chat", { baseModel, region: "US_ARIZONA_1" });
    const reg = await registrationOf(chat);
    assert.equal(reg.type, "fireworks:index:Deployment");
    assert.equal(reg.custom, true);
    assert.equal(fireworks.Deployment.isInstance(chat), true);
});

test("Deployment sends every declared input under its schema name, nested types included", async () => {
    const declared = {
        baseModel,
        deploymentId: "inputs-chat-1",
        displayName: "Inputs chat",
        description: "all the inputs",
        acceleratorType: "NVIDIA_H100_80GB",
        acceleratorCount: 2,
        precision: "FP8",
        minReplicaCount: 0,
        maxReplicaCount: 3,
        autoscalingPolicy: {
            scaleUpWindow: "30s",
            scaleToZeroWindow: "1h",
            loadTargets: { default: 0.8 },
            scalingSchedules: {
                officeHours: { schedule: "0 8 * * 1-5", duration: "36000s", timezone: "Europe/Berlin", minReplicaCount: 2 },
            },
        },
        regions: ["US_ARIZONA_1", "US_OHIO_1"],
        enableAddons: true,
        maxContextLength: 8192,
        draftModel: "accounts/fireworks/models/llama-v3p2-1b-instruct",
        draftTokenCount: 4,
        ngramSpeculationLength: 3,
        annotations: { team: "search" },
        waitForReady: false,
        expireTime: "2030-01-01T00:00:00Z",
        enableSessionAffinity: true,
        maxWithRevocableReplicaCount: 5,
        numPeftDeviceCached: 4,
        autoTune: { longPrompt: true },
        deploymentTemplate: "accounts/test-account/deploymentTemplates/t1",
        disableDeploymentSizeValidation: true,
        pricingPlanId: "plan-1",
        enableHotLoad: true,
        hotLoadBucketType: "S3",
        hotLoadBucketUrl: "s3://bucket/path",
        hotLoadTrainerJob: "accounts/test-account/rlorTrainerJobs/job-1",
        enableHotReloadLatestAddon: true,
        disableSpeculativeDecoding: true,
        skipShapeValidation: true,
    };
    const chat = new fireworks.Deployment("inputs-chat", declared);
    const { inputs } = await registrationOf(chat);
    // Every declared input arrives as is; the provider-only flags not set get their schema defaults.
    assert.deepEqual(inputs, { ...declared, hardDelete: true, ignoreChecksOnDelete: false });
});

test("Deployment fills the schema defaults for the provider-only flags when they are not set", async () => {
    const chat = new fireworks.Deployment("defaults-chat", { baseModel, region: "US_ARIZONA_1" });
    const { inputs } = await registrationOf(chat);
    assert.equal(inputs.waitForReady, true);
    assert.equal(inputs.hardDelete, true);
    assert.equal(inputs.ignoreChecksOnDelete, false);
});

test("Deployment sends directRouteApiKeys as a secret", async () => {
    const routed = new fireworks.Deployment("secret-chat", {
        baseModel,
        region: "US_ARIZONA_1",
        directRouteType: "INTERNET",
        directRouteApiKeys: ["key1", "key2"],
    });
    const { inputs } = await registrationOf(routed);
    assert.ok(isSecretInput(inputs.directRouteApiKeys), "directRouteApiKeys must reach the engine as a secret");
    assert.deepEqual(inputs.directRouteApiKeys.value, ["key1", "key2"]);
    assert.equal(inputs.directRouteType, "INTERNET");
});

test("Deployment's directRouteApiKeys output stays secret when read back", async () => {
    const routed = new fireworks.Deployment("secret-out-chat", {
        baseModel,
        region: "US_ARIZONA_1",
        directRouteType: "INTERNET",
        directRouteApiKeys: ["key1"],
    });
    assert.equal(await routed.directRouteApiKeys.isSecret, true);
    assert.deepEqual(await valueOf(routed.directRouteApiKeys), ["key1"]);
    assert.equal(await routed.name.isSecret, false);
});

test("Deployment exposes the provider's outputs: name, state, status, region and directRouteHandle", async () => {
    const chat = new fireworks.Deployment("outputs-chat", {
        baseModel,
        deploymentId: "outputs-chat-9",
        multiRegion: "US",
    });
    assert.equal(await valueOf(chat.name), "accounts/test-account/deployments/outputs-chat-9");
    assert.equal(await valueOf(chat.state), "READY");
    assert.deepEqual(await valueOf(chat.status), { code: "OK", message: "" });
    assert.equal(await valueOf(chat.region), "US_OHIO_1");
    assert.equal(await valueOf(chat.replicaCount), 1);
    assert.equal(await valueOf(chat.multiRegion), "US");
    assert.equal(await valueOf(chat.baseModel), baseModel);
    assert.equal(await valueOf(chat.directRouteHandle),
        "test-account-outputs-chat-9.us-arizona-1.direct.fireworks.ai");
    assert.equal(await valueOf(chat.id), "accounts/test-account/deployments/outputs-chat");
});

test("Deployment without baseModel fails before anything is registered", () => {
    assert.throws(() => new fireworks.Deployment("no-model", {}), /Missing required property 'baseModel'/);
});

test("Deployment.get reads an existing deployment by its full name", async () => {
    const id = "accounts/test-account/deployments/imported-1";
    const imported = fireworks.Deployment.get("imported", id);
    const reg = await registrationOf(imported);
    assert.equal(reg.type, "fireworks:index:Deployment");
    assert.equal(reg.id, id);
    assert.equal(await valueOf(imported.id), id);
});

// The mock monitor does not surface resource options, and the engine (not the SDK) applies them, so these two
// read the options the generated constructor merges straight from the compiled code.
function optionList(option) {
    const source = require("node:fs").readFileSync(require.resolve("../bin/deployment.js"), "utf8");
    const match = new RegExp(option + ": \\[([^\\]]*)\\]").exec(source);
    assert.ok(match, `deployment.js sets no ${option} option`);
    return match[1].split(",").map((s) => s.trim().replace(/"/g, "")).sort();
}

test("Deployment asks the engine to replace on changes to the contract's replace-on-change properties", () => {
    assert.deepEqual(optionList("replaceOnChanges"), [
        "acceleratorType", "baseModel", "deploymentId", "deploymentTemplate", "directRouteType",
        "disableSpeculativeDecoding", "enableHotLoad", "enableHotReloadLatestAddon", "expireTime", "hotLoadBucketType",
        "hotLoadBucketUrl", "hotLoadTrainerJob", "multiRegion", "pricingPlanId", "region", "regions",
    ]);
});

test("Deployment takes an enum member or a plain string for an open enum input and sends the same string", async () => {
    const chat = new fireworks.Deployment("enum-chat", {
        baseModel,
        region: fireworks.Region.US_ARIZONA_1,
        acceleratorType: "NVIDIA_B300_288GB",
        precision: fireworks.Precision.FP8,
    });
    const { inputs } = await registrationOf(chat);
    assert.equal(inputs.region, "US_ARIZONA_1");
    assert.equal(inputs.acceleratorType, "NVIDIA_B300_288GB");
    assert.equal(inputs.precision, "FP8");
});

test("Deployment asks the engine to keep the directRouteApiKeys output secret", () => {
    assert.deepEqual(optionList("additionalSecretOutputs"), ["directRouteApiKeys"]);
});
