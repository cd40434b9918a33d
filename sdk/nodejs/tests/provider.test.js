"use strict";
// The explicit provider resource: token, secret API key, JSON-encoded non-string settings, and use by a resource.
const test = require("node:test");
const assert = require("node:assert/strict");
const { valueOf, registrationOf, isSecretInput } = require("./support");
const fireworks = require("../bin");

test("Provider registers as pulumi:providers:fireworks", async () => {
    const provider = new fireworks.Provider("token-provider", { accountId: "acct", apiKey: "fw_key" });
    const reg = await registrationOf(provider);
    assert.equal(reg.type, "pulumi:providers:fireworks");
    assert.equal(fireworks.Provider.isInstance(provider), true);
});

test("Provider sends apiKey as a secret and reads it back as a secret", async () => {
    const provider = new fireworks.Provider("secret-provider", { accountId: "acct", apiKey: "fw_key" });
    const { inputs } = await registrationOf(provider);
    assert.ok(isSecretInput(inputs.apiKey), "apiKey must reach the engine as a secret");
    assert.equal(inputs.apiKey.value, "fw_key");
    assert.equal(await provider.apiKey.isSecret, true);
});

test("Provider sends its settings with the schema defaults, non-strings JSON-encoded", async () => {
    const provider = new fireworks.Provider("defaults-provider", {
        accountId: "acct",
        apiKey: "fw_key",
        baseUrl: "http://127.0.0.1:8080",
        maxRetries: 2,
    });
    const { inputs } = await registrationOf(provider);
    assert.equal(inputs.accountId, "acct");
    assert.equal(inputs.baseUrl, "http://127.0.0.1:8080");
    assert.equal(inputs.requestTimeout, "60s");
    assert.equal(inputs.maxRetries, "2");
    assert.equal(inputs.requestsPerMinute, undefined,
        "an unset budget must not reach the provider, which then learns the account's budget from the first 429");
});

test("Provider sends a budget it is told, JSON-encoded", async () => {
    const provider = new fireworks.Provider("budget-provider", { accountId: "acct", apiKey: "fw_key", requestsPerMinute: 10 });
    const { inputs } = await registrationOf(provider);
    assert.equal(inputs.requestsPerMinute, "10");
});

test("A Deployment created with an explicit provider is registered against that provider", async () => {
    const provider = new fireworks.Provider("explicit-provider", { accountId: "acct", apiKey: "fw_key" });
    const chat = new fireworks.Deployment("explicit-chat", {
        baseModel: "accounts/fireworks/models/llama-v3p1-8b-instruct",
        region: "US_ARIZONA_1",
    }, { provider });
    const reg = await registrationOf(chat);
    const providerUrn = await valueOf(provider.urn);
    assert.ok(reg.provider.startsWith(providerUrn + "::"), `expected ${reg.provider} to reference ${providerUrn}`);
});
