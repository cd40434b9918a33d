'use strict';
// The Fireworks API 4.259.0 lifecycle end to end, through the official stubs, against an emulator whose every reply
// also carries fields no client knows (--unknown-output-fields): a Deployment with every input set, the 4.259.0
// ones included, goes Check → Create → Read → Diff (none) → Update of one new in-place field (the PATCH masks only
// it) → a Delete refused by Fireworks' delete checks → Update of ignoreChecksOnDelete (Pulumi's state only) →
// Delete → gone. Then a region 4.259.0 no longer lists: Check warns with the current list, Fireworks refuses the
// create. The tests of the first describe run in order and share one deployment, as one stack's history would.
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { assertOnlyPortLine } = require('../lib/fixture');
const { startEmulatedProvider } = require('../lib/emulated');
const { startEmulator, request, REPO_ROOT } = { ...require('../lib/emulator'), ...require('../lib/plugin') };
const { markInUse, replyOptions, storedDeployment } = require('../lib/emulator-admin');
const { secret, isSecret, fromStruct, redact } = require('../lib/properties');
const { provider } = require('../lib/proto');
const requests = require('../lib/requests');

const TIMEOUT = { timeout: 60_000 };
const LONG_RPC = { deadlineMs: 45_000 };
const MODEL = 'accounts/fireworks/models/llama-v3p1-8b-instruct';
const ACCOUNT = 'emulator-account';
const API_KEY = 'fw4259LifecycleControlKey8D2';
const ROUTE_KEY = 'route4259LifecycleKey3J6';
const URN_ANNOTATION = 'fireworks.pulumi.com/urn';
const WARNING = 2; // pulumirpc.LogSeverity.WARNING
const { DIFF_NONE, DIFF_SOME } = provider.DiffResponse.DiffChanges;
const Kind = provider.PropertyDiff.Kind;

/** The output-only fields of a 4.259.0 Deployment: the outputs carry each exactly as Fireworks returns it, or not at all. */
const OUTPUT_ONLY = ['name', 'createTime', 'updateTime', 'deleteTime', 'purgeTime', 'state', 'status', 'replicaCount',
  'desiredReplicaCount', 'replicaStats', 'region', 'directRouteHandle', 'cluster', 'activeModelVersion', 'targetModelVersion'];

/** Every input of the Deployment set at once; 4.259.0's additions marked. EU_NETHERLANDS_1 is a region 4.259.0 added. */
function everyField(deploymentId) {
  return {
    baseModel: MODEL,
    deploymentId,
    displayName: 'every 4.259.0 field',
    description: 'the 4.259.0 lifecycle end to end',
    deploymentShape: 'accounts/fireworks/deploymentShapes/small',
    precision: 'FP8',
    minReplicaCount: 1,
    maxReplicaCount: 3,
    maxWithRevocableReplicaCount: 5, // 4.259.0
    autoscalingPolicy: {
      scaleUpWindow: '1m',
      scaleDownWindow: '10m',
      scaleToZeroWindow: '1h',
      loadTargets: { default: 0.7 }, // 4.259.0 supports only `default` ([!] in fireworks-api-more.md §4.1)
      scalingSchedules: { // 4.259.0
        business: { minReplicaCount: 2, schedule: '0 9 * * 1-5', duration: '10h', timezone: 'Europe/Amsterdam', description: 'office hours', disabled: false },
      },
    },
    region: 'EU_NETHERLANDS_1',
    directRouteType: 'INTERNET',
    directRouteApiKeys: secret([ROUTE_KEY]),
    enableAddons: true,
    maxContextLength: 8192,
    draftModel: 'accounts/fireworks/models/llama-v3p2-1b-instruct',
    draftTokenCount: 4,
    ngramSpeculationLength: 3,
    annotations: { team: 'ml-platform', project: 'lifecycle-4259' },
    expireTime: '2031-06-30T12:00:00Z', // 4.259.0
    enableSessionAffinity: true, // 4.259.0
    numPeftDeviceCached: 6, // 4.259.0
    autoTune: { longPrompt: true }, // 4.259.0
    deploymentTemplate: `accounts/${ACCOUNT}/deploymentTemplates/long-context`, // 4.259.0
    disableDeploymentSizeValidation: true, // 4.259.0
    pricingPlanId: 'plan-enterprise', // 4.259.0
    // Hot load from a bucket and from a trainer job: the emulator (and Check) take them together ([I]: Fireworks may
    // treat them as alternatives; the trainer job's bucket URL is copied at create time).
    enableHotLoad: true,
    hotLoadBucketType: 'S3',
    hotLoadBucketUrl: 's3://lifecycle-4259/weights',
    hotLoadTrainerJob: `accounts/${ACCOUNT}/rlorTrainerJobs/lifecycle-4259`, // 4.259.0
    enableHotReloadLatestAddon: true,
    disableSpeculativeDecoding: true, // 4.259.0 query flag of the create
    skipShapeValidation: true, // query flag of create and update
    waitForReady: true,
    hardDelete: true,
    ignoreChecksOnDelete: false,
  };
}

