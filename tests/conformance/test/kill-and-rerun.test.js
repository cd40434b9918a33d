'use strict';
// Kill and rerun: a CI runner is killed in the middle of `pulumi up` or `pulumi destroy` (the engine and the plugin
// die together, SIGKILL), then the next command runs with a fresh plugin process and must converge. A deployment
// costs money every second, so whatever the point of death: with an explicit deploymentId nothing is left behind and
// nothing exists twice; autonamed, a deployment left behind carries the resource's URN and the rerun names it in a
// lasting warning.
//
// The engine rules this file assumes (pulumi/pkg/resource/deploy; the `Stack` state machine below follows them):
//  E1 Every command starts a fresh plugin process: Handshake, CheckConfig, Configure.
//  E2 A resource the stack does not hold: Check(olds {}, news, a new random seed), then Create. A pending create left
//     by a killed command is dropped from the state first (no id was recorded for it); it is neither Read nor Diffed.
//     So an autonamed resource gets a new deploymentId (new seed), an explicit one the same id again.
//  E3 A resource the stack holds: Check(olds = its inputs, news, a new seed), Diff(old outputs, news, old inputs),
//     then Update when Diff answers DIFF_SOME or the resource carries init errors. `pulumi destroy`: Delete(id, old
//     outputs, old inputs).
//  E4 An answer updates the state: Create OK records id, outputs and inputs; ErrorResourceInitFailed records the id,
//     outputs and inputs it carries, with init errors; Update OK replaces outputs and inputs (ErrorResourceInitFailed:
//     those it carries, with init errors); Delete OK removes the resource; any other error changes nothing.
//  E5 No answer (killed): Create leaves only a pending create (E2 next time); Update and Delete leave the resource as
//     it was (old id, outputs, inputs), so the next `pulumi up` diffs against the old state and updates again, and
//     the next `pulumi destroy` deletes again.
//  E6 An answer that arrived before the kill was recorded (E4): the kill interrupted nothing.
//
// The campaign, per mode (explicit deploymentId, autonamed): FIREWORKS_KILL_RUNS runs (default 40) drawn from a
// seeded PRNG (a fixed default seed, FIREWORKS_KILL_SEED to choose another; printed: the same seed draws the same
// plans). A run picks the operation that is interrupted (the create of `pulumi up`; the update of a second `pulumi up`
// or the delete of `pulumi destroy`, after a first `pulumi up` created the deployment) and a window for the SIGKILL,
// counted from the moment the RPC is sent:
//   early  - before the mutating request: 0-20 ms, or inside an injected delay (200-500 ms) of the request before it
//            (the account list of an autonamed create, the GET before a PATCH)
//   around - inside an injected delay (200-500 ms) of the POST / PATCH / DELETE itself, or up to 150 ms after it
//   wait   - once the emulator shows the operation under way (the deployment exists / UPDATING / DELETING), within
//            the emulated duration of that state
// The first nine runs cover every operation with every window once; the rest are drawn freely.
// After the kill, the request log and the emulator's state classify it: the request never arrived (before), it
// arrived but the kill dropped it inside the injected delay, so nothing happened (dropped), or it was applied
// (after); an RPC answered before the kill is counted apart (E6). Then the rerun, then the measures: orphans (live
// deployments the stack does not hold), duplicates (URNs with more than one live deployment), lasting warnings
// (Engine.Log WARNING, not ephemeral), adoptions (the rerun's "adopting deployment" log) and convergence.
// The runs of a mode are spread over FIREWORKS_KILL_LANES lanes (default 3) that run side by side (and both modes at
// once), each with its own emulator, so the faults and the request log belong to one run at a time; the emulator is
// reset between runs. That keeps the file well inside npm test's per-file bound. Each mode prints a summary table to
// stderr; every run prints one diagnostic line (its plan, the kill, the phases' end times in ms, any problem).
const { test, describe } = require('node:test');
const assert = require('node:assert/strict');
const { assertOnlyPortLine } = require('../lib/fixture');
const { startEmulatedProvider } = require('../lib/emulated');
const { startEmulator } = require('../lib/emulator');
const { activeFaults } = require('../lib/emulator-admin');
const { fromStruct } = require('../lib/properties');
const { resourceInitFailed } = require('../lib/client');
const { provider } = require('../lib/proto');
const { seededRandom, seedFrom } = require('../lib/prng');
const { sleep, waitUntil } = require('../lib/wait');
const { formatTable } = require('../lib/table');
const requests = require('../lib/requests');

