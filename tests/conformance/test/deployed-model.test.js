'use strict';
// The DeployedModel (LoRA addon) lifecycle through the official stubs, against the published emulator: a READY
// Deployment with addons → Check → preview → Create (look-up, one load, DEPLOYED) → chat through the direct route
// with inferenceModel → Read (no diff) → in-place Update → replace on a model change (create the new, delete the old,
// as the engine does) → out-of-band unload (Read: gone) → Delete; import by full name; the three clear errors.
// The tests of the first describe run in order and share state, as one stack's history would.
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { assertOnlyPortLine } = require('../lib/fixture');
const { startEmulatedProvider, FAST_EMULATOR } = require('../lib/emulated');
const { request } = require('../lib/emulator');
const { secret, isUnknown, fromStruct } = require('../lib/properties');
const { resourceInitFailed } = require('../lib/client');
const { provider } = require('../lib/proto');
const { waitUntil } = require('../lib/wait');
const requests = require('../lib/requests');

const TIMEOUT = { timeout: 60_000 };
// How the file waits on an out-of-band change: a 200 ms poll, at most 15 s.
const POLL = { timeoutMs: 15_000, intervalMs: 200 };
const ACCOUNT = 'emulator-account';
const BASE_MODEL = 'accounts/fireworks/models/llama-v3p1-8b-instruct';
const CHAT_LORA = `accounts/${ACCOUNT}/models/chat-lora`;
const SUPPORT_LORA = `accounts/${ACCOUNT}/models/support-lora`;
const OSS_LORA = `accounts/${ACCOUNT}/models/oss-lora`;
const ROUTE_KEY = 'deployedModelRouteKey1';
const TYPE = requests.DEPLOYED_MODEL_TYPE;
const { DIFF_NONE, DIFF_SOME } = provider.DiffResponse.DiffChanges;

let stack;

/** One RPC that must answer OK. */
async function ok(method, message, note) {
  const r = await stack.client.call(method, message, { note, deadlineMs: 45_000 });
  assert.equal(r.codeName, 'OK', `${method} ${note || ''}: ${r.details}`);
  return r.response;
}

async function check(name, news, type = TYPE) {
  const response = await ok('check', requests.check(name, news, { type }), name);
  assert.deepEqual(response.getFailuresList().map((f) => `${f.getProperty()}: ${f.getReason()}`), []);
  return fromStruct(response.getInputs());
}

/** The control plane as a user with the API key would call it (out-of-band changes, look-ups). */
function rest(method, path, body) {
  return request(`${stack.emulator.baseUrl}/v1/${path}`, {
    method, body, headers: { authorization: `Bearer ${stack.emulator.apiKey}` },
  });
}

/** A chat completion through the deployment's direct route with `model` as the request's model. */
function chat(handle, model) {
  return request(`${stack.emulator.baseUrl}/v1/chat/completions`, {
    method: 'POST',
    headers: { host: handle, authorization: `Bearer ${ROUTE_KEY}` },
    body: { model, messages: [{ role: 'user', content: 'hello' }] },
  });
}

/** A READY Deployment of the LoRAs' base model, made through the provider; returns { id, outputs, inputs }. */
async function deployment(name, overrides = {}) {
  const inputs = await check(name, {
    baseModel: BASE_MODEL,
    acceleratorType: 'NVIDIA_H100_80GB',
    region: 'US_ARIZONA_1',
    directRouteType: 'INTERNET',
    directRouteApiKeys: secret([ROUTE_KEY]),
    deploymentId: name,
    ...overrides,
  }, requests.DEPLOYMENT_TYPE);
  const created = await ok('create', requests.create(name, inputs), name);
  return { id: created.getId(), outputs: fromStruct(created.getProperties()), inputs };
}

const hosts = {};

before(async () => {
  stack = await startEmulatedProvider({ emulatorArgs: [...FAST_EMULATOR, '--load-delay', '1s', '--unload-delay', '500ms'] });
  hosts.addons = await deployment('lora-host', { enableAddons: true });
  hosts.plain = await deployment('plain-host');
});