/** The regions 4.259.0 lists (schema values without a deprecation) and the older names it dropped. */
function schemaRegions() {
  const schema = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'schema.json'), 'utf8'));
  const values = schema.types['fireworks:index:Region'].enum;
  return {
    current: values.filter((v) => !v.deprecationMessage).map((v) => v.value),
    dropped: values.filter((v) => v.deprecationMessage).map((v) => v.value),
  };
}

function fullName(deploymentId) {
  return `accounts/${ACCOUNT}/deployments/${deploymentId}`;
}

/** Every key anywhere in `value` (nested objects and arrays). */
function keysDeep(value, into = []) {
  if (Array.isArray(value)) value.forEach((v) => keysDeep(v, into));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      into.push(k);
      keysDeep(v, into);
    }
  }
  return into;
}

let emulator;
let stack;
before(async () => {
  emulator = await startEmulator({
    apiKey: API_KEY,
    args: ['--ready-delay', '800ms', '--update-delay', '600ms', '--delete-delay', '400ms', '--unknown-output-fields'],
  });
  stack = await startEmulatedProvider({ emulator });
});
after(async () => {
  try {
    const exit = await stack.shutdown();
    assert.equal(exit.killed, false, 'the plugin exited on SIGINT');
    assertOnlyPortLine(stack.plugin);
    for (const text of [stack.plugin.stderrText(), ...stack.engine.logs.map((l) => l.message)]) {
      for (const s of [API_KEY, ROUTE_KEY]) assert.ok(!text.includes(s), `a secret leaked: ${text}`);
    }
  } finally {
    await emulator.stop();
  }
});

async function check(name, news, options) {
  const r = await stack.client.call('check', requests.check(name, news, options), { note: name });
  assert.equal(r.codeName, 'OK', r.details);
  assert.deepEqual(r.response.getFailuresList().map((f) => `${f.getProperty()}: ${f.getReason()}`), []);
  return fromStruct(r.response.getInputs());
}

function lastingWarnings(urn) {
  return stack.engine.logs.filter((l) => l.severity === WARNING && !l.ephemeral && l.urn === urn);
}