const RUNS = positiveInteger('FIREWORKS_KILL_RUNS', 40);
const LANES = positiveInteger('FIREWORKS_KILL_LANES', 3);
const SEED = seedFrom('FIREWORKS_KILL_SEED', 4259); // fixed by default: every run draws the same plans
const MODEL = 'accounts/fireworks/models/llama-v3p1-8b-instruct';
const ACCOUNT = 'emulator-account';
const API_KEY = 'fwKillCampaignControlKey5R7';
const LONG_RPC = { deadlineMs: 30_000 };
// A campaign's own bound, below npm test's per-file bound (README, "Time bounds"): a lane's runs take about 2 s each
// on an idle machine and up to about 5 s on a busy one, so 6 s a run plus a minute for the start; a widened campaign
// (FIREWORKS_KILL_RUNS) given no file bound (node --test <this file>) gets a bound to match.
const CAMPAIGN_TIMEOUT = { timeout: 60_000 + Math.ceil(RUNS / LANES) * 6_000 };
const WARNING = 2; // pulumirpc.LogSeverity.WARNING
const { DIFF_SOME } = provider.DiffResponse.DiffChanges;

// Emulated durations (ms) per mode, in the 200-800 ms range: long enough to kill inside, and below the provider's
// first poll (500 ms), so each operation ends at that poll and a run stays short.
const MODES = [
  { key: 'explicit', title: 'explicit deploymentId', explicit: true, delays: { ready: 450, update: 400, delete: 300 } },
  { key: 'autonamed', title: 'autonamed', explicit: false, delays: { ready: 350, update: 450, delete: 250 } },
];
const OPERATIONS = ['create', 'update', 'delete'];
const WINDOWS = ['early', 'around', 'wait'];
const KINDS = ['before', 'dropped', 'after', 'answered'];

