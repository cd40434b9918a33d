"use strict";
// The four functions through Pulumi's Node runtime mocks: each is sent to the engine under its token with the
// program's arguments, in both the promise and the output style, and hands the provider's answer back.
const test = require("node:test");
const assert = require("node:assert/strict");
const { calls, valueOf } = require("./support");
const fireworks = require("../bin");

const shapeName = "accounts/fireworks/deploymentShapes/llama-v3p1-8b-instruct-minimal";
const baseModel = "accounts/fireworks/models/llama-v3p1-8b-instruct";

function lastCall(token) {
    const found = calls.filter((c) => c.token === token);
    assert.ok(found.length > 0, `no call of ${token} reached the engine`);
    return found[found.length - 1];
}

test("getDeployment calls fireworks:index:getDeployment with the name and returns the deployment", async () => {
    const result = await fireworks.getDeployment({ name: "chat-1a2b3c4d" });
    assert.deepEqual(lastCall("fireworks:index:getDeployment").inputs, { name: "chat-1a2b3c4d" });
    assert.equal(result.name, "accounts/test-account/deployments/chat-1a2b3c4d");
    assert.equal(result.state, "READY");
    assert.equal(result.replicaStats.partialReplicaCount, 0.5);
});

test("getDeploymentOutput accepts an output as the name and returns an output", async () => {
    const chat = new fireworks.Deployment("fn-chat", { baseModel, region: "US_ARIZONA_1", deploymentId: "fn-chat-1" });
    const read = fireworks.getDeploymentOutput({ name: chat.name });
    assert.equal(await valueOf(read.deploymentId), "fn-chat-1");
    assert.equal(await valueOf(read.baseModel), baseModel);
});

test("getDeployments passes filter and showDeleted through and returns the list", async () => {
    const filter = `base_model="${baseModel}"`;
    const live = await fireworks.getDeployments({ filter });
    assert.deepEqual(lastCall("fireworks:index:getDeployments").inputs, { filter });
    assert.deepEqual(live.deployments.map((d) => d.name), ["accounts/test-account/deployments/a"]);

    const all = await valueOf(fireworks.getDeploymentsOutput({ showDeleted: true }).deployments);
    assert.equal(lastCall("fireworks:index:getDeployments").inputs.showDeleted, true);
    assert.equal(all.length, 2);
});

test("getDeployments needs no arguments at all", async () => {
    const result = await fireworks.getDeployments();
    assert.deepEqual(lastCall("fireworks:index:getDeployments").inputs, {});
    assert.equal(result.deployments.length, 1);
});

test("getDeploymentShape returns the latest validated version, usable as a deployment's shape", async () => {
    const shape = fireworks.getDeploymentShapeOutput({ name: shapeName });
    const chat = new fireworks.Deployment("shape-chat", { baseModel: shape.baseModel, deploymentShape: shape.versionName });
    assert.equal(await valueOf(chat.deploymentShape), `${shapeName}/versions/abcd1234`);
    assert.equal(await valueOf(chat.baseModel), baseModel);
    assert.deepEqual(lastCall("fireworks:index:getDeploymentShape").inputs, { name: shapeName });

    const plain = await fireworks.getDeploymentShape({ name: shapeName });
    assert.equal(plain.parameterCount, 8030261248);
});

test("getDeploymentShapes returns one entry per validated shape and an empty list for an unknown model", async () => {
    const found = await fireworks.getDeploymentShapes({ baseModel });
    assert.deepEqual(lastCall("fireworks:index:getDeploymentShapes").inputs, { baseModel });
    assert.deepEqual(found.shapes.map((s) => s.name), [shapeName]);

    const none = await valueOf(fireworks.getDeploymentShapesOutput({ baseModel: "accounts/x/models/unknown" }).shapes);
    assert.deepEqual(none, []);
});
