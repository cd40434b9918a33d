'use strict';
// The four functions (data sources) through the official stubs' Invoke, against the published emulator: each function,
// paging across several pages (the emulator's list default is 50, so the account gets more than 100 deployments),
// filter and showDeleted, the argument failures the engine prints, the error codes, and secrets in results.
// One "# invoke" line per call goes to stderr: the function, its arguments (secrets masked) and the key results.
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { assertOnlyPortLine } = require('../lib/fixture');
const { startEmulatedProvider } = require('../lib/emulated');
const { createDeployment, softDeleteDeployment } = require('../lib/rest');
const { secret, isSecret, fromStruct, redact, UNKNOWN } = require('../lib/properties');
const requests = require('../lib/requests');

const TIMEOUT = { timeout: 60_000 };
const MODEL = 'accounts/fireworks/models/llama-v3p1-8b-instruct';
const SHAPES = 'accounts/fireworks/deploymentShapes/';
const ROUTE_KEY = 'conformanceFunctionRouteKey1';
const GET_DEPLOYMENT = 'fireworks:index:getDeployment';
const GET_DEPLOYMENTS = 'fireworks:index:getDeployments';
const GET_SHAPE = 'fireworks:index:getDeploymentShape';
const GET_SHAPES = 'fireworks:index:getDeploymentShapes';
const PAGED = 120; // more than two pages of the emulator's default 50
// READY quickly; a soft delete is DELETED at once (so showDeleted has something to show).
const EMULATOR = ['--ready-delay', '1500ms', '--update-delay', '1s', '--delete-delay', '0s'];

let stack;
before(async () => { stack = await startEmulatedProvider({ emulatorArgs: EMULATOR }); });
after(async () => {
  const exit = await stack.shutdown();
  assert.equal(exit.killed, false, 'plugin exited after SIGINT');
  assertOnlyPortLine(stack.plugin);
  for (const entry of stack.engine.logs) assertNoSecretsIn(entry.message, 'a Log message');
  assertNoSecretsIn(stack.plugin.stderrText(), 'the plugin\'s stderr');
});

function assertNoSecretsIn(text, what) {
  for (const s of [ROUTE_KEY, stack.emulator.apiKey]) assert.ok(!text.includes(s), `${what} leaks a secret: ${text}`);
}

