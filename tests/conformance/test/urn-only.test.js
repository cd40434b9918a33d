'use strict';
// Engines older than the `name`/`type` request fields send only the URN (protocol doc §5): the plugin must read the
// resource's name and type from it. The whole Deployment lifecycle runs here with both fields left out of every
// request, under a URN with a parent chain (`<parent type>$fireworks:index:Deployment`), against the emulator.
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { assertOnlyPortLine } = require('../lib/fixture');
const { startEmulatedProvider } = require('../lib/emulated');
const { request } = require('../lib/emulator');
const { secret, isSecret, isUnknown, fromStruct } = require('../lib/properties');
const { provider } = require('../lib/proto');
const requests = require('../lib/requests');

const TIMEOUT = { timeout: 60_000 };
const MODEL = 'accounts/fireworks/models/llama-v3p1-8b-instruct';
const KEY_1 = 'urnOnlyRouteKey1';
const KEY_2 = 'urnOnlyRouteKey2';
const { DIFF_NONE, DIFF_SOME } = provider.DiffResponse.DiffChanges;
const NAME = 'chat';
const URN = `urn:pulumi:dev::conformance::conformance:index:Assistant$${requests.DEPLOYMENT_TYPE}::${NAME}`;
const URN_ONLY = { urnOnly: true, urn: URN };

function chatInputs(overrides = {}) {
  return {
    baseModel: MODEL,
    acceleratorType: 'NVIDIA_H100_80GB',
    region: 'US_ARIZONA_1',
    directRouteType: 'INTERNET',
    directRouteApiKeys: secret([KEY_1]),
    ...overrides,
  };
}

let stack;
before(async () => { stack = await startEmulatedProvider(); });
after(async () => {
  const exit = await stack.shutdown();
  assert.equal(exit.killed, false, 'plugin exited after SIGINT');
  assertOnlyPortLine(stack.plugin);
});

async function ok(method, req, options = {}) {
  assert.equal(req.getName(), '', 'the request carries no name');
  assert.equal(req.getType(), '', 'the request carries no type');
  const r = await stack.client.call(method, req, { note: 'urn only', ...options });
  assert.equal(r.codeName, 'OK', r.details);
  return r.response;
}

async function check(news, options = {}) {
  const response = await ok('check', requests.check(NAME, news, { ...URN_ONLY, ...options }));
  assert.deepEqual(response.getFailuresList().map((f) => `${f.getProperty()}: ${f.getReason()}`), []);
  return fromStruct(response.getInputs());
}

