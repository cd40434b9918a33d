'use strict';
// The Deployment lifecycle through the official stubs, against the published emulator (protocol doc §5.2-§5.8):
// Check → preview Create → Create → data plane → Read → Diff/Update (key rotation) → Diff (region: replace) → Delete
// → Read (gone); then import by bare id and a FAILED model (partial failure with ErrorResourceInitFailed).
// The tests of the first describe run in order and share one deployment, as one `pulumi up` history would.
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { assertOnlyPortLine } = require('../lib/fixture');
const { startEmulatedProvider } = require('../lib/emulated');
const { chatCompletion, request } = require('../lib/emulator');
const { secret, isSecret, isUnknown, fromStruct, redact } = require('../lib/properties');
const { resourceInitFailed, errorDetails } = require('../lib/client');
const { provider } = require('../lib/proto');
const requests = require('../lib/requests');

const TIMEOUT = { timeout: 60_000 };
const MODEL = 'accounts/fireworks/models/llama-v3p1-8b-instruct';
const KEY_1 = 'conformanceRouteKey1';
const KEY_2 = 'conformanceRouteKey2';
const { DIFF_NONE, DIFF_SOME } = provider.DiffResponse.DiffChanges;
const Kind = provider.PropertyDiff.Kind;

/** The README's example Deployment: model, accelerator, region, an INTERNET direct route with one key. */
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

function detailed(response) {
  return Object.fromEntries([...response.getDetaileddiffMap().entries()].map(([k, d]) => [k, d.getKind()]));
}

function assertNoSecretsIn(text, what) {
  for (const s of [KEY_1, KEY_2, 'fw-emulator-key']) assert.ok(!text.includes(s), `${what} leaks a secret: ${text}`);
}

function handleFor(deploymentId) {
  return `emulator-account-${deploymentId}.us-arizona-1.direct.fireworks.ai`;
}

let stack;
before(async () => { stack = await startEmulatedProvider(); });
after(async () => {
  const exit = await stack.shutdown();
  assert.equal(exit.killed, false, 'plugin exited after SIGINT');
  assertOnlyPortLine(stack.plugin);
  for (const entry of stack.engine.logs) assertNoSecretsIn(entry.message, 'a Log message');
  assertNoSecretsIn(stack.plugin.stderrText(), 'the plugin\'s stderr');
});

async function check(name, news, options) {
  const r = await stack.client.call('check', requests.check(name, news, options), { note: name });
  assert.equal(r.codeName, 'OK', r.details);
  const failures = r.response.getFailuresList().map((f) => `${f.getProperty()}: ${f.getReason()}`);
  assert.deepEqual(failures, []);
  return fromStruct(r.response.getInputs());
}