describe('a Deployment with every 4.259.0 field, against replies full of unknown fields', () => {
  const name = 'every-field';
  const deploymentId = 'every-field-4259';
  const id = fullName(deploymentId);
  const urn = requests.deploymentUrn(name);
  let inputs;
  let outputs;

  test('the emulator answers with unknown fields (the switch is on)', TIMEOUT, async () => {
    assert.deepEqual(await replyOptions(emulator), { unknownOutputFields: true });
    const r = await request(`${emulator.baseUrl}/v1/accounts/${ACCOUNT}/deployments`, { headers: { authorization: `Bearer ${API_KEY}` } });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.emulatorUnknownEnum, 'FUTURE_ENUM_VALUE_NO_CLIENT_KNOWS');
    assert.equal(r.json.emulatorUnknownInt64, '9007199254740993');
  });

  test('Check accepts every field without a failure or a warning and keeps what was set', TIMEOUT, async () => {
    const program = everyField(deploymentId);
    inputs = await check(name, program);
    assert.deepEqual(lastingWarnings(urn), []);
    for (const [key, value] of Object.entries(program)) {
      if (key === 'autoscalingPolicy' || key === 'directRouteApiKeys') continue;
      assert.deepEqual(inputs[key], value, key);
    }
    assert.ok(isSecret(inputs.directRouteApiKeys));
    // Durations are normalized to Fireworks' seconds, so the echo is not a diff.
    assert.deepEqual(inputs.autoscalingPolicy, {
      scaleUpWindow: '60s', scaleDownWindow: '600s', scaleToZeroWindow: '3600s', loadTargets: { default: 0.7 },
      scalingSchedules: { business: { minReplicaCount: 2, schedule: '0 9 * * 1-5', duration: '36000s', timezone: 'Europe/Amsterdam', description: 'office hours', disabled: false } },
    });
  });

  test('Create waits for READY; the outputs hold every input, the 4.259.0 output fields as Fireworks returns them, and no unknown field or URN annotation', TIMEOUT, async () => {
    await emulator.admin.clearRequests();
    const r = await stack.client.call('create', requests.create(name, inputs), { note: deploymentId, ...LONG_RPC });
    assert.equal(r.codeName, 'OK', r.details);
    assert.equal(r.response.getId(), id);
    outputs = fromStruct(r.response.getProperties());
    assert.equal(outputs.state, 'READY');

    const stored = await storedDeployment(emulator, id);
    for (const key of OUTPUT_ONLY) assert.deepEqual(outputs[key], stored[key], `output ${key}`);
    assert.equal(typeof outputs.replicaStats.partialReplicaCount, 'number', 'partialReplicaCount is a number');
    assert.deepEqual(Object.keys(outputs.replicaStats).sort(), ['downloadingModelReplicaCount', 'initializingReplicaCount',
      'partialReplicaCount', 'pendingSchedulingReplicaCount', 'readyReplicaCount', 'revocableReplicaCount']);
    assert.ok(!('deleteTime' in outputs) && !('purgeTime' in outputs), 'a live deployment has no deleteTime or purgeTime');
    assert.equal(outputs.region, 'EU_NETHERLANDS_1');
    assert.equal(outputs.directRouteHandle, `${ACCOUNT}-${deploymentId}.eu-netherlands-1.direct.fireworks.ai`);

    for (const [key, value] of Object.entries(inputs)) {
      if (key === '__defaults') continue;
      if (key === 'deploymentShape') assert.match(outputs[key], /^accounts\/fireworks\/deploymentShapes\/small\/versions\/[a-z0-9]+$/);
      else assert.deepEqual(outputs[key], value, `output ${key}`);
    }
    assert.deepEqual(keysDeep(outputs).filter((k) => k.startsWith('emulatorUnknown')), [], 'unknown reply fields stay out of the outputs');
    assert.deepEqual(outputs.annotations, { team: 'ml-platform', project: 'lifecycle-4259' }, 'the URN annotation is not an output');
    assert.equal(stored.annotations[URN_ANNOTATION], urn, 'Fireworks holds the URN annotation');

    const posts = (await emulator.admin.requests()).filter((x) => x.method === 'POST');
    assert.equal(posts.length, 1);
    const query = new URLSearchParams(posts[0].query);
    assert.equal(query.get('deploymentId'), deploymentId);
    assert.equal(query.get('disableSpeculativeDecoding'), 'true');
    assert.equal(query.get('skipShapeValidation'), 'true');
  });

  test('Read (refresh) returns the same deployment, and Diff against the program is DIFF_NONE', TIMEOUT, async () => {
    const r = await stack.client.call('read', requests.read(name, id, { properties: outputs, inputs }), { note: 'refresh' });
    assert.equal(r.codeName, 'OK', r.details);
    assert.equal(r.response.getId(), id);
    const props = fromStruct(r.response.getProperties());
    const readInputs = fromStruct(r.response.getInputs());
    assert.deepEqual(redact(props), redact(outputs), 'refresh sees exactly what Create returned');
    assert.deepEqual(keysDeep(props).filter((k) => k.startsWith('emulatorUnknown')), []);
    const d = await stack.client.call('diff', requests.diff(name, id, { olds: props, news: inputs, oldInputs: readInputs }));
    assert.equal(d.codeName, 'OK', d.details);
    assert.equal(d.response.getChanges(), DIFF_NONE, `diffs: ${d.response.getDiffsList()}`);
    outputs = props;
    inputs = readInputs;
  });

  test('an update of numPeftDeviceCached is in place, and the PATCH masks only num_peft_device_cached', TIMEOUT, async () => {
    const news = await check(name, { ...everyField(deploymentId), numPeftDeviceCached: 8 }, { olds: inputs });
    const d = await stack.client.call('diff', requests.diff(name, id, { olds: outputs, news, oldInputs: inputs }));
    assert.equal(d.codeName, 'OK', d.details);
    assert.equal(d.response.getChanges(), DIFF_SOME);
    assert.deepEqual(d.response.getDiffsList(), ['numPeftDeviceCached']);
    assert.deepEqual(d.response.getReplacesList(), []);
    assert.equal(d.response.getDetaileddiffMap().get('numPeftDeviceCached').getKind(), Kind.UPDATE);

    await emulator.admin.clearRequests();
    const r = await stack.client.call('update', requests.update(name, id, { olds: outputs, news, oldInputs: inputs }), { note: 'numPeftDeviceCached', ...LONG_RPC });
    assert.equal(r.codeName, 'OK', r.details);
    outputs = fromStruct(r.response.getProperties());
    inputs = news;
    assert.equal(outputs.numPeftDeviceCached, 8);
    assert.equal(outputs.state, 'READY');
    assert.equal((await storedDeployment(emulator, id)).numPeftDeviceCached, 8);

    const patches = (await emulator.admin.requests()).filter((x) => x.method === 'PATCH');
    assert.equal(patches.length, 1, JSON.stringify(patches));
    const query = new URLSearchParams(patches[0].query);
    assert.equal(query.get('updateMask') ?? query.get('update_mask'), 'num_peft_device_cached', `PATCH query: ${patches[0].query}`);
    assert.equal(query.get('skipShapeValidation'), 'true', 'skipShapeValidation goes with every update');
    const stored = await storedDeployment(emulator, id);
    assert.equal(stored.annotations[URN_ANNOTATION], urn, 'the URN annotation survives the update');
  });

  test('Delete of a deployment in use is refused with FAILED_PRECONDITION naming ignoreChecksOnDelete, and nothing is deleted', TIMEOUT, async () => {
    await markInUse(emulator, deploymentId, true);
    await emulator.admin.clearRequests();
    const r = await stack.client.call('delete', requests.deleteRequest(name, id, { properties: outputs, oldInputs: inputs }), { note: 'in use', ...LONG_RPC });
    assert.equal(r.codeName, 'FAILED_PRECONDITION', r.details);
    assert.match(r.details, /ignoreChecksOnDelete/);
    assert.match(r.details, /in use/);
    const deletes = (await emulator.admin.requests()).filter((x) => x.method === 'DELETE');
    assert.equal(deletes.length, 1, 'one DELETE, not retried');
    for (const x of deletes) assert.notEqual(new URLSearchParams(x.query).get('ignoreChecks'), 'true', 'the checks were not skipped');
    const stored = await storedDeployment(emulator, id);
    assert.equal(stored.state, 'READY', 'nothing was deleted');
  });

  test('setting ignoreChecksOnDelete is an update of Pulumi\'s state only: no Fireworks request', TIMEOUT, async () => {
    const news = await check(name, { ...everyField(deploymentId), numPeftDeviceCached: 8, ignoreChecksOnDelete: true }, { olds: inputs });
    const d = await stack.client.call('diff', requests.diff(name, id, { olds: outputs, news, oldInputs: inputs }));
    assert.equal(d.codeName, 'OK', d.details);
    assert.equal(d.response.getChanges(), DIFF_SOME);
    assert.deepEqual(d.response.getDiffsList(), ['ignoreChecksOnDelete']);
    assert.deepEqual(d.response.getReplacesList(), []);

    await emulator.admin.clearRequests();
    const r = await stack.client.call('update', requests.update(name, id, { olds: outputs, news, oldInputs: inputs }), { note: 'ignoreChecksOnDelete', ...LONG_RPC });
    assert.equal(r.codeName, 'OK', r.details);
    assert.deepEqual(await emulator.admin.requests(), [], 'no request reached Fireworks');
    outputs = fromStruct(r.response.getProperties());
    inputs = news;
    assert.equal(outputs.ignoreChecksOnDelete, true);
    assert.equal(outputs.numPeftDeviceCached, 8);
  });

  test('Delete with ignoreChecksOnDelete skips the checks, and the deployment is gone', TIMEOUT, async () => {
    await emulator.admin.clearRequests();
    const r = await stack.client.call('delete', requests.deleteRequest(name, id, { properties: outputs, oldInputs: inputs }), { note: 'ignore checks', ...LONG_RPC });
    assert.equal(r.codeName, 'OK', r.details);
    const deletes = (await emulator.admin.requests()).filter((x) => x.method === 'DELETE');
    assert.equal(deletes.length, 1);
    const query = new URLSearchParams(deletes[0].query);
    assert.equal(query.get('ignoreChecks'), 'true');
    assert.equal(query.get('hard'), 'true');
    assert.equal(await storedDeployment(emulator, id), undefined, 'hard-deleted: gone from Fireworks');
    const read = await stack.client.call('read', requests.read(name, id, { properties: outputs, inputs }), { note: 'after delete' });
    assert.equal(read.codeName, 'OK', read.details);
    assert.equal(read.response.getId(), '', 'refresh drops it from the stack');
  });
});

