'use strict';
// The Deployment lifecycle under faults (emulator fault injection, engine timeouts, Cancel, SIGTERM) and a secrets
// audit of everything the plugins said in this file. The rule behind every test: a deployment costs money every
// second, so whatever goes wrong the engine must end up knowing its id (OK or ErrorResourceInitFailed), and there is
// never more than one of it.
//
// Two emulators: "fast" (READY after 1.5 s) for the faults that must still end in READY, and "slow" (READY after
// 120 s, never reached here) for the waits that are interrupted. Both use a distinctive control-plane key so the
// audit can search for it. Each test uses its own explicit deploymentId and deletes what it made.
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { assertOnlyPortLine, launch } = require('../lib/fixture');
const { startEmulatedProvider, FAST_EMULATOR } = require('../lib/emulated');
const { startEmulator, request, chatCompletion } = require('../lib/emulator');
const { secret, isSecret, fromStruct } = require('../lib/properties');
const { resourceInitFailed, errorDetails, missingKeys } = require('../lib/client');
const { SHUTDOWN_GRACE_MS } = require('../lib/plugin');
const { waitUntil } = require('../lib/wait');
const requests = require('../lib/requests');

const TIMEOUT = { timeout: 60_000 };
const LONG_RPC = { deadlineMs: 45_000 };
const MODEL = 'accounts/fireworks/models/llama-v3p1-8b-instruct';
const ACCOUNT = 'emulator-account';
const SLOW_EMULATOR = ['--ready-delay', '120s', '--update-delay', '1s', '--delete-delay', '500ms'];

// Distinctive secrets: none of them may appear anywhere outside a secret-wrapped value.
const API_KEY = 'fwAuditControlPlaneKey7Q2x';
const WRONG_API_KEY = 'fwAuditWrongControlKey4M8v';
const ROUTE_KEY_1 = 'auditRouteKeyAlpha3K9';
const ROUTE_KEY_2 = 'auditRouteKeyBravo6T1';
const MALFORMED_ROUTE_KEY = 'audit-malformed-Key-5W3'; // not alphanumeric: Check refuses it, and must not print it
const SECRETS = [API_KEY, WRONG_API_KEY, ROUTE_KEY_1, ROUTE_KEY_2, MALFORMED_ROUTE_KEY];

function fullName(deploymentId) {
  return `accounts/${ACCOUNT}/deployments/${deploymentId}`;
}

function plainInputs(deploymentId, overrides = {}) {
  return { baseModel: MODEL, acceleratorType: 'NVIDIA_H100_80GB', region: 'US_ARIZONA_1', deploymentId, ...overrides };
}

let fast;
let slow;
const sessions = []; // every plugin started in this file (the audit reads all of them)
const outcomes = []; // every RPC outcome of every plugin: { method, outcome }

/** Starts a configured plugin against `emulator` and records everything it answers. */
async function startSession(emulator, { apiKey } = {}) {
  const s = await startEmulatedProvider({ emulator, apiKey });
  const call = s.client.call.bind(s.client);
  s.client.call = async (method, req, options) => {
    const outcome = await call(method, req, options);
    outcomes.push({ method, outcome });
    return outcome;
  };
  sessions.push(s);
  return s;
}

/** Stops a session: it must exit on SIGINT within the engine's budget and print only the port line on stdout. */
async function stopSession(s) {
  if (s.stopped) return s.stopped;
  s.stopped = await s.shutdown();
  assert.equal(s.stopped.killed, false, 'the plugin exited after SIGINT without being killed');
  assertOnlyPortLine(s.plugin);
  return s.stopped;
}

before(async () => {
  [fast, slow] = await Promise.all([
    startEmulator({ args: FAST_EMULATOR, apiKey: API_KEY }),
    startEmulator({ args: SLOW_EMULATOR, apiKey: API_KEY }),
  ]);
});

after(async () => {
  try {
    for (const s of sessions) await stopSession(s);
    // Shutdown may write diagnostics too: audit them once more now that every plugin has exited.
    for (const s of sessions) assertFreeOfSecrets(s.plugin.stderrText(), 'a plugin\'s stderr after shutdown');
  } finally {
    await Promise.all([fast && fast.stop(), slow && slow.stop()]);
  }
});

async function check(s, name, news, options) {
  const r = await s.client.call('check', requests.check(name, news, options), { note: name });
  assert.equal(r.codeName, 'OK', r.details);
  const failures = r.response.getFailuresList().map((f) => `${f.getProperty()}: ${f.getReason()}`);
  assert.deepEqual(failures, []);
  return fromStruct(r.response.getInputs());
}