function positiveInteger(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got ${JSON.stringify(raw)}`);
  return value;
}

function fullName(deploymentId) {
  return `accounts/${ACCOUNT}/deployments/${deploymentId}`;
}

function idOf(name) {
  return name.slice(name.lastIndexOf('/') + 1);
}

/** The program of run `index`: version 1 creates, version 2 is the update (a rolling field and a metadata field). */
function program(mode, index, version) {
  const inputs = {
    baseModel: MODEL,
    acceleratorType: 'NVIDIA_H100_80GB',
    region: 'US_ARIZONA_1',
    displayName: `kill campaign ${index} v${version}`,
  };
  if (version === 2) inputs.maxContextLength = 8192;
  if (mode.explicit) inputs.deploymentId = `kx-${index}`;
  return inputs;
}

/**
 * Draws every run of a mode up front, so the plans depend on the seed only (not on timing or lane order). The first
 * nine runs cover every operation with every window once (in a random order); the rest are drawn freely.
 */
function drawPlans(mode, modeIndex) {
  const random = seededRandom((SEED + modeIndex * 0x9e3779b1) >>> 0);
  const phase = { create: mode.delays.ready, update: mode.delays.update, delete: mode.delays.delete };
  const covering = OPERATIONS.flatMap((op) => WINDOWS.map((window) => ({ op, window })));
  for (let i = covering.length - 1; i > 0; i -= 1) {
    const j = random.int(0, i);
    [covering[i], covering[j]] = [covering[j], covering[i]];
  }
  return Array.from({ length: RUNS }, (_, index) => {
    const { op, window } = covering[index] || { op: random.pick(OPERATIONS), window: random.pick(WINDOWS) };
    // An "early" kill has a request to delay only before an autonamed create (the list) and before a PATCH (the GET).
    const delayedBefore = window === 'early' && ((op === 'create' && !mode.explicit) || op === 'update');
    const latencyMs = window === 'around' || delayedBefore ? random.int(200, 500) : 0;
    let killDelayMs;
    if (window === 'early') killDelayMs = delayedBefore ? random.int(0, latencyMs) : random.int(0, 20);
    else if (window === 'around') killDelayMs = random.int(0, latencyMs + 150);
    else killDelayMs = random.int(0, phase[op] + 100);
    const seeds = [random.int(1, 85), random.int(86, 170), random.int(171, 255)]; // three different Check seeds
    return { index, op, window, latencyMs, killDelayMs, seeds };
  });
}

// ---- the engine's state for one resource (rules E2-E6) ----

class Stack {
  constructor(name) {
    this.name = name;
    this.urn = requests.deploymentUrn(name);
    this.resource = null; // { id, outputs, inputs, initErrors }
    this.pendingCreate = null; // the deploymentId of a create that got no answer
  }

  /** `pulumi up` of `news` through `session`; `beforeOperation` runs right before the Create/Update RPC is sent. */
  async up(session, news, { seed, beforeOperation = async () => {} }) {
    const client = session.client;
    if (!this.resource) {
      this.pendingCreate = null; // E2: dropped, never read or diffed
      const checked = await check(session, this.name, news, {}, seed);
      await beforeOperation('create', checked.deploymentId);
      const r = await client.call('create', requests.create(this.name, checked), { note: checked.deploymentId, ...LONG_RPC });
      this.recordCreate(checked, r);
      return r;
    }
    const checked = await check(session, this.name, news, this.resource.inputs, seed);
    const d = await client.call('diff', requests.diff(this.name, this.resource.id,
      { olds: this.resource.outputs, news: checked, oldInputs: this.resource.inputs }), { note: this.resource.id });
    assert.equal(d.codeName, 'OK', d.details);
    if (d.response.getChanges() !== DIFF_SOME && !this.resource.initErrors) return undefined;
    await beforeOperation('update', idOf(this.resource.id));
    const r = await client.call('update', requests.update(this.name, this.resource.id,
      { olds: this.resource.outputs, news: checked, oldInputs: this.resource.inputs }), { note: this.resource.id, ...LONG_RPC });
    this.recordUpdate(checked, r);
    return r;
  }

  /** `pulumi destroy` through `session`. */
  async destroy(session, { beforeOperation = async () => {} } = {}) {
    if (!this.resource) return undefined;
    await beforeOperation('delete', idOf(this.resource.id));
    const r = await session.client.call('delete', requests.deleteRequest(this.name, this.resource.id,
      { properties: this.resource.outputs, oldInputs: this.resource.inputs }), { note: this.resource.id, ...LONG_RPC });
    if (r.ok) this.resource = null;
    return r;
  }

  recordCreate(checked, r) {
    const failure = resourceInitFailed(r.statusDetails);
    if (r.ok) {
      this.resource = { id: r.response.getId(), outputs: fromStruct(r.response.getProperties()), inputs: checked, initErrors: false };
    } else if (failure && failure.id) {
      this.resource = { id: failure.id, outputs: failure.properties, inputs: failure.inputs || checked, initErrors: true };
    } else if (r.codeName === 'UNAVAILABLE') {
      this.pendingCreate = checked.deploymentId; // E5
    }
  }

  recordUpdate(checked, r) {
    const failure = resourceInitFailed(r.statusDetails);
    if (r.ok) {
      this.resource = { ...this.resource, outputs: fromStruct(r.response.getProperties()), inputs: checked, initErrors: false };
    } else if (failure) {
      this.resource = { ...this.resource, outputs: failure.properties, inputs: failure.inputs || checked, initErrors: true };
    }
  }
}

async function check(session, name, news, olds, seed) {
  const r = await session.client.call('check', requests.check(name, news, { olds, seed }), { note: name });
  assert.equal(r.codeName, 'OK', r.details);
  assert.deepEqual(r.response.getFailuresList().map((f) => `${f.getProperty()}: ${f.getReason()}`), []);
  return fromStruct(r.response.getInputs());
}

// ---- one lane: an emulator and the runs it hosts, one at a time ----

async function startLane(mode) {
  const { ready, update, delete: del } = mode.delays;
  const emulator = await startEmulator({
    apiKey: API_KEY,
    args: ['--ready-delay', `${ready}ms`, '--update-delay', `${update}ms`, '--delete-delay', `${del}ms`],
  });
  return { mode, emulator };
}

/** A fresh plugin for one command (E1). */
function openSession(lane) {
  return startEmulatedProvider({ emulator: lane.emulator });
}

/** Stops a session and checks what every plugin owes: only the port line on stdout, no secret anywhere. */
async function closeSession(session, { killed = false } = {}) {
  if (killed) await session.plugin.waitForExit(5_000);
  const exit = await session.shutdown();
  if (!killed) assert.equal(exit.killed, false, 'the plugin exited on SIGINT');
  assertOnlyPortLine(session.plugin);
  assert.ok(!session.plugin.stderrText().includes(API_KEY), 'the plugin\'s stderr holds the API key');
  for (const entry of session.engine.logs) assert.ok(!entry.message.includes(API_KEY), `a Log message holds the API key: ${entry.message}`);
}

async function live(emulator) {
  return (await emulator.admin.deployments()).filter((d) => d.state !== 'DELETED');
}

function urnOf(deployment) {
  return (deployment.annotations || {})['fireworks.pulumi.com/urn'];
}

/** Whether the mutating request of `op` took effect, from the emulator's state. */
async function applied(emulator, op, deploymentId) {
  const found = (await emulator.admin.deployments()).find((d) => d.name === fullName(deploymentId));
  if (op === 'create') return found !== undefined;
  if (op === 'update') return found !== undefined && found.maxContextLength === 8192;
  return found === undefined || ['DELETING', 'DELETED'].includes(found.state);
}

/** Whether the emulator shows `op` under way (the anchor of the "wait" window). */
async function underWay(emulator, op, deploymentId) {
  const found = (await emulator.admin.deployments()).find((d) => d.name === fullName(deploymentId));
  if (op === 'create') return found !== undefined;
  if (op === 'update') return found !== undefined && (found.state === 'UPDATING' || found.maxContextLength === 8192);
  return found === undefined || ['DELETING', 'DELETED'].includes(found.state);
}

function isMutation(entry, op, deploymentId) {
  if (op === 'create') {
    return entry.method === 'POST' && entry.path.endsWith('/deployments') && entry.query.includes(`deploymentId=${deploymentId}`)
      && !entry.query.includes('validateOnly=true');
  }
  return entry.method === (op === 'update' ? 'PATCH' : 'DELETE') && entry.path.endsWith(`/deployments/${deploymentId}`);
}

/**
 * The killer of one run: armed right before the operation's RPC is sent (injects the window's delay fault first),
 * it SIGKILLs the plugin after the plan's delay and waits for the process to be gone.
 */
function killer(lane, session, plan) {
  const emulator = lane.emulator;
  const state = { armedAt: 0, killedAfterMs: undefined, deploymentId: undefined, op: undefined, settled: false, done: Promise.resolve() };
  state.arm = async (op, deploymentId) => {
    state.op = op;
    state.deploymentId = deploymentId;
    await emulator.admin.clearRequests();
    if (plan.latencyMs > 0) {
      const target = plan.window === 'around'
        ? { create: { method: 'POST', pathContains: '/deployments' }, update: { method: 'PATCH', pathContains: `/deployments/${deploymentId}` },
          delete: { method: 'DELETE', pathContains: `/deployments/${deploymentId}` } }[op]
        : { create: { method: 'GET', pathContains: '/deployments' }, update: { method: 'GET', pathContains: `/deployments/${deploymentId}` } }[op];
      await emulator.admin.addFault({ latencyMs: plan.latencyMs, count: 1, ...target });
    }
    state.armedAt = Date.now();
    state.done = (async () => {
      if (plan.window === 'wait') {
        await waitUntil(async () => state.settled || underWay(emulator, op, deploymentId), `${op} of ${deploymentId} under way`,
          { timeoutMs: 10_000, intervalMs: 25 });
      }
      await sleep(plan.killDelayMs);
      session.plugin.kill('SIGKILL');
      state.killedAfterMs = Date.now() - state.armedAt;
      await session.plugin.waitForExit(5_000);
      // A request held in an injected delay ends (aborted) once the emulator sees the connection close.
      const delayEnds = plan.latencyMs > 0 ? state.armedAt + plan.latencyMs + 50 : 0;
      await sleep(Math.max(0, delayEnds - Date.now()) + 100);
      await emulator.admin.clearFaults();
    })();
  };
  return state;
}

/** One run: setup (a completed `pulumi up` for update/delete), the killed command, the rerun, the measures. */
async function runOnce(lane, plan) {
  const { mode, emulator } = lane;
  const started = Date.now();
  const record = { ...plan, phases: [], kind: undefined, orphans: [], duplicates: 0, warnings: 0, unnamedOrphans: [], adopted: false, problems: [] };
  const name = `${mode.key.slice(0, 1)}k${plan.index}`;
  const stack = new Stack(name);
  const v1 = program(mode, plan.index, 1);
  const news = plan.op === 'update' ? program(mode, plan.index, 2) : v1;
  const lap = (label) => { record.phases.push(`${label} ${Date.now() - started}`); };
  try {
    if (plan.op !== 'create') {
      const setup = await openSession(lane);
      try {
        const r = await stack.up(setup, v1, { seed: plan.seeds[0] });
        assert.equal(r.codeName, 'OK', `setup create: ${r.details}`);
      } finally {
        await closeSession(setup);
      }
    }
    const recordedId = stack.resource && stack.resource.id;
    lap('setup');

    // The interrupted command.
    const doomed = await openSession(lane);
    const kill = killer(lane, doomed, plan);
    let answer;
    try {
      answer = plan.op === 'delete'
        ? await stack.destroy(doomed, { beforeOperation: kill.arm })
        : await stack.up(doomed, news, { seed: plan.seeds[1], beforeOperation: kill.arm });
      kill.settled = true;
      await kill.done;
    } finally {
      await closeSession(doomed, { killed: true });
    }
    record.killedAfterMs = kill.killedAfterMs;
    record.kind = await classify(emulator, plan.op, kill.deploymentId, answer);
    lap('killed');

    // The next command, with a fresh plugin.
    const rerun = await openSession(lane);
    let rerunAnswer;
    try {
      rerunAnswer = plan.op === 'delete'
        ? await stack.destroy(rerun)
        : await stack.up(rerun, news, { seed: plan.seeds[2] });
    } finally {
      await closeSession(rerun);
    }
    lap('rerun');
    if (rerunAnswer && !rerunAnswer.ok) record.problems.push(`the rerun's ${plan.op} answered ${rerunAnswer.codeName}: ${rerunAnswer.details}`);
    await measure(lane, plan, stack, recordedId, rerun, record);
  } catch (e) {
    record.problems.push(`run failed: ${e.stack || e.message}`);
  } finally {
    record.durationMs = Date.now() - started;
    await emulator.admin.reset();
  }
  return record;
}