describe('a region 4.259.0 no longer lists', () => {
  const name = 'legacy-region';
  const urn = requests.deploymentUrn(name);
  const program = { baseModel: MODEL, acceleratorType: 'NVIDIA_H100_80GB', region: 'EU_LONDON_1', deploymentId: 'legacy-region-1' };
  let inputs;

  test('Check passes with a lasting warning that names the value and the current list', TIMEOUT, async () => {
    inputs = await check(name, program);
    assert.equal(inputs.region, 'EU_LONDON_1');
    const warnings = lastingWarnings(urn);
    assert.equal(warnings.length, 1, JSON.stringify(warnings));
    const message = warnings[0].message;
    assert.match(message, /EU_LONDON_1/);
    const { current, dropped } = schemaRegions();
    assert.equal(current.length, 32);
    const listed = message.slice(message.indexOf(current[0]));
    for (const region of current) assert.ok(listed.includes(region), `the warning lists ${region}: ${message}`);
    for (const region of dropped) assert.ok(!listed.includes(region), `the current list holds no dropped name (${region}): ${message}`);
  });

  test('Create is refused by Fireworks (which follows 4.259.0) with a message naming the region, and nothing is created', TIMEOUT, async () => {
    await emulator.admin.clearRequests();
    const r = await stack.client.call('create', requests.create(name, inputs), { note: 'EU_LONDON_1', ...LONG_RPC });
    assert.equal(r.codeName, 'INVALID_ARGUMENT', r.details);
    assert.match(r.details, /EU_LONDON_1/);
    assert.match(r.details, /region/);
    assert.match(r.details, /HTTP 400/);
    assert.equal(await storedDeployment(emulator, fullName(program.deploymentId)), undefined);
    assert.deepEqual((await emulator.admin.requests()).map((x) => `${x.method} ${x.status}`), ['POST 400'], 'one refused POST, no retry');
  });
});