function short(value) {
  if (isSecret(value)) return '[secret]';
  if (Array.isArray(value)) return `[${value.map(short).join(', ')}]`;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Invokes `tok`; resolves { ok, codeName, details, result, failures } and writes the transcript line. */
async function invoke(tok, args, describeResult = (r) => Object.keys(r).join(',')) {
  const outcome = await stack.client.call('invoke', requests.invoke(tok, args), { note: tok });
  const result = outcome.ok ? fromStruct(outcome.response.getReturn()) || {} : undefined;
  const failures = outcome.ok ? outcome.response.getFailuresList().map((f) => ({ property: f.getProperty(), reason: f.getReason() })) : [];
  const shown = !outcome.ok ? `${outcome.codeName}: ${outcome.details}`
    : failures.length ? `failures: ${failures.map((f) => `${f.property || '(secret)'}: ${f.reason}`).join('; ')}`
      : describeResult(result);
  process.stderr.write(`# invoke ${tok.split(':').pop()} ${JSON.stringify(redact(args))} -> ${shown}\n`);
  if (!outcome.ok) assertNoSecretsIn(outcome.details, 'an Invoke error');
  for (const f of failures) assertNoSecretsIn(f.reason, 'an Invoke failure');
  return { ...outcome, result, failures };
}

const deploymentSummary = (d) =>
  `name=${d.name} state=${d.state} region=${short(d.region)} directRouteHandle=${short(d.directRouteHandle)} ` +
  `directRouteApiKeys=${short(d.directRouteApiKeys)} (${Object.keys(d).length} properties)`;
const shapeSummary = (s) =>
  `versionName=${s.versionName} hardware=${s.acceleratorType} x${s.acceleratorCount} ${s.precision || ''} baseModel=${s.baseModel}`;

let deploymentId; // the deployment the program created (getDeployment's first test)

describe('getDeployment', () => {

  test('reads a deployment the program created, by bare id, with the keys secret and no provider-only knobs', TIMEOUT, async () => {
    const checked = await stack.client.call('check', requests.check('fn-chat', {
      baseModel: MODEL, acceleratorType: 'NVIDIA_H100_80GB', region: 'US_ARIZONA_1', directRouteType: 'INTERNET',
      directRouteApiKeys: secret([ROUTE_KEY]),
    }), { note: 'fn-chat' });
    const inputs = fromStruct(checked.response.getInputs());
    deploymentId = inputs.deploymentId;
    const created = await stack.client.call('create', requests.create('fn-chat', inputs), { note: 'fn-chat', deadlineMs: 30_000 });
    assert.equal(created.codeName, 'OK', created.details);

    const { result, failures, codeName } = await invoke(GET_DEPLOYMENT, { name: deploymentId }, deploymentSummary);

    assert.equal(codeName, 'OK');
    assert.deepEqual(failures, []);
    assert.equal(result.name, `accounts/${stack.emulator.accountId}/deployments/${deploymentId}`);
    assert.equal(result.deploymentId, deploymentId);
    assert.equal(result.state, 'READY');
    assert.equal(result.baseModel, MODEL);
    assert.ok(isSecret(result.directRouteApiKeys), 'directRouteApiKeys is secret');
    assert.deepEqual(result.directRouteApiKeys.value, [ROUTE_KEY]);
    for (const knob of ['waitForReady', 'hardDelete', 'ignoreChecksOnDelete', 'skipShapeValidation', 'disableSpeculativeDecoding']) {
      assert.ok(!(knob in result), `${knob} is not a result`);
    }
  });

  test('a secret name makes every result secret', TIMEOUT, async () => {
    const { result } = await invoke(GET_DEPLOYMENT, { name: secret(deploymentId) }, (r) => `${Object.keys(r).length} properties, all secret: ${Object.values(r).every(isSecret)}`);

    assert.ok(Object.keys(result).length > 5);
    for (const [key, value] of Object.entries(result)) assert.ok(isSecret(value), `${key} is secret`);
  });

  test('a deployment that does not exist is NOT_FOUND naming it', TIMEOUT, async () => {
    const { codeName, details } = await invoke(GET_DEPLOYMENT, { name: 'no-such-deployment' });

    assert.equal(codeName, 'NOT_FOUND');
    assert.match(details, /accounts\/emulator-account\/deployments\/no-such-deployment does not exist/);
  });

  test('bad arguments are failures naming the argument', TIMEOUT, async () => {
    const missing = await invoke(GET_DEPLOYMENT, {});
    const wrongType = await invoke(GET_DEPLOYMENT, { name: 42 });
    const unknownValue = await invoke(GET_DEPLOYMENT, { name: UNKNOWN });
    const unknownName = await invoke(GET_DEPLOYMENT, { nam: deploymentId });
    const malformed = await invoke(GET_DEPLOYMENT, { name: 'accounts/x/models/y' });

    assert.deepEqual(missing.failures.map((f) => f.property), ['name']);
    assert.match(missing.failures[0].reason, /^is required/);
    assert.deepEqual(wrongType.failures, [{ property: 'name', reason: 'must be a string; got a number' }]);
    assert.deepEqual(unknownValue.failures.map((f) => f.property), ['name']);
    assert.match(unknownValue.failures[0].reason, /is not known yet/);
    assert.ok(unknownName.failures.some((f) => f.property === 'nam' && /did you mean 'name'/.test(f.reason)));
    assert.deepEqual(malformed.failures.map((f) => f.property), ['name']);
  });

  test('an unknown function token is INVALID_ARGUMENT naming the functions that exist', TIMEOUT, async () => {
    const { codeName, details } = await invoke('fireworks:index:getNothing', {});

    assert.equal(codeName, 'INVALID_ARGUMENT');
    for (const tok of [GET_DEPLOYMENT, GET_DEPLOYMENTS, GET_SHAPE, GET_SHAPES]) assert.ok(details.includes(tok), `${details} names ${tok}`);
  });
});

describe('getDeployments', () => {
  const paged = Array.from({ length: PAGED }, (_, i) => `paged-${String(i).padStart(3, '0')}`);

  before(async () => {
    for (const id of paged) await createDeployment(stack.emulator, id, { displayName: 'paged' });
    await createDeployment(stack.emulator, 'paged-gone', { displayName: 'paged' });
    await softDeleteDeployment(stack.emulator, 'paged-gone');
  });

  test('follows every page: the whole account, each deployment once, in Fireworks\' order', TIMEOUT, async () => {
    await stack.emulator.admin.clearRequests();

    const { result, failures } = await invoke(GET_DEPLOYMENTS, {}, (r) =>
      `${r.deployments.length} deployments (${r.deployments[0].deploymentId} .. ${r.deployments.at(-1).deploymentId})`);

    assert.deepEqual(failures, []);
    const ids = result.deployments.map((d) => d.deploymentId);
    assert.equal(new Set(ids).size, ids.length, 'no deployment twice');
    assert.deepEqual(ids.filter((id) => id.startsWith('paged-')), paged, 'every paged deployment, oldest first');
    assert.ok(!ids.includes('paged-gone'), 'soft-deleted deployments are left out by default');
    const log = await stack.emulator.admin.requests();
    const lists = (Array.isArray(log) ? log : log.requests || []).filter((r) => r.method === 'GET' && /\/deployments$/.test(r.path));
    assert.equal(lists.length, 3, `three pages of 50: ${JSON.stringify(lists.map((r) => r.query))}`);
    assert.ok(lists.slice(1).every((r) => /pageToken=/.test(r.query)), 'later pages carry the token');
  });

  test('filter and showDeleted are passed to Fireworks', TIMEOUT, async () => {
    const live = await invoke(GET_DEPLOYMENTS, { filter: 'display_name="paged"' }, (r) => `${r.deployments.length} deployments`);
    const all = await invoke(GET_DEPLOYMENTS, { filter: 'display_name="paged"', showDeleted: true }, (r) =>
      `${r.deployments.length} deployments, ${r.deployments.filter((d) => d.state === 'DELETED').map((d) => d.deploymentId).join(',')} DELETED`);

    assert.equal(live.result.deployments.length, PAGED);
    assert.equal(all.result.deployments.length, PAGED + 1);
    assert.equal(all.result.deployments.find((d) => d.deploymentId === 'paged-gone').state, 'DELETED');
  });

  test('every listed deployment keeps its keys secret; a secret filter makes the list secret', TIMEOUT, async () => {
    const { result } = await invoke(GET_DEPLOYMENTS, {}, (r) => `${r.deployments.length} deployments`);
    const hidden = await invoke(GET_DEPLOYMENTS, { filter: secret('display_name="paged"') }, (r) => `deployments secret: ${isSecret(r.deployments)}`);

    const chat = result.deployments.find((d) => d.deploymentId === deploymentId);
    assert.ok(chat, `${deploymentId} is listed`);
    assert.ok(isSecret(chat.directRouteApiKeys), 'its keys are secret');
    assert.deepEqual(chat.directRouteApiKeys.value, [ROUTE_KEY]);
    assert.ok(isSecret(hidden.result.deployments));
  });

  test('a filter Fireworks rejects is INVALID_ARGUMENT with a hint; a non-boolean showDeleted is a failure', TIMEOUT, async () => {
    const rejected = await invoke(GET_DEPLOYMENTS, { filter: 'annotations.team="ml"' });
    const wrongType = await invoke(GET_DEPLOYMENTS, { showDeleted: 'yes' });

    assert.equal(rejected.codeName, 'INVALID_ARGUMENT');
    assert.match(rejected.details, /check `filter`/);
    assert.deepEqual(wrongType.failures.map((f) => f.property), ['showDeleted']);
  });
});

describe('getDeploymentShape', () => {
  test('describes the latest validated version, not the newer unvalidated one', TIMEOUT, async () => {
    const { result, failures } = await invoke(GET_SHAPE, { name: `${SHAPES}llama-v3p1-8b-instruct-throughput` }, shapeSummary);

    assert.deepEqual(failures, []);
    assert.equal(result.name, `${SHAPES}llama-v3p1-8b-instruct-throughput`);
    assert.equal(result.versionName, `${SHAPES}llama-v3p1-8b-instruct-throughput/versions/thru8b01`);
    assert.equal(result.acceleratorType, 'NVIDIA_H100_80GB');
    assert.equal(result.acceleratorCount, 1);
    assert.equal(result.baseModel, MODEL);
    assert.equal(typeof result.parameterCount, 'number');
  });

  test('a shape without a validated version is FAILED_PRECONDITION; an unknown shape NOT_FOUND; a version name a failure', TIMEOUT, async () => {
    const unvalidated = await invoke(GET_SHAPE, { name: `${SHAPES}llama-v3p1-8b-instruct-fast` });
    const missing = await invoke(GET_SHAPE, { name: `${SHAPES}no-such-shape` });
    const versioned = await invoke(GET_SHAPE, { name: `${SHAPES}llama-v3p1-8b-instruct-minimal/versions/mnml8b01` });

    assert.equal(unvalidated.codeName, 'FAILED_PRECONDITION');
    assert.match(unvalidated.details, /llama-v3p1-8b-instruct-fast has no validated version/);
    assert.equal(missing.codeName, 'NOT_FOUND');
    assert.deepEqual(versioned.failures.map((f) => f.property), ['name']);
  });
});

describe('getDeploymentShapes', () => {
  test('lists each shape with a validated version for the model once, with that version', TIMEOUT, async () => {
    const { result, failures } = await invoke(GET_SHAPES, { baseModel: MODEL }, (r) =>
      `${r.shapes.length} shapes: ${r.shapes.map((s) => `${s.versionName.slice(SHAPES.length)} (${s.acceleratorType} x${s.acceleratorCount})`).join(', ')}`);

    assert.deepEqual(failures, []);
    assert.deepEqual(result.shapes.map((s) => s.versionName).sort(), [
      `${SHAPES}llama-v3p1-8b-instruct-minimal/versions/mnml8b01`,
      `${SHAPES}llama-v3p1-8b-instruct-throughput/versions/thru8b01`,
    ]);
  });

  test('a model without shapes is an empty list; a bare model id is a failure suggesting the full name', TIMEOUT, async () => {
    const none = await invoke(GET_SHAPES, { baseModel: 'accounts/fireworks/models/no-shapes-here' }, (r) => `${r.shapes.length} shapes`);
    const bare = await invoke(GET_SHAPES, { baseModel: 'gpt-oss-120b' });

    assert.deepEqual(none.result.shapes, []);
    assert.deepEqual(bare.failures.map((f) => f.property), ['baseModel']);
    assert.match(bare.failures[0].reason, /accounts\/fireworks\/models\/gpt-oss-120b/);
  });
});