async function classify(emulator, op, deploymentId, answer) {
  if (answer && answer.codeName !== 'UNAVAILABLE') return 'answered';
  if (await applied(emulator, op, deploymentId)) return 'after';
  const arrived = (await emulator.admin.requests()).some((entry) => isMutation(entry, op, deploymentId));
  return arrived ? 'dropped' : 'before';
}

async function measure(lane, plan, stack, recordedId, rerun, record) {
  const deployments = await live(lane.emulator);
  const held = stack.resource && stack.resource.id;
  record.orphans = deployments.filter((d) => d.name !== held).map((d) => d.name);
  const byUrn = new Map();
  for (const d of deployments) byUrn.set(urnOf(d), (byUrn.get(urnOf(d)) || 0) + 1);
  record.duplicates = [...byUrn.values()].filter((n) => n > 1).length;
  const warnings = rerun.engine.logs.filter((l) => l.severity === WARNING && !l.ephemeral);
  record.warnings = warnings.length;
  record.adopted = rerun.engine.logs.some((l) => !l.ephemeral && l.message.startsWith('adopting deployment'));
  for (const orphan of deployments.filter((d) => d.name !== held)) {
    const named = warnings.some((w) => w.urn === stack.urn && w.message.includes(orphan.name));
    if (urnOf(orphan) !== stack.urn || !named) record.unnamedOrphans.push(orphan.name);
  }

  const problems = record.problems;
  if (plan.op === 'delete') {
    if (stack.resource) problems.push(`the stack still holds ${stack.resource.id}`);
    if (deployments.some((d) => d.name === recordedId)) problems.push(`${recordedId} is still live`);
    return;
  }
  if (!stack.resource) {
    problems.push('the stack holds no deployment after the rerun');
    return;
  }
  const { id, outputs, initErrors } = stack.resource;
  if (initErrors) problems.push(`${id} still carries init errors`);
  if (plan.op === 'update' && id !== recordedId) problems.push(`the update changed the id from ${recordedId} to ${id}`);
  if (lane.mode.explicit && id !== fullName(`kx-${plan.index}`)) problems.push(`recorded ${id}, not the explicit id`);
  const actual = deployments.find((d) => d.name === id);
  const wanted = program(lane.mode, plan.index, plan.op === 'update' ? 2 : 1);
  if (!actual) problems.push(`the recorded ${id} does not exist`);
  else if (actual.state !== 'READY') problems.push(`${id} is ${actual.state}`);
  else if (actual.displayName !== wanted.displayName || actual.maxContextLength !== wanted.maxContextLength) {
    problems.push(`${id} holds ${JSON.stringify({ displayName: actual.displayName, maxContextLength: actual.maxContextLength })}`);
  }
  if (!outputs || outputs.state !== 'READY' || outputs.displayName !== wanted.displayName) {
    problems.push(`the recorded outputs are ${JSON.stringify(outputs && { state: outputs.state, displayName: outputs.displayName })}`);
  }
}