async function live(emulator, id) {
  return (await emulator.admin.deployments()).filter((d) => d.name === id && d.state !== 'DELETED');
}

/** Waits until the deployment exists in the emulator and the provider has polled it at least once (it is waiting). */
async function waitForWaiting(emulator, deploymentId) {
  await waitUntil(async () => (await live(emulator, fullName(deploymentId))).length === 1, `${deploymentId} to exist`);
  await waitUntil(async () => (await emulator.admin.requests())
    .some((x) => x.method === 'GET' && x.path.endsWith(`/deployments/${deploymentId}`) && x.status === 200), `a poll of ${deploymentId}`);
}

/**
 * Registers a clean-up that hard-deletes the deployment straight through the REST API if a failed assertion left it
 * behind, so one failure does not cascade into the next tests (the provider's own Delete is what the tests assert).
 */
function purgeAfter(t, emulator, deploymentId) {
  t.after(async () => {
    if ((await live(emulator, fullName(deploymentId))).length === 0) return;
    await request(`${emulator.baseUrl}/v1/accounts/${ACCOUNT}/deployments/${deploymentId}?hard=true`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${emulator.apiKey}` },
    });
  });
}

async function deleteWith(s, name, id, properties, oldInputs) {
  const r = await s.client.call('delete', requests.deleteRequest(name, id, { properties, oldInputs }), { note: id, ...LONG_RPC });
  assert.equal(r.codeName, 'OK', r.details);
}

function describeOutcome(r) {
  const failure = resourceInitFailed(r.statusDetails);
  return JSON.stringify({
    code: r.codeName,
    details: r.details,
    initFailed: failure && { id: failure.id, state: failure.properties && failure.properties.state, reasons: failure.reasons },
    extra: errorDetails(r.statusDetails),
  });
}

describe('Create under transport faults still ends with exactly one deployment', () => {
  let s;
  before(async () => { s = await startSession(fast); });

  test('a create whose response is lost after the commit (dropped connection) adopts its own deployment: one deployment, id known', TIMEOUT, async (t) => {
    const name = 'lost';
    const id = fullName('lost-create');
    purgeAfter(t, fast, 'lost-create');
    const inputs = await check(s, name, plainInputs('lost-create'));
    await fast.admin.clearRequests();
    await fast.admin.addFault({ commitThenDrop: 'create', count: 1 });

    const r = await s.client.call('create', requests.create(name, inputs), { note: 'commit then drop', ...LONG_RPC });
    t.diagnostic(`answer: ${describeOutcome(r)}`);
    let outputs;
    if (r.ok) {
      assert.equal(r.response.getId(), id);
      outputs = fromStruct(r.response.getProperties());
      assert.equal(outputs.state, 'READY');
    } else {
      const failure = resourceInitFailed(r.statusDetails);
      assert.ok(failure, `a failed create must carry ErrorResourceInitFailed: ${describeOutcome(r)}`);
      assert.equal(failure.id, id, 'the engine learns the id, so nothing is orphaned');
      outputs = failure.properties;
    }

    const posts = (await fast.admin.requests()).filter((x) => x.method === 'POST' && x.path.endsWith('/deployments'));
    assert.equal(posts[0].status, 0, 'the first POST was committed and its connection dropped');
    assert.ok(posts.length >= 2, 'the provider retried the create');
    assert.equal((await live(fast, id)).length, 1, 'exactly one deployment with that id');
    assert.deepEqual([...new Set(posts.map((x) => x.query))], ['?deploymentId=lost-create'], 'every attempt carried the same id');

    await deleteWith(s, name, id, outputs, inputs);
    assert.deepEqual(await live(fast, id), []);
  });

  test('429 with Retry-After on the create, a dropped connection and a 5xx burst on the polls are retried: Create succeeds, one deployment', TIMEOUT, async (t) => {
    const name = 'throttled';
    const id = fullName('throttled-create');
    purgeAfter(t, fast, 'throttled-create');
    const inputs = await check(s, name, plainInputs('throttled-create'));
    await fast.admin.clearRequests();
    await fast.admin.addFault({ status: 429, retryAfterSeconds: 1, count: 1, method: 'POST', pathContains: '/deployments' });
    await fast.admin.addFault({ dropConnection: true, count: 1, method: 'GET', pathContains: '/deployments/throttled-create' });
    await fast.admin.addFault({ status: 503, count: 1, method: 'GET', pathContains: '/deployments/throttled-create' });
    await fast.admin.addFault({ status: 502, count: 1, method: 'GET', pathContains: '/deployments/throttled-create' });
    await fast.admin.addFault({ status: 500, count: 1, method: 'GET', pathContains: '/deployments/throttled-create' });

    const r = await s.client.call('create', requests.create(name, inputs), { note: '429 + 5xx burst', ...LONG_RPC });
    assert.equal(r.codeName, 'OK', describeOutcome(r));
    assert.equal(r.response.getId(), id);
    const outputs = fromStruct(r.response.getProperties());
    assert.equal(outputs.state, 'READY');

    const log = await fast.admin.requests();
    t.diagnostic(`requests: ${JSON.stringify(log.map((x) => `${x.method} ${x.path} ${x.status}`))}`);
    const posts = log.filter((x) => x.method === 'POST');
    assert.deepEqual(posts.map((x) => x.status), [429, 200], 'the throttled POST was sent again, once');
    assert.ok(Date.parse(posts[1].time) - Date.parse(posts[0].time) >= 900,
      `Retry-After: 1 was honoured (${posts[0].time} → ${posts[1].time})`);
    const statuses = log.filter((x) => x.method === 'GET').map((x) => x.status);
    for (const code of [0, 503, 502, 500]) assert.ok(statuses.includes(code), `the ${code} was served: ${statuses}`);
    assert.equal((await live(fast, id)).length, 1, 'exactly one deployment');

    await deleteWith(s, name, id, outputs, inputs);
    assert.deepEqual(await live(fast, id), []);
  });

  test('a lost response to a rolling update (PATCH committed, connection dropped) is not reported as a clean refusal', TIMEOUT, async (t) => {
    const name = 'rolled';
    const id = fullName('rolled-update');
    purgeAfter(t, fast, 'rolled-update');
    const inputs = await check(s, name, plainInputs('rolled-update'));
    const created = await s.client.call('create', requests.create(name, inputs), { note: 'setup', ...LONG_RPC });
    assert.equal(created.codeName, 'OK', describeOutcome(created));
    const outputs = fromStruct(created.response.getProperties());

    const scaled = await check(s, name, plainInputs('rolled-update', { acceleratorCount: 2 }), { olds: inputs });
    await fast.admin.clearRequests();
    await fast.admin.addFault({ commitThenDrop: 'update', count: 1 });
    const r = await s.client.call('update', requests.update(name, id, { olds: outputs, news: scaled, oldInputs: inputs }),
      { note: 'commit then drop', ...LONG_RPC });
    const log = await fast.admin.requests();
    t.diagnostic(`answer: ${describeOutcome(r)}; requests: ${JSON.stringify(log.map((x) => `${x.method} ${x.status}`))}`);
    const server = await live(fast, id);
    assert.equal(server.length, 1);
    assert.equal(server[0].acceleratorCount, 2, 'the first PATCH was applied (the emulator committed it)');
    // The PATCH was applied; an answer that says "the service refused, nothing changed" would make the engine keep
    // the old outputs while the deployment rolls out the new ones.
    // Acceptable: OK with the change (the retried PATCH's 409 recognised as our own update, as Create does with its
    // 409), or a failure the engine reads as "state unknown" / partial (UNKNOWN, INTERNAL, ErrorResourceInitFailed).
    const uncertain = ['UNKNOWN', 'INTERNAL', 'DATA_LOSS'].includes(r.codeName) || resourceInitFailed(r.statusDetails);
    assert.ok(r.ok || uncertain, `a committed update must not be reported as a clean refusal: ${describeOutcome(r)}`);
    let stored = outputs; // what the engine keeps after a failed update
    if (r.ok) {
      stored = fromStruct(r.response.getProperties());
      assert.equal(stored.state, 'READY');
      assert.equal(stored.acceleratorCount, 2);
    }

    await deleteWith(s, name, id, stored, scaled);
    assert.deepEqual(await live(fast, id), []);
  });

  test('a lost response to the DELETE (committed, connection dropped) still ends with the deployment gone and Delete OK', TIMEOUT, async (t) => {
    const name = 'dropped-delete';
    const id = fullName('dropped-delete');
    purgeAfter(t, fast, 'dropped-delete');
    const inputs = await check(s, name, plainInputs('dropped-delete', { waitForReady: false }));
    const created = await s.client.call('create', requests.create(name, inputs), { note: 'setup' });
    assert.equal(created.codeName, 'OK', describeOutcome(created));
    await fast.admin.clearRequests();
    await fast.admin.addFault({ commitThenDrop: 'delete', count: 1 });
    const r = await s.client.call('delete', requests.deleteRequest(name, id, { properties: fromStruct(created.response.getProperties()), oldInputs: inputs }),
      { note: 'commit then drop', ...LONG_RPC });
    const log = await fast.admin.requests();
    t.diagnostic(`answer: ${describeOutcome(r)}; requests: ${JSON.stringify(log.map((x) => `${x.method} ${x.status}`))}`);
    assert.equal(r.codeName, 'OK', describeOutcome(r));
    assert.equal(log.find((x) => x.method === 'DELETE').status, 0, 'the first DELETE was committed and dropped');
    assert.deepEqual(await live(fast, id), []);
  });

  test('Update after a partial create (engine retry of an init error) with the same inputs waits for READY and succeeds', TIMEOUT, async (t) => {
    const name = 'partial';
    const id = fullName('partial-create');
    purgeAfter(t, fast, 'partial-create');
    const inputs = await check(s, name, plainInputs('partial-create'));
    const created = await s.client.call('create', requests.create(name, inputs, { timeout: 0.2 }), { note: 'timeout 0.2 s', ...LONG_RPC });
    t.diagnostic(`create: ${describeOutcome(created)}`);
    const failure = resourceInitFailed(created.statusDetails);
    assert.ok(failure, `a create that times out is a partial failure: ${describeOutcome(created)}`);
    assert.equal(failure.id, id);
    assert.equal(failure.properties.state, 'CREATING');

    // On the next `up` the engine sends Update to a resource with init errors, even when Diff finds nothing.
    await fast.admin.clearRequests();
    const r = await s.client.call('update', requests.update(name, id, { olds: failure.properties, news: inputs, oldInputs: inputs }),
      { note: 'after partial create', ...LONG_RPC });
    assert.equal(r.codeName, 'OK', describeOutcome(r));
    const outputs = fromStruct(r.response.getProperties());
    assert.equal(outputs.state, 'READY');
    assert.equal(outputs.name, id);
    const log = await fast.admin.requests();
    assert.deepEqual(log.filter((x) => x.method !== 'GET').map((x) => `${x.method} ${x.path}`), [],
      'nothing changed, so nothing but reads was sent');
    assert.equal((await live(fast, id)).length, 1);

    await deleteWith(s, name, id, outputs, inputs);
    assert.deepEqual(await live(fast, id), []);
  });

  test('a deployment deleted out of band (soft or hard, straight through the REST API) reads as gone: empty id', TIMEOUT, async (t) => {
    for (const hard of [false, true]) {
      const deploymentId = hard ? 'oob-hard' : 'oob-soft';
      const id = fullName(deploymentId);
      purgeAfter(t, fast, deploymentId);
      const made = await request(`${fast.baseUrl}/v1/accounts/${ACCOUNT}/deployments?deploymentId=${deploymentId}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${API_KEY}` },
        body: { baseModel: MODEL, acceleratorType: 'NVIDIA_H100_80GB', placement: { region: 'US_ARIZONA_1' } },
      });
      assert.equal(made.status, 200, made.text);
      // What the engine has in state: the result of an earlier import/refresh.
      const imported = await s.client.call('read', requests.read(deploymentId, deploymentId), { note: 'import' });
      assert.equal(imported.codeName, 'OK', imported.details);
      const properties = fromStruct(imported.response.getProperties());
      const inputs = fromStruct(imported.response.getInputs());

      const gone = await request(`${fast.baseUrl}/v1/accounts/${ACCOUNT}/deployments/${deploymentId}?hard=${hard}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${API_KEY}` },
      });
      assert.equal(gone.status, 200, gone.text);
      await waitUntil(async () => (await live(fast, id)).length === 0, `${deploymentId} to be deleted`);

      const r = await s.client.call('read', requests.read(deploymentId, id, { properties, inputs }), { note: `refresh after ${hard ? 'hard' : 'soft'} delete` });
      assert.equal(r.codeName, 'OK', describeOutcome(r));
      assert.equal(r.response.getId(), '', `${hard ? 'hard' : 'soft'}-deleted: the engine drops it from state`);
    }
  });
});

/**
 * A create interrupted by SIGTERM is answered before the process exits, as a partial failure carrying the id (the
 * generic host cancels in-flight calls and gives them time to finish): whoever still listens learns the id.
 */
function assertAnsweredWithId(answer, id) {
  assert.notEqual(answer, 'no answer', 'the interrupted create was answered before the plugin exited');
  const failure = resourceInitFailed(answer.statusDetails);
  assert.ok(failure && failure.id === id, `the interrupted create's answer carries the id: ${describeOutcome(answer)}`);
  assert.equal(failure.properties.state, 'CREATING');
}

describe('interrupted waits (engine timeout, Cancel, SIGTERM) keep the deployment known', () => {
  test('a create timeout is a partial failure with the id and state CREATING; refresh sees it, Delete removes it', TIMEOUT, async (t) => {
    const s = await startSession(slow);
    const name = 'slow';
    const id = fullName('slow-timeout');
    purgeAfter(t, slow, 'slow-timeout');
    const inputs = await check(s, name, plainInputs('slow-timeout'));
    const r = await s.client.call('create', requests.create(name, inputs, { timeout: 1 }), { note: 'customTimeouts.create 1s', ...LONG_RPC });
    t.diagnostic(`create: ${describeOutcome(r)}`);
    assert.notEqual(r.codeName, 'OK');
    const failure = resourceInitFailed(r.statusDetails);
    assert.ok(failure, `ErrorResourceInitFailed is attached: ${describeOutcome(r)}`);
    assert.equal(failure.id, id);
    assert.equal(failure.properties.state, 'CREATING');
    assert.ok(failure.reasons.length > 0 && failure.reasons.every((x) => x.length > 0));
    assert.equal((await live(slow, id)).length, 1, 'the deployment is still there');

    const read = await s.client.call('read', requests.read(name, id, { properties: failure.properties, inputs }), { note: 'refresh' });
    assert.equal(read.codeName, 'OK', describeOutcome(read));
    assert.equal(read.response.getId(), id);
    assert.equal(fromStruct(read.response.getProperties()).state, 'CREATING');

    await deleteWith(s, name, id, fromStruct(read.response.getProperties()), inputs);
    assert.deepEqual(await live(slow, id), []);
    await stopSession(s);
  });

  test('Cancel during the wait: Create answers promptly with ErrorResourceInitFailed and the id; a fresh plugin deletes it', TIMEOUT, async (t) => {
    const s = await startSession(slow);
    const name = 'cancelled';
    const deploymentId = 'cancelled-create';
    const id = fullName(deploymentId);
    purgeAfter(t, slow, deploymentId);
    const inputs = await check(s, name, plainInputs(deploymentId));
    await slow.admin.clearRequests();
    const pending = s.client.call('create', requests.create(name, inputs), { note: 'cancelled', ...LONG_RPC });
    await waitForWaiting(slow, deploymentId);

    const cancelledAt = Date.now();
    const cancel = await s.client.call('cancel', requests.emptyMessage(), { note: 'user cancels', deadlineMs: SHUTDOWN_GRACE_MS });
    assert.equal(cancel.codeName, 'OK', cancel.details);
    const r = await Promise.race([pending, new Promise((res) => setTimeout(res, SHUTDOWN_GRACE_MS, 'no answer'))]);
    assert.notEqual(r, 'no answer', `Create did not answer within ${SHUTDOWN_GRACE_MS} ms of Cancel`);
    t.diagnostic(`create answered ${Date.now() - cancelledAt} ms after Cancel: ${describeOutcome(r)}`);
    const failure = resourceInitFailed(r.statusDetails);
    assert.ok(failure, `the cancelled create carries ErrorResourceInitFailed: ${describeOutcome(r)}`);
    assert.equal(failure.id, id);
    assert.equal(failure.properties.state, 'CREATING');
    assert.equal((await live(slow, id)).length, 1, 'the deployment was not lost (nor deleted)');

    // Cancel ends the engine session; the engine then closes this plugin and a later `pulumi destroy` starts another.
    const after = await s.client.call('read', requests.read(name, id, { properties: failure.properties, inputs }), { note: 'after Cancel' });
    t.diagnostic(`the cancelled plugin answers a later Read with: ${describeOutcome(after)}`);
    await stopSession(s);

    const fresh = await startSession(slow);
    await deleteWith(fresh, name, id, failure.properties, inputs);
    assert.deepEqual(await live(slow, id), []);
    await stopSession(fresh);
  });

  test('Cancel while the API is slow (each poll takes 10 s): Create still answers within 5 s with ErrorResourceInitFailed and the id', TIMEOUT, async (t) => {
    const s = await startSession(slow);
    const name = 'cancelled-slow-api';
    const deploymentId = 'cancelled-slow-api';
    const id = fullName(deploymentId);
    purgeAfter(t, slow, deploymentId);
    t.after(() => slow.admin.clearFaults());
    const inputs = await check(s, name, plainInputs(deploymentId));
    await slow.admin.clearRequests();
    const pending = s.client.call('create', requests.create(name, inputs), { note: 'cancelled, slow API', ...LONG_RPC });
    await waitForWaiting(slow, deploymentId);
    await slow.admin.addFault({ latencyMs: 10_000, method: 'GET', pathContains: `/deployments/${deploymentId}` });

    const cancelledAt = Date.now();
    const cancel = await s.client.call('cancel', requests.emptyMessage(), { note: 'user cancels', deadlineMs: SHUTDOWN_GRACE_MS });
    assert.equal(cancel.codeName, 'OK', cancel.details);
    const r = await Promise.race([pending, new Promise((res) => setTimeout(res, SHUTDOWN_GRACE_MS, 'no answer'))]);
    t.diagnostic(`create: ${r === 'no answer' ? 'no answer' : describeOutcome(r)} after ${Date.now() - cancelledAt} ms`);
    assert.notEqual(r, 'no answer', `Create did not answer within ${SHUTDOWN_GRACE_MS} ms of Cancel (the engine kills the plugin then)`);
    const failure = resourceInitFailed(r.statusDetails);
    assert.ok(failure && failure.id === id, `the cancelled create carries the id: ${describeOutcome(r)}`);
    await slow.admin.clearFaults();
    await stopSession(s);

    const fresh = await startSession(slow);
    await deleteWith(fresh, name, id, failure.properties, inputs);
    assert.deepEqual(await live(slow, id), []);
    await stopSession(fresh);
  });

  test('SIGTERM while a create waits on a slow API (each poll takes 10 s): the create is answered with the id and the plugin exits within 5 s', TIMEOUT, async (t) => {
    const s = await startSession(slow);
    const name = 'sigterm-slow-api';
    const deploymentId = 'sigterm-slow-api';
    const id = fullName(deploymentId);
    purgeAfter(t, slow, deploymentId);
    t.after(() => slow.admin.clearFaults());
    const inputs = await check(s, name, plainInputs(deploymentId));
    await slow.admin.clearRequests();
    const pending = s.client.call('create', requests.create(name, inputs), { note: 'SIGTERM, slow API', ...LONG_RPC });
    await waitForWaiting(slow, deploymentId);
    await slow.admin.addFault({ latencyMs: 10_000, method: 'GET', pathContains: `/deployments/${deploymentId}` });

    const signalledAt = Date.now();
    s.plugin.kill('SIGTERM');
    const exit = await s.plugin.waitForExit(SHUTDOWN_GRACE_MS);
    const answer = await Promise.race([pending, new Promise((res) => setTimeout(res, 100, 'no answer'))]);
    t.diagnostic(`exit ${JSON.stringify(exit)} after ${Date.now() - signalledAt} ms; create: ` +
      `${answer === 'no answer' ? 'no answer' : describeOutcome(answer)}`);
    // A slow API must not turn the shutdown into a lost id: the lookup done for the partial-failure answer has to
    // give up on shutdown too, so the create is answered with the id before the host aborts the call.
    assertAnsweredWithId(answer, id);
    assert.notEqual(exit, 'timeout', `the plugin was still running ${SHUTDOWN_GRACE_MS} ms after SIGTERM (the engine would kill it)`);
    assert.equal((await live(slow, id)).length, 1, 'the deployment is still in Fireworks');
  });

  test('SIGTERM while a create waits: the plugin exits within the engine\'s 5 s budget and the deployment stays in Fireworks', TIMEOUT, async (t) => {
    const s = await startSession(slow);
    const name = 'sigterm';
    const deploymentId = 'sigterm-create';
    const id = fullName(deploymentId);
    purgeAfter(t, slow, deploymentId);
    const inputs = await check(s, name, plainInputs(deploymentId));
    await slow.admin.clearRequests();
    const pending = s.client.call('create', requests.create(name, inputs), { note: 'SIGTERM', ...LONG_RPC });
    await waitForWaiting(slow, deploymentId);

    const signalledAt = Date.now();
    s.plugin.kill('SIGTERM');
    const exit = await s.plugin.waitForExit(SHUTDOWN_GRACE_MS);
    assert.notEqual(exit, 'timeout', `the plugin was still running ${SHUTDOWN_GRACE_MS} ms after SIGTERM (the engine would kill it)`);
    const answer = await Promise.race([pending, new Promise((res) => setTimeout(res, 2_000, 'no answer'))]);
    t.diagnostic(`exit ${JSON.stringify(exit)} after ${Date.now() - signalledAt} ms; create: ` +
      `${answer === 'no answer' ? 'no answer' : describeOutcome(answer)}`);
    assertAnsweredWithId(answer, id);
    assertOnlyPortLine(s.plugin);
    assert.equal((await live(slow, id)).length, 1, 'the deployment is still in Fireworks (not deleted by the shutdown)');
    s.stopped = { ...exit, killed: false };
    await s.shutdown();

    const fresh = await startSession(slow);
    const read = await fresh.client.call('read', requests.read(name, id, { properties: {}, inputs }), { note: 'refresh' });
    assert.equal(read.codeName, 'OK', describeOutcome(read));
    await deleteWith(fresh, name, id, fromStruct(read.response.getProperties()), inputs);
    assert.deepEqual(await live(slow, id), []);
    await stopSession(fresh);
  });
});

describe('secrets audit', () => {
  /** Every string outside secret-wrapped values, keys included. */
  function plainStrings(value, out = []) {
    if (value === undefined || value === null || isSecret(value)) return out;
    if (Array.isArray(value)) {
      for (const v of value) plainStrings(v, out);
    } else if (typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        out.push(k);
        plainStrings(v, out);
      }
    } else {
      out.push(String(value));
    }
    return out;
  }

  /** Everything an RPC outcome exposes outside secret-wrapped values: status text, detail messages, outputs. */
  function exposedBy({ outcome }) {
    const texts = [outcome.details || ''];
    const failure = resourceInitFailed(outcome.statusDetails || []);
    if (failure) texts.push(failure.id, ...failure.reasons, ...plainStrings(failure.properties), ...plainStrings(failure.inputs));
    for (const d of errorDetails(outcome.statusDetails || [])) texts.push(JSON.stringify(d));
    for (const k of missingKeys(outcome.statusDetails || [])) texts.push(k.name, k.description);
    const response = outcome.response;
    if (response) {
      if (response.getProperties && response.getProperties()) texts.push(...plainStrings(fromStruct(response.getProperties())));
      if (response.getInputs && response.getInputs()) texts.push(...plainStrings(fromStruct(response.getInputs())));
      if (response.getFailuresList) for (const f of response.getFailuresList()) texts.push(f.getProperty(), f.getReason());
      if (response.getDiffsList) texts.push(...response.getDiffsList(), ...response.getReplacesList(), ...response.getDetaileddiffMap().keys());
      if (response.getId && typeof response.getId() === 'string') texts.push(response.getId());
    }
    return texts;
  }

  function routeInputs(deploymentId, keys, overrides = {}) {
    return plainInputs(deploymentId, { directRouteType: 'INTERNET', directRouteApiKeys: secret(keys), ...overrides });
  }

  test('a lifecycle with faults, failures and a wrong API key never shows a key outside secret-wrapped values', TIMEOUT, async (t) => {
    const s = await startSession(fast);
    const name = 'audited';
    const id = fullName('audited-chat');

    // Check refuses a malformed key without quoting it.
    const refused = await s.client.call('check', requests.check(name, routeInputs('audited-chat', [MALFORMED_ROUTE_KEY])), { note: 'malformed key' });
    assert.equal(refused.codeName, 'OK', refused.details);
    assert.ok(refused.response.getFailuresList().length > 0, 'a non-alphanumeric key is refused');

    for (const x of ['audited-chat', 'audited-broken', 'audited-timeout', 'audited-denied']) purgeAfter(t, fast, x);
    const inputs = await check(s, name, routeInputs('audited-chat', [ROUTE_KEY_1]));
    assert.deepEqual(inputs.directRouteApiKeys, secret([ROUTE_KEY_1]));
    const preview = await s.client.call('create', requests.create(name, inputs, { preview: true }), { note: 'preview' });
    assert.equal(preview.codeName, 'OK', preview.details);

    // Create through a lost response and a 5xx burst: the retried POST carries the keys again.
    await fast.admin.addFault({ commitThenDrop: 'create', count: 1 });
    await fast.admin.addFault({ status: 503, count: 2, method: 'GET', pathContains: '/deployments/audited-chat' });
    const created = await s.client.call('create', requests.create(name, inputs), { note: 'with faults', ...LONG_RPC });
    assert.equal(created.codeName, 'OK', describeOutcome(created));
    let outputs = fromStruct(created.response.getProperties());
    assert.deepEqual(outputs.directRouteApiKeys, secret([ROUTE_KEY_1]), 'the keys travel only inside a secret');
    assert.equal((await chatCompletion(fast, outputs.directRouteHandle, ROUTE_KEY_1)).status, 200);

    const read = await s.client.call('read', requests.read(name, id, { properties: outputs, inputs }), { note: 'refresh' });
    assert.equal(read.codeName, 'OK', describeOutcome(read));
    outputs = fromStruct(read.response.getProperties());

    // Key rotation: first refused by the service (a certain rejection), then accepted.
    const rotated = await check(s, name, routeInputs('audited-chat', [ROUTE_KEY_2]), { olds: inputs });
    const diff = await s.client.call('diff', requests.diff(name, id, { olds: outputs, news: rotated, oldInputs: inputs }), { note: 'rotation' });
    assert.equal(diff.codeName, 'OK', diff.details);
    await fast.admin.addFault({ status: 400, count: 1, method: 'PATCH' });
    const rejected = await s.client.call('update', requests.update(name, id, { olds: outputs, news: rotated, oldInputs: inputs }), { note: 'rejected', ...LONG_RPC });
    assert.notEqual(rejected.codeName, 'OK', 'the injected 400 fails the update');
    const updated = await s.client.call('update', requests.update(name, id, { olds: outputs, news: rotated, oldInputs: inputs }), { note: 'rotation', ...LONG_RPC });
    assert.equal(updated.codeName, 'OK', describeOutcome(updated));
    outputs = fromStruct(updated.response.getProperties());
    assert.deepEqual(outputs.directRouteApiKeys, secret([ROUTE_KEY_2]));

    // A deployment that fails (missing model) and one that times out: partial failures with keys in their outputs.
    const brokenInputs = await check(s, 'audited-broken', routeInputs('audited-broken', [ROUTE_KEY_1, ROUTE_KEY_2],
      { baseModel: 'accounts/fireworks/models/does-not-exist-audit' }));
    const broken = await s.client.call('create', requests.create('audited-broken', brokenInputs), { note: 'missing model', ...LONG_RPC });
    const brokenFailure = resourceInitFailed(broken.statusDetails);
    assert.ok(brokenFailure, describeOutcome(broken));
    const slowInputs = await check(s, 'audited-timeout', routeInputs('audited-timeout', [ROUTE_KEY_2]));
    const timedOut = await s.client.call('create', requests.create('audited-timeout', slowInputs, { timeout: 0.2 }), { note: 'timeout', ...LONG_RPC });
    const timedOutFailure = resourceInitFailed(timedOut.statusDetails);
    assert.ok(timedOutFailure, describeOutcome(timedOut));

    await deleteWith(s, 'audited-broken', brokenFailure.id, brokenFailure.properties, brokenInputs);
    await deleteWith(s, 'audited-timeout', timedOutFailure.id, timedOutFailure.properties, slowInputs);
    await deleteWith(s, name, id, outputs, rotated);
    await stopSession(s);

    // A provider configured with a wrong API key: Configure checks the key, and the 401 it reports must not quote it.
    const wrong = await launch();
    sessions.push(wrong);
    const wrongHandshake = await wrong.client.call('handshake', requests.handshake(wrong.engine.address));
    assert.ok(wrongHandshake.ok, describeOutcome(wrongHandshake));
    const denied = await wrong.client.call('configure', requests.configure(
      { apiKey: secret(WRONG_API_KEY), accountId: fast.accountId, baseUrl: fast.baseUrl }), { note: 'wrong key' });
    outcomes.push({ method: 'configure', outcome: denied });
    assert.equal(denied.codeName, 'UNAUTHENTICATED', describeOutcome(denied));
    assert.ok(denied.details.includes('fireworks:apiKey'), denied.details);
    t.diagnostic(`wrong key: configure ${describeOutcome(denied)}`);
    await wrong.shutdown();

    // The audit covers every plugin and every RPC of this file, not just this test.
    assert.ok(outcomes.length > 30, `the audit saw ${outcomes.length} RPC outcomes`);
    for (const o of outcomes) {
      for (const text of exposedBy(o)) assertFreeOfSecrets(text, `${o.method} (${o.outcome.codeName})`);
    }
    for (const session of sessions) {
      assertFreeOfSecrets(session.plugin.stderrText(), 'a plugin\'s stderr');
      for (const entry of session.engine.logs) assertFreeOfSecrets(entry.message, `an Engine.Log message (${entry.urn})`);
    }
    t.diagnostic(`audited ${outcomes.length} RPC outcomes, ${sessions.reduce((n, x) => n + x.engine.logs.length, 0)} Log calls, ` +
      `${sessions.length} plugins' stderr`);
  });

  test('nothing is left running in either emulator', TIMEOUT, async () => {
    for (const emulator of [fast, slow]) {
      const left = (await emulator.admin.deployments()).filter((d) => d.state !== 'DELETED');
      assert.deepEqual(left.map((d) => `${d.name} ${d.state}`), []);
    }
  });
});

function assertFreeOfSecrets(text, what) {
  for (const s of SECRETS) {
    assert.ok(!String(text).includes(s), `${what} leaks a secret: ${JSON.stringify(String(text).replaceAll(s, '[LEAKED SECRET]'))}`);
  }
}