describe('Deployment lifecycle against the emulator', () => {
  const name = 'chat';
  let inputs; // checked inputs (what the engine stores as the resource's inputs)
  let id;
  let deploymentId;
  let outputs;

  test('Check autonames deploymentId from the resource name and the random seed, and keeps the keys secret', TIMEOUT, async () => {
    inputs = await check(name, chatInputs());
    deploymentId = inputs.deploymentId;
    assert.match(deploymentId, /^chat-[a-z0-9]+$/);
    assert.ok(deploymentId.length <= 63);
    assert.equal((await check(name, chatInputs())).deploymentId, deploymentId, 'same seed, same name');
    assert.notEqual((await check(name, chatInputs(), { seed: 9 })).deploymentId, deploymentId, 'another seed, another name');
    assert.ok(isSecret(inputs.directRouteApiKeys), `directRouteApiKeys stays secret: ${JSON.stringify(redact(inputs))}`);
    assert.deepEqual(inputs.directRouteApiKeys.value, [KEY_1]);
  });

  test('preview Create is validated by Fireworks (validateOnly), creates nothing and leaves the handle unknown', TIMEOUT, async () => {
    await stack.emulator.admin.clearRequests();
    const r = await stack.client.call('create', requests.create(name, inputs, { preview: true }), { note: 'preview' });
    assert.equal(r.codeName, 'OK', r.details);
    const props = fromStruct(r.response.getProperties());
    assert.ok(isUnknown(props.directRouteHandle), `directRouteHandle: ${JSON.stringify(props.directRouteHandle)}`);
    assert.ok(isUnknown(props.state), 'state is unknown before the create');
    assert.equal(props.baseModel, MODEL);
    const sent = await stack.emulator.admin.requests();
    assert.deepEqual(sent.map((x) => `${x.method} ${x.path}`), ['POST /v1/accounts/emulator-account/deployments'],
      'a preview only asks Fireworks to validate');
    assert.match(sent[0].query, /validateOnly=true/);
    assert.deepEqual(await stack.emulator.admin.deployments(), [], 'a preview creates nothing');
  });

  test('preview Create of a deployment Fireworks refuses fails the preview with the API message', TIMEOUT, async () => {
    const bad = await check('refused', chatInputs({ baseModel: 'accounts/fireworks/models/does-not-exist-anywhere', deploymentId: 'refused-chat' }));
    const r = await stack.client.call('create', requests.create('refused', bad, { preview: true }), { note: 'preview refused' });
    assert.equal(r.codeName, 'INVALID_ARGUMENT', r.details);
    assert.match(r.details, /nothing was created/);
    assert.match(r.details, /does-not-exist-anywhere/);
    assert.deepEqual(await stack.emulator.admin.deployments(), []);
  });

  test('Create waits for READY, reports progress as ephemeral Log calls, and returns secret keys and the handle', TIMEOUT, async (t) => {
    const logsBefore = stack.engine.logs.length;
    const r = await stack.client.call('create', requests.create(name, inputs), { note: deploymentId, deadlineMs: 45_000 });
    assert.equal(r.codeName, 'OK', r.details);
    id = r.response.getId();
    outputs = fromStruct(r.response.getProperties());
    assert.equal(id, `accounts/emulator-account/deployments/${deploymentId}`);
    assert.equal(outputs.name, id);
    assert.equal(outputs.state, 'READY');
    assert.equal(outputs.directRouteHandle, handleFor(deploymentId));
    assert.equal(outputs.region, 'US_ARIZONA_1');
    assert.ok(isSecret(outputs.directRouteApiKeys), 'output directRouteApiKeys is secret-wrapped');
    assert.deepEqual(outputs.directRouteApiKeys.value, [KEY_1]);
    assert.match(outputs.createTime, /^\d{4}-\d\d-\d\dT/);

    const progress = stack.engine.logs.slice(logsBefore).filter((l) => l.ephemeral);
    t.diagnostic(`progress: ${JSON.stringify(progress.map((l) => l.message))}`);
    assert.ok(progress.length >= 2, 'at least the start and one poll were reported');
    for (const l of progress) assert.equal(l.urn, requests.deploymentUrn(name), 'progress is attached to the resource');

    const live = (await stack.emulator.admin.deployments()).filter((d) => d.state !== 'DELETED');
    assert.equal(live.length, 1, 'exactly one deployment exists');
    assert.equal(live[0].name, id);
  });

  test('the direct route answers a chat completion with a route key (200) and refuses one without (401)', TIMEOUT, async () => {
    const ok = await chatCompletion(stack.emulator, outputs.directRouteHandle, KEY_1);
    assert.equal(ok.status, 200, ok.text);
    assert.equal(ok.json.choices[0].message.content, `Hello from ${deploymentId} (emulated)`);
    const none = await chatCompletion(stack.emulator, outputs.directRouteHandle, undefined);
    assert.equal(none.status, 401, none.text);
    const controlPlaneKey = await chatCompletion(stack.emulator, outputs.directRouteHandle, stack.emulator.apiKey);
    assert.equal(controlPlaneKey.status, 401, 'the control-plane key is not a route key');
  });

  test('Read (refresh) returns the live outputs and inputs, and Diff against the same inputs is DIFF_NONE', TIMEOUT, async () => {
    const r = await stack.client.call('read', requests.read(name, id, { properties: outputs, inputs }), { note: 'refresh' });
    assert.equal(r.codeName, 'OK', r.details);
    assert.equal(r.response.getId(), id);
    const props = fromStruct(r.response.getProperties());
    const readInputs = fromStruct(r.response.getInputs());
    assert.equal(props.state, 'READY');
    assert.ok(isSecret(props.directRouteApiKeys));
    assert.equal(readInputs.baseModel, MODEL);
    assert.equal(readInputs.deploymentId, deploymentId);
    assert.ok(isSecret(readInputs.directRouteApiKeys), 'refreshed input keys stay secret');

    const d = await stack.client.call('diff', requests.diff(name, id, { olds: props, news: inputs, oldInputs: readInputs }), { note: 'after refresh' });
    assert.equal(d.codeName, 'OK', d.details);
    assert.equal(d.response.getChanges(), DIFF_NONE, `diffs=${d.response.getDiffsList()} detailed=${JSON.stringify(detailed(d.response))}`);
    outputs = props;
  });

  let rotated;
  test('Diff of a key rotation is an in-place update, not a replacement', TIMEOUT, async () => {
    rotated = await check(name, chatInputs({ directRouteApiKeys: secret([KEY_2]) }), { olds: inputs });
    assert.equal(rotated.deploymentId, deploymentId, 'the name is kept from the old inputs');
    const d = await stack.client.call('diff', requests.diff(name, id, { olds: outputs, news: rotated, oldInputs: inputs }), { note: 'key rotation' });
    assert.equal(d.codeName, 'OK', d.details);
    assert.equal(d.response.getChanges(), DIFF_SOME);
    assert.deepEqual(d.response.getReplacesList(), []);
    assert.deepEqual(d.response.getDiffsList(), ['directRouteApiKeys']);
    assert.equal(d.response.getHasdetaileddiff(), true);
    const kinds = Object.values(detailed(d.response));
    assert.ok(kinds.length > 0 && kinds.every((k) => k === Kind.UPDATE), JSON.stringify(detailed(d.response)));
  });

  test('Update rotates the key in place: same deployment, new key accepted, old key refused', TIMEOUT, async () => {
    const r = await stack.client.call('update', requests.update(name, id, { olds: outputs, news: rotated, oldInputs: inputs }),
      { note: 'key rotation', deadlineMs: 45_000 });
    assert.equal(r.codeName, 'OK', r.details);
    const props = fromStruct(r.response.getProperties());
    assert.equal(props.state, 'READY');
    assert.ok(isSecret(props.directRouteApiKeys));
    assert.deepEqual(props.directRouteApiKeys.value, [KEY_2]);
    assert.equal(props.createTime, outputs.createTime, 'not recreated');
    assert.equal(props.directRouteHandle, outputs.directRouteHandle);
    assert.equal((await chatCompletion(stack.emulator, props.directRouteHandle, KEY_2)).status, 200);
    assert.equal((await chatCompletion(stack.emulator, props.directRouteHandle, KEY_1)).status, 401);
    outputs = props;
    inputs = rotated;
  });

  test('Update of a rolling field (acceleratorCount) waits through UPDATING and returns READY', TIMEOUT, async () => {
    const scaled = await check(name, chatInputs({ directRouteApiKeys: secret([KEY_2]), acceleratorCount: 2 }), { olds: inputs });
    const d = await stack.client.call('diff', requests.diff(name, id, { olds: outputs, news: scaled, oldInputs: inputs }), { note: 'acceleratorCount' });
    assert.equal(d.response.getChanges(), DIFF_SOME);
    assert.deepEqual(d.response.getReplacesList(), []);
    await stack.emulator.admin.clearRequests();
    const r = await stack.client.call('update', requests.update(name, id, { olds: outputs, news: scaled, oldInputs: inputs }),
      { note: 'acceleratorCount 2', deadlineMs: 45_000 });
    assert.equal(r.codeName, 'OK', r.details);
    const props = fromStruct(r.response.getProperties());
    assert.equal(props.state, 'READY');
    assert.equal(props.acceleratorCount, 2);
    const patches = (await stack.emulator.admin.requests()).filter((x) => x.method === 'PATCH');
    assert.deepEqual(patches.map((x) => x.query), ['?updateMask=accelerator_count'], 'only the changed field is sent');
    outputs = props;
    inputs = scaled;
  });

  test('Diff of a region change is a replacement; deleteBeforeReplace only when deploymentId was chosen', TIMEOUT, async () => {
    const moved = await check(name, chatInputs({ directRouteApiKeys: secret([KEY_2]), acceleratorCount: 2, region: 'EU_FRANKFURT_1' }), { olds: inputs });
    const auto = await stack.client.call('diff', requests.diff(name, id, { olds: outputs, news: moved, oldInputs: inputs }), { note: 'region, generated id' });
    assert.equal(auto.codeName, 'OK', auto.details);
    assert.equal(auto.response.getChanges(), DIFF_SOME);
    assert.deepEqual(auto.response.getReplacesList(), ['region']);
    assert.equal(detailed(auto.response).region, Kind.UPDATE_REPLACE);
    assert.equal(auto.response.getDeletebeforereplace(), false, 'a generated id is regenerated for the replacement');

    const pinned = await check(name, chatInputs({ directRouteApiKeys: secret([KEY_2]), acceleratorCount: 2, region: 'EU_FRANKFURT_1', deploymentId }), { olds: inputs });
    const explicit = await stack.client.call('diff', requests.diff(name, id, { olds: outputs, news: pinned, oldInputs: inputs }), { note: 'region, explicit id' });
    assert.equal(explicit.codeName, 'OK', explicit.details);
    assert.ok(explicit.response.getReplacesList().includes('region'));
    assert.equal(explicit.response.getDeletebeforereplace(), true, 'the same id cannot exist twice');
  });

  test('Delete removes the deployment, and a refresh afterwards reports it gone (empty id)', TIMEOUT, async () => {
    const r = await stack.client.call('delete', requests.deleteRequest(name, id, { properties: outputs, oldInputs: inputs }), { deadlineMs: 45_000 });
    assert.equal(r.codeName, 'OK', r.details);
    const left = (await stack.emulator.admin.deployments()).filter((d) => d.name === id);
    assert.ok(left.every((d) => d.state === 'DELETED'), `left behind: ${JSON.stringify(left.map((d) => d.state))}`);
    assert.equal(left.length, 0, 'hardDelete defaults to true: nothing remains');

    const gone = await stack.client.call('read', requests.read(name, id, { properties: outputs, inputs }), { note: 'after delete' });
    assert.equal(gone.codeName, 'OK', gone.details);
    assert.equal(gone.response.getId(), '');
  });
});