// ---- the summary ----

function summarize(mode, records, elapsedMs) {
  const row = (label, rs) => [
    label, rs.length, ...KINDS.map((k) => rs.filter((r) => r.kind === k).length),
    rs.reduce((n, r) => n + r.orphans.length, 0), rs.reduce((n, r) => n + r.duplicates, 0),
    rs.reduce((n, r) => n + r.warnings, 0), rs.filter((r) => r.adopted).length,
    `${rs.filter((r) => r.problems.length === 0).length}/${rs.length}`,
  ];
  const rows = [['interrupted', 'runs', 'before request', 'dropped in flight', 'after request', 'answered first',
    'orphans', 'duplicates', 'lasting warnings', 'adoptions', 'converged']];
  for (const op of OPERATIONS) rows.push(row(op, records.filter((r) => r.op === op)));
  rows.push(row('all', records));
  const mean = Math.round(records.reduce((n, r) => n + r.durationMs, 0) / Math.max(records.length, 1));
  return `kill-and-rerun, ${mode.title}: seed ${SEED} (FIREWORKS_KILL_SEED), ${records.length} runs on ${LANES} lane(s), ` +
    `${(elapsedMs / 1000).toFixed(1)} s (mean run ${mean} ms)\n${formatTable(rows)}\n`;
}