describe('the Deployment lifecycle with only the URN to identify the resource', () => {
  let inputs;
  let outputs;
  let id;

  test('Check autonames from the URN\'s name, exactly as when name and type are sent', TIMEOUT, async () => {
    inputs = await check(chatInputs());
    assert.match(inputs.deploymentId, /^chat-[a-z0-9]+$/);
    const full = await stack.client.call('check', requests.check(NAME, chatInputs(), { urn: URN }), { note: 'with name and type' });
    assert.equal(full.codeName, 'OK', full.details);
    assert.deepEqual(fromStruct(full.response.getInputs()), inputs);
  });

  test('preview Create predicts outputs, only asking Fireworks to validate them', TIMEOUT, async () => {
    await stack.emulator.admin.clearRequests();
    const props = fromStruct((await ok('create', requests.create(NAME, inputs, { ...URN_ONLY, preview: true }))).getProperties());
    assert.equal(props.baseModel, MODEL);
    assert.ok(isUnknown(props.state));
    const sent = await stack.emulator.admin.requests();
    assert.deepEqual(sent.map((r) => `${r.method} ${r.path}`), ['POST /v1/accounts/emulator-account/deployments']);
    assert.match(sent[0].query, /validateOnly=true/);
    assert.deepEqual(await stack.emulator.admin.deployments(), []);
  });

  test('Create makes the deployment and waits for READY', TIMEOUT, async () => {
    const response = await ok('create', requests.create(NAME, inputs, URN_ONLY), { deadlineMs: 45_000 });
    id = response.getId();
    outputs = fromStruct(response.getProperties());
    assert.equal(id, `accounts/emulator-account/deployments/${inputs.deploymentId}`);
    assert.equal(outputs.state, 'READY');
    assert.ok(isSecret(outputs.directRouteApiKeys));
  });

  test('Read (refresh) returns the live deployment, and Diff against the same inputs is DIFF_NONE', TIMEOUT, async () => {
    const read = await ok('read', requests.read(NAME, id, { ...URN_ONLY, properties: outputs, inputs }));
    assert.equal(read.getId(), id);
    const props = fromStruct(read.getProperties());
    assert.equal(props.state, 'READY');
    const d = await ok('diff', requests.diff(NAME, id, { ...URN_ONLY, olds: props, news: inputs, oldInputs: fromStruct(read.getInputs()) }));
    assert.equal(d.getChanges(), DIFF_NONE);
    outputs = props;
  });

  test('Diff and Update rotate the route key in place', TIMEOUT, async () => {
    const rotated = await check(chatInputs({ directRouteApiKeys: secret([KEY_2]) }), { olds: inputs });
    const d = await ok('diff', requests.diff(NAME, id, { ...URN_ONLY, olds: outputs, news: rotated, oldInputs: inputs }));
    assert.equal(d.getChanges(), DIFF_SOME);
    assert.deepEqual(d.getReplacesList(), []);
    const u = await ok('update', requests.update(NAME, id, { ...URN_ONLY, olds: outputs, news: rotated, oldInputs: inputs }), { deadlineMs: 45_000 });
    const props = fromStruct(u.getProperties());
    assert.equal(props.state, 'READY');
    assert.deepEqual(props.directRouteApiKeys.value, [KEY_2]);
    assert.equal(props.createTime, outputs.createTime, 'not recreated');
    outputs = props;
    inputs = rotated;
  });

  test('Delete removes the deployment, and a refresh afterwards reports it gone', TIMEOUT, async () => {
    await ok('delete', requests.deleteRequest(NAME, id, { ...URN_ONLY, properties: outputs, oldInputs: inputs }), { deadlineMs: 45_000 });
    assert.deepEqual((await stack.emulator.admin.deployments()).filter((d) => d.name === id), []);
    const gone = await ok('read', requests.read(NAME, id, { ...URN_ONLY, properties: outputs, inputs }));
    assert.equal(gone.getId(), '');
  });

  test('import: Read by a bare id returns the full name, outputs and inputs', TIMEOUT, async () => {
    const made = await request(`${stack.emulator.baseUrl}/v1/accounts/emulator-account/deployments?deploymentId=urn-only-legacy`, {
      method: 'POST',
      headers: { authorization: `Bearer ${stack.emulator.apiKey}` },
      body: { baseModel: MODEL, acceleratorType: 'NVIDIA_H100_80GB', placement: { region: 'US_ARIZONA_1' } },
    });
    assert.equal(made.status, 200, made.text);
    const urn = `urn:pulumi:dev::conformance::${requests.DEPLOYMENT_TYPE}::legacy`;
    const read = await ok('read', requests.read('legacy', 'urn-only-legacy', { urnOnly: true, urn }));
    const importedId = read.getId();
    assert.equal(importedId, 'accounts/emulator-account/deployments/urn-only-legacy');
    const props = fromStruct(read.getProperties());
    const imported = fromStruct(read.getInputs());
    assert.equal(imported.deploymentId, 'urn-only-legacy');
    assert.equal(imported.baseModel, MODEL);
    await ok('delete', requests.deleteRequest('legacy', importedId, { urnOnly: true, urn, properties: props, oldInputs: imported }),
      { deadlineMs: 45_000 });
  });
});

describe('what the URN cannot supply', () => {
  test('a malformed URN with no name or type is INVALID_ARGUMENT naming the urn and showing its shape', TIMEOUT, async () => {
    for (const urn of ['', 'chat', 'urn:pulumi:dev::conformance::fireworks:index:Deployment']) {
      const r = await stack.client.call('check', requests.check(NAME, chatInputs(), { urnOnly: true, urn }), { note: `urn ${JSON.stringify(urn)}` });
      assert.equal(r.codeName, 'INVALID_ARGUMENT', r.details);
      assert.ok(r.details.startsWith(`invalid urn ${JSON.stringify(urn)}`), r.details);
      assert.match(r.details, /urn:pulumi:<stack>::<project>::<qualified type>::<name>/);
    }
  });

  test('a URN naming another type is routed by that type (and refused by the provider)', TIMEOUT, async () => {
    const urn = 'urn:pulumi:dev::conformance::fireworks:index:Nope::chat';
    const r = await stack.client.call('check', requests.check(NAME, chatInputs(), { urnOnly: true, urn }));
    assert.equal(r.codeName, 'INVALID_ARGUMENT', r.details);
    assert.match(r.details, /fireworks:index:Nope/);
  });

  test('a name containing "::" is kept whole', TIMEOUT, async () => {
    const urn = `urn:pulumi:dev::conformance::${requests.DEPLOYMENT_TYPE}::team::chat`;
    const r = await stack.client.call('check', requests.check('team::chat', chatInputs(), { urnOnly: true, urn }));
    assert.equal(r.codeName, 'OK', r.details);
    assert.deepEqual(r.response.getFailuresList().map((f) => f.getReason()), []);
    // Autonaming starts from the whole name ("team::chat" becomes "team-chat-<suffix>"), not a part of it.
    assert.match(fromStruct(r.response.getInputs()).deploymentId, /^team-chat-[a-z0-9]+$/);
  });
});
