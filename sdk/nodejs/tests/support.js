"use strict";
// Shared mock monitor for the SDK tests: records every resource the program registers and every function it calls,
// and answers like the Fireworks provider would (echoing inputs, secrets still marked, plus server-side outputs), so
// the tests see the SDK exactly as the engine would drive it.
const pulumi = require("@pulumi/pulumi");

const registered = [];
const calls = [];

const shape = {
    name: "accounts/fireworks/deploymentShapes/llama-v3p1-8b-instruct-minimal",
    versionName: "accounts/fireworks/deploymentShapes/llama-v3p1-8b-instruct-minimal/versions/abcd1234",
    baseModel: "accounts/fireworks/models/llama-v3p1-8b-instruct",
    acceleratorType: "NVIDIA_H100_80GB",
    acceleratorCount: 1,
    parameterCount: 8030261248,
};

/** Answers the functions like the provider would, from the inputs the program passed. */
function mockCallResult(args) {
    switch (args.token) {
        case "fireworks:index:getDeployment": {
            const name = args.inputs.name.includes("/") ? args.inputs.name : `accounts/test-account/deployments/${args.inputs.name}`;
            return {
                name,
                deploymentId: name.split("/").pop(),
                baseModel: "accounts/fireworks/models/llama-v3p1-8b-instruct",
                state: "READY",
                replicaStats: { readyReplicaCount: 1, partialReplicaCount: 0.5 },
            };
        }
        case "fireworks:index:getDeployments":
            return {
                deployments: [
                    { name: "accounts/test-account/deployments/a", baseModel: "m", state: "READY" },
                    { name: "accounts/test-account/deployments/b", baseModel: "m", state: "DELETED" },
                ].filter((d) => args.inputs.showDeleted || d.state !== "DELETED"),
            };
        case "fireworks:index:getDeploymentShape":
            return { ...shape, name: args.inputs.name };
        case "fireworks:index:getDeploymentShapes":
            return { shapes: args.inputs.baseModel === shape.baseModel ? [shape] : [] };
        default:
            throw new Error(`unexpected call ${args.token}`);
    }
}

function mockOutputs(args) {
    if (args.type === "fireworks:index:DeployedModel") {
        return {
            ...args.inputs,
            name: `accounts/test-account/deployedModels/${args.name}-1a2b3c4d`,
            state: "DEPLOYED",
            default: args.inputs.default ?? true,
            public: args.inputs.public ?? false,
            inferenceModel: `${args.inputs.model}#${args.inputs.deployment}`,
        };
    }
    if (args.type !== "fireworks:index:Deployment") {
        return { ...args.inputs };
    }
    const id = args.inputs.deploymentId ?? `${args.name}-1a2b3c4d`;
    return {
        ...args.inputs,
        name: `accounts/test-account/deployments/${id}`,
        state: "READY",
        region: args.inputs.region ?? "US_OHIO_1",
        replicaCount: 1,
        status: { code: "OK", message: "" },
        directRouteHandle: `test-account-${id}.us-arizona-1.direct.fireworks.ai`,
    };
}

pulumi.runtime.setMocks(
    {
        newResource(args) {
            registered.push(args);
            const name = `accounts/test-account/deployments/${args.name}`;
            return { id: args.id || name, state: mockOutputs(args) };
        },
        call(args) {
            calls.push(args);
            return mockCallResult(args);
        },
    },
    "sdk-tests",
    "test",
    false,
);

/** Resolves with an output's value (the mocks run as a real update, so values are always known). */
function valueOf(output) {
    return new Promise((resolve) => output.apply(resolve));
}

/** Waits until the resource is registered and returns what the mock monitor received for it. */
async function registrationOf(resource) {
    const urn = await valueOf(resource.urn);
    const name = urn.split("::").pop();
    const found = registered.filter((r) => r.name === name);
    return found[found.length - 1];
}

/** True when a value in MockResourceArgs.inputs is a secret (the monitor keeps the secret signature). */
function isSecretInput(value) {
    return value !== null && typeof value === "object"
        && value[pulumi.runtime.specialSigKey] === pulumi.runtime.specialSecretSig;
}

module.exports = { registered, calls, valueOf, registrationOf, isSecretInput };