function describeRun(r) {
  return `run ${r.index} (${r.op}, ${r.window}, delay fault ${r.latencyMs} ms, kill after ${r.killDelayMs} ms -> ` +
    `${r.killedAfterMs} ms, ${r.kind}; ${r.phases.join(', ')}, ${r.durationMs}): ${r.problems.join('; ') || 'ok'}` +
    `${r.orphans.length ? `; orphans ${r.orphans.join(', ')}` : ''}`;
}

async function campaign(mode, modeIndex, t) {
  const plans = drawPlans(mode, modeIndex);
  const started = Date.now();
  const lanes = await Promise.all(Array.from({ length: Math.min(LANES, plans.length) }, () => startLane(mode)));
  const records = [];
  try {
    await Promise.all(lanes.map(async (lane, l) => {
      for (let i = l; i < plans.length; i += lanes.length) {
        const record = await runOnce(lane, plans[i]);
        t.diagnostic(describeRun(record));
        records.push(record);
      }
    }));
  } finally {
    await Promise.all(lanes.map((lane) => lane.emulator.stop()));
  }
  records.sort((a, b) => a.index - b.index);
  process.stderr.write(summarize(mode, records, Date.now() - started));
  return records;
}

describe(`kill and rerun (seed ${SEED}: FIREWORKS_KILL_SEED=${SEED} replays the plans)`, { concurrency: true }, () => {
  test(`explicit deploymentId: ${RUNS} killed runs leave no orphan and no duplicate, and every rerun converges`, CAMPAIGN_TIMEOUT, async (t) => {
    const records = await campaign(MODES[0], 0, t);
    assert.deepEqual(records.filter((r) => r.problems.length > 0).map(describeRun), [], 'every rerun converges');
    assert.deepEqual(records.filter((r) => r.orphans.length > 0).map(describeRun), [], 'no orphans');
    assert.deepEqual(records.filter((r) => r.duplicates > 0).map(describeRun), [], 'no duplicates');
    assert.ok(records.some((r) => r.kind === 'before' || r.kind === 'dropped'), 'some kills came before the request took effect');
    assert.ok(records.some((r) => r.kind === 'after'), 'some kills came after the request took effect');
  });

  test(`autonamed: ${RUNS} killed runs converge, and every deployment left behind carries the URN and is named in a lasting warning`, CAMPAIGN_TIMEOUT, async (t) => {
    const records = await campaign(MODES[1], 1, t);
    assert.deepEqual(records.filter((r) => r.problems.length > 0).map(describeRun), [], 'every rerun otherwise converges');
    assert.deepEqual(records.filter((r) => r.unnamedOrphans.length > 0).map(describeRun), [],
      'every orphan carries the URN annotation and is named in a lasting warning of the rerun');
    assert.deepEqual(records.filter((r) => r.orphans.length > 0 && !(r.op === 'create' && r.kind === 'after')).map(describeRun), [],
      'orphans come only from a create killed after Fireworks accepted it');
    assert.deepEqual(records.filter((r) => r.orphans.length > 1).map(describeRun), [], 'a killed create leaves at most one orphan');
    assert.ok(records.some((r) => r.kind === 'before' || r.kind === 'dropped'), 'some kills came before the request took effect');
    assert.ok(records.some((r) => r.kind === 'after'), 'some kills came after the request took effect');
  });
});

