"use strict";
// Shared mock monitor for the SDK tests: records every resource the program registers and answers like the
// Fireworks provider would (echoing inputs, secrets still marked, plus server-side outputs), so the tests see the SDK exactly as the engine would drive it.
const pulumi = require("@pulumi/pulumi");

const registered = [];

function mockOutputs(args) {
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
            return args.inputs;
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

module.exports = { registered, valueOf, registrationOf, isSecretInput };