describe('import and partial failure', () => {
  test('import: Read by a bare id returns the full name, outputs, and inputs that Check accepts', TIMEOUT, async () => {
    // A deployment made outside Pulumi (with the control-plane API), then adopted with `pulumi import`.
    const made = await request(`${stack.emulator.baseUrl}/v1/accounts/emulator-account/deployments?deploymentId=legacy-chat`, {
      method: 'POST',
      headers: { authorization: `Bearer ${stack.emulator.apiKey}` },
      body: { baseModel: MODEL, acceleratorType: 'NVIDIA_H100_80GB', placement: { region: 'US_ARIZONA_1' }, displayName: 'legacy' },
    });
    assert.equal(made.status, 200, made.text);

    const r = await stack.client.call('read', requests.read('legacy', 'legacy-chat'), { note: 'import' });
    assert.equal(r.codeName, 'OK', r.details);
    const id = r.response.getId();
    assert.equal(id, 'accounts/emulator-account/deployments/legacy-chat');
    const props = fromStruct(r.response.getProperties());
    const inputs = fromStruct(r.response.getInputs());
    assert.ok(props && inputs, 'both properties and inputs are set (the engine requires them for import)');
    assert.equal(props.displayName, 'legacy');
    assert.equal(inputs.baseModel, MODEL);
    assert.equal(inputs.region, 'US_ARIZONA_1');
    assert.equal(inputs.deploymentId, 'legacy-chat');

    // The engine then checks the read inputs against themselves; they must pass, and diff clean.
    const checked = await check('legacy', inputs, { olds: inputs });
    const d = await stack.client.call('diff', requests.diff('legacy', id, { olds: props, news: checked, oldInputs: inputs }), { note: 'import diff' });
    assert.equal(d.response.getChanges(), DIFF_NONE, JSON.stringify(detailed(d.response)));

    const del = await stack.client.call('delete', requests.deleteRequest('legacy', id, { properties: props, oldInputs: inputs }), { deadlineMs: 45_000 });
    assert.equal(del.codeName, 'OK', del.details);
  });

  test('a model that fails to deploy is a partial failure carrying the id (ErrorResourceInitFailed)', TIMEOUT, async (t) => {
    const inputs = await check('broken', chatInputs({ baseModel: 'accounts/fireworks/models/does-not-exist-anywhere', deploymentId: 'broken-chat' }));
    const r = await stack.client.call('create', requests.create('broken', inputs), { note: 'missing model', deadlineMs: 45_000 });
    assert.notEqual(r.codeName, 'OK');
    const failure = resourceInitFailed(r.statusDetails);
    t.diagnostic(`code=${r.codeName} details=${JSON.stringify(r.details)} extra=${JSON.stringify(errorDetails(r.statusDetails))}`);
    assert.ok(failure, `an ErrorResourceInitFailed detail is attached: ${JSON.stringify(r.statusDetails.map((d) => d.typeUrl))}`);
    assert.equal(failure.id, 'accounts/emulator-account/deployments/broken-chat', 'the engine records the id, so nothing is orphaned');
    assert.equal(failure.properties.state, 'FAILED');
    assert.equal(failure.properties.status.code, 'NOT_FOUND');
    assert.ok(failure.reasons.length > 0 && failure.reasons.every((x) => x.length > 0));
    assertNoSecretsIn(r.details + failure.reasons.join('\n'), 'the failure');

    const del = await stack.client.call('delete', requests.deleteRequest('broken', failure.id, { properties: failure.properties, oldInputs: inputs }),
      { deadlineMs: 45_000 });
    assert.equal(del.codeName, 'OK', del.details);
  });

  test('nothing is left running in the emulator', TIMEOUT, async () => {
    const live = (await stack.emulator.admin.deployments()).filter((d) => d.state !== 'DELETED');
    assert.deepEqual(live.map((d) => `${d.name} ${d.state}`), []);
  });
});