// The campaign tells "dropped" from "after" by the emulator's state (was the operation applied?) and "dropped" from
// "before" by the request log (did the request arrive?). What a kill leaves in that log: a request held in an injected
// delay is abandoned when its client dies, before any response started, and the emulator logs it with status 0.
describe('the emulator\'s request log after a kill', () => {
  test('a POST held in an injected delay when the plugin is killed is not applied, and is logged as unanswered (status 0)', { timeout: 60_000 }, async () => {
    const emulator = await startEmulator({ apiKey: API_KEY, args: ['--ready-delay', '300ms'] });
    try {
      const session = await openSession({ emulator });
      const deploymentId = 'held-post';
      try {
        const inputs = await check(session, 'held', { ...program(MODES[0], 0, 1), deploymentId }, {}, 1);
        await emulator.admin.addFault({ latencyMs: 10_000, count: 1, method: 'POST', pathContains: '/deployments' });
        await emulator.admin.clearRequests();
        const answer = session.client.call('create', requests.create('held', inputs), { note: 'held POST', ...LONG_RPC });
        await waitUntil(async () => (await activeFaults(emulator)).length === 0, 'the POST to reach the emulator\'s delay');
        session.plugin.kill('SIGKILL');
        assert.equal((await answer).codeName, 'UNAVAILABLE');
      } finally {
        await closeSession(session, { killed: true });
      }
      const [post] = await waitUntil(async () => {
        const posts = (await emulator.admin.requests()).filter((x) => isMutation(x, 'create', deploymentId));
        return posts.length > 0 && posts;
      }, 'the abandoned POST in the request log');
      assert.equal(await applied(emulator, 'create', deploymentId), false, 'the abandoned POST created nothing');
      assert.equal(post.status, 0, `the abandoned POST is logged with status 0 (no response): ${JSON.stringify(post)}`);
    } finally {
      await emulator.stop();
    }
  });
});