after(async () => {
  for (const [name, host] of [['lora-host', hosts.addons], ['plain-host', hosts.plain]]) {
    if (host) await stack.client.call('delete', requests.deleteRequest(name, host.id, { properties: host.outputs, oldInputs: host.inputs }));
  }
  const exit = await stack.shutdown();
  assert.equal(exit.killed, false, 'plugin exited after SIGINT');
  assertOnlyPortLine(stack.plugin);
  for (const entry of stack.engine.logs) {
    for (const s of [ROUTE_KEY, stack.emulator.apiKey]) assert.ok(!entry.message.includes(s), `a Log message leaks a secret: ${entry.message}`);
  }
  assert.ok(!stack.plugin.stderrText().includes(stack.emulator.apiKey), 'stderr leaks the API key');
});

describe('DeployedModel lifecycle against the emulator', () => {
  const name = 'chatLora';
  let inputs;
  let id;
  let outputs;

  test('Check completes a bare deployment id with the configured account', TIMEOUT, async () => {
    inputs = await check(name, { deployment: 'lora-host', model: CHAT_LORA, displayName: 'Chat LoRA' });
    assert.equal(inputs.deployment, hosts.addons.id);
    assert.equal(inputs.model, CHAT_LORA);
    assert.equal('default' in inputs, false, 'an unset default stays unset');
  });

  test('preview Create calls no Fireworks API and already knows the inference model', TIMEOUT, async () => {
    await stack.emulator.admin.clearRequests();
    const r = await ok('create', requests.create(name, inputs, { preview: true, type: TYPE }), 'preview');
    const props = fromStruct(r.getProperties());
    assert.ok(isUnknown(props.name) && isUnknown(props.state), JSON.stringify(props));
    assert.equal(props.inferenceModel, `${CHAT_LORA}#${hosts.addons.id}`);
    assert.deepEqual(await stack.emulator.admin.requests(), [], 'a preview sends nothing to Fireworks');
  });

  test('Create looks the pair up, loads once, waits for DEPLOYED with progress, and returns the server-picked name', TIMEOUT, async () => {
    await stack.emulator.admin.clearRequests();
    const logsBefore = stack.engine.logs.length;
    const r = await ok('create', requests.create(name, inputs, { type: TYPE }), 'load');
    id = r.getId();
    outputs = fromStruct(r.getProperties());
    assert.match(id, new RegExp(`^accounts/${ACCOUNT}/deployedModels/chat-lora-[a-z0-9]+$`));
    assert.equal(outputs.name, id);
    assert.equal(outputs.state, 'DEPLOYED');
    assert.equal(outputs.default, true, 'the first addon of a model becomes its default');
    assert.equal(outputs.public, false);
    assert.equal(outputs.displayName, 'Chat LoRA');
    assert.equal(outputs.inferenceModel, `${CHAT_LORA}#${hosts.addons.id}`);

    const log = await stack.emulator.admin.requests();
    const loads = log.filter((x) => x.method === 'POST' && x.path.endsWith('/deployedModels'));
    assert.equal(loads.length, 1, 'exactly one load request');
    const lookUp = log.findIndex((x) => x.method === 'GET' && x.path.endsWith('/deployedModels'));
    assert.ok(lookUp >= 0 && lookUp < log.indexOf(loads[0]), 'the pair is looked up before the load');
    assert.match(decodeURIComponent(lookUp >= 0 ? log[lookUp].query : ''), /deployment="[^"]+" AND model="[^"]+"/);

    const progress = stack.engine.logs.slice(logsBefore).filter((l) => l.ephemeral);
    assert.ok(progress.some((l) => l.message.includes('DEPLOYING')), JSON.stringify(progress.map((l) => l.message)));
    for (const l of progress) assert.equal(l.urn, requests.resourceUrn(name, TYPE));
  });

  test('a chat completion through the direct route with inferenceModel reaches the addon', TIMEOUT, async () => {
    const r = await chat(hosts.addons.outputs.directRouteHandle, outputs.inferenceModel);
    assert.equal(r.status, 200, r.text);
    assert.match(r.json.choices[0].message.content, /via .*chat-lora/);
  });

  test('Read (refresh) right after the load, then Diff against the same inputs, is DIFF_NONE', TIMEOUT, async () => {
    const r = await ok('read', requests.read(name, id, { properties: outputs, inputs, type: TYPE }), 'refresh');
    assert.equal(r.getId(), id);
    const readInputs = fromStruct(r.getInputs());
    const d = await ok('diff', requests.diff(name, id, { olds: fromStruct(r.getProperties()), news: inputs, oldInputs: readInputs, type: TYPE }));
    assert.equal(d.getChanges(), DIFF_NONE, `diffs=${d.getDiffsList()}`);
  });

  test('Update of displayName PATCHes only that field and waits until the addon is no longer UPDATING', TIMEOUT, async () => {
    const renamed = await check(name, { deployment: hosts.addons.id, model: CHAT_LORA, displayName: 'Chat LoRA v2' });
    const d = await ok('diff', requests.diff(name, id, { olds: outputs, news: renamed, oldInputs: inputs, type: TYPE }));
    assert.equal(d.getChanges(), DIFF_SOME);
    assert.deepEqual(d.getDiffsList(), ['displayName']);
    assert.deepEqual(d.getReplacesList(), []);
    await stack.emulator.admin.clearRequests();
    const r = await ok('update', requests.update(name, id, { olds: outputs, news: renamed, oldInputs: inputs, type: TYPE }), 'rename');
    const props = fromStruct(r.getProperties());
    assert.equal(props.displayName, 'Chat LoRA v2');
    assert.equal(props.state, 'DEPLOYED');
    const patches = (await stack.emulator.admin.requests()).filter((x) => x.method === 'PATCH');
    assert.deepEqual(patches.map((x) => x.query), ['?updateMask=display_name']);
    outputs = props;
    inputs = renamed;
  });

  test('a model change replaces the addon: the new one is loaded, then the old one unloaded', TIMEOUT, async () => {
    const swapped = await check(name, { deployment: hosts.addons.id, model: SUPPORT_LORA, displayName: 'Chat LoRA v2' });
    const d = await ok('diff', requests.diff(name, id, { olds: outputs, news: swapped, oldInputs: inputs, type: TYPE }));
    assert.deepEqual(d.getReplacesList(), ['model']);
    assert.equal(d.getDeletebeforereplace(), false);

    const created = await ok('create', requests.create(name, swapped, { type: TYPE }), 'replacement');
    assert.notEqual(created.getId(), id);
    await ok('delete', requests.deleteRequest(name, id, { properties: outputs, oldInputs: inputs, type: TYPE }), 'old addon');
    assert.equal((await rest('GET', id)).status, 404, 'the old addon is unloaded');
    assert.equal((await rest('GET', created.getId())).json.state, 'DEPLOYED', 'the new addon serves');
    id = created.getId();
    outputs = fromStruct(created.getProperties());
    inputs = swapped;
  });

  test('an unload outside Pulumi (REST) makes Read answer gone, and the route stops serving the addon', TIMEOUT, async () => {
    assert.equal((await rest('DELETE', id)).status, 200);
    const r = await ok('read', requests.read(name, id, { properties: outputs, inputs, type: TYPE }), 'after out-of-band unload');
    assert.equal(r.getId(), '');
    await waitUntil(async () => (await chat(hosts.addons.outputs.directRouteHandle, outputs.inferenceModel)).status === 404, 'the addon to stop serving', POLL);
  });

  test('Delete of an addon that is already gone succeeds', TIMEOUT, async () => {
    await waitUntil(async () => (await rest('GET', id)).status === 404, 'the unload to finish', POLL);
    await ok('delete', requests.deleteRequest(name, id, { properties: outputs, oldInputs: inputs, type: TYPE }), 'gone already');
  });
});

describe('import and clear errors', () => {
  test('import: Read by full name returns every writable field, inputs Check accepts, and no diff', TIMEOUT, async () => {
    const made = await rest('POST', `accounts/${ACCOUNT}/deployedModels`, {
      model: CHAT_LORA, deployment: hosts.addons.id, description: 'loaded by hand',
    });
    assert.equal(made.status, 200, made.text);
    const legacy = made.json.name;
    await waitUntil(async () => (await rest('GET', legacy)).json?.state === 'DEPLOYED', 'the hand-made load', POLL);

    const r = await ok('read', requests.read('legacy', legacy, { type: TYPE }), 'import');
    assert.equal(r.getId(), legacy);
    const inputs = fromStruct(r.getInputs());
    const props = fromStruct(r.getProperties());
    assert.equal(inputs.deployment, hosts.addons.id);
    assert.equal(inputs.model, CHAT_LORA);
    assert.equal(inputs.description, 'loaded by hand');
    assert.equal(typeof inputs.default, 'boolean');
    assert.equal(typeof inputs.public, 'boolean');
    const checked = await check('legacy', inputs);
    const d = await ok('diff', requests.diff('legacy', legacy, { olds: props, news: checked, oldInputs: inputs, type: TYPE }));
    assert.equal(d.getChanges(), DIFF_NONE, `diffs=${d.getDiffsList()}`);

    await ok('delete', requests.deleteRequest('legacy', legacy, { properties: props, oldInputs: inputs, type: TYPE }), 'imported');
    assert.equal((await rest('GET', legacy)).status, 404);
  });

  /** Create must fail cleanly (no partial state, nothing loaded) with `code` and a message matching `patterns`. */
  async function refused(name, news, code, patterns) {
    const inputs = await check(name, news);
    await stack.emulator.admin.clearRequests();
    const r = await stack.client.call('create', requests.create(name, inputs, { type: TYPE }), { note: name, deadlineMs: 45_000 });
    assert.equal(r.codeName, code, r.details);
    assert.equal(resourceInitFailed(r.statusDetails), undefined, 'a clean failure carries no partial state');
    for (const p of patterns) assert.match(r.details, p);
    const loads = (await stack.emulator.admin.requests()).filter((x) => x.method === 'POST' && x.path.endsWith('/deployedModels'));
    assert.deepEqual(loads, [], 'nothing was loaded');
  }

  test('a deployment that does not exist is named', TIMEOUT, async () => {
    await refused('orphan', { deployment: 'no-such-deployment', model: CHAT_LORA }, 'NOT_FOUND',
      [/deployment accounts\/emulator-account\/deployments\/no-such-deployment does not exist/, /`name` output/]);
  });

  test('a deployment without enableAddons names the input to set on the Deployment', TIMEOUT, async () => {
    await refused('noAddons', { deployment: hosts.plain.id, model: CHAT_LORA }, 'FAILED_PRECONDITION',
      [/without `enableAddons: true`/, /on the Deployment/]);
  });

  test('a LoRA of another base model names both base models', TIMEOUT, async () => {
    await refused('mismatch', { deployment: hosts.addons.id, model: OSS_LORA }, 'FAILED_PRECONDITION',
      [/accounts\/fireworks\/models\/gpt-oss-120b/, /llama-v3p1-8b-instruct/]);
  });

  test('nothing is left loaded', TIMEOUT, async () => {
    const list = await rest('GET', `accounts/${ACCOUNT}/deployedModels`);
    assert.equal(list.status, 200, list.text);
    const live = (list.json.deployedModels || []).filter((x) => x.state !== 'UNDEPLOYING');
    assert.deepEqual(live.map((x) => x.name), []);
  });
});
