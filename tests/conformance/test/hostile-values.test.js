'use strict';
// Malformed and extreme values thrown at every RPC the plugin implements, from a seeded generator (so a failure
// replays: HOSTILE_SEED=<n> HOSTILE_ROUNDS=<n> node --test test/hostile-values.test.js). The engine reads INTERNAL
// and UNKNOWN as "the resource's state is unknown", so no request may produce them, except the deliberate partial
// failure (UNKNOWN carrying ErrorResourceInitFailed). The plugin must stay up and keep stdout to the port line.
const fs = require('node:fs');
const path = require('node:path');
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { REPO_ROOT } = require('../lib/plugin');
const { assertOnlyPortLine } = require('../lib/fixture');
const { startEmulatedProvider } = require('../lib/emulated');
const { resourceInitFailed } = require('../lib/client');
const { SIGNATURE_KEY, SECRET_SIG, UNKNOWN, secret, fromStruct } = require('../lib/properties');
const { provider, plugin } = require('../lib/proto');
const { deepValue, structField } = require('../lib/wire');
const { seededRandom, seedFrom } = require('../lib/prng');
const requests = require('../lib/requests');

const SEED = seedFrom('HOSTILE_SEED', 20260916);
const ROUNDS = Number(process.env.HOSTILE_ROUNDS || 6);
// Each test's own bound sits below npm test's per-file bound (README, "Time bounds"); the sweep's grows with its rounds
// (about 0.3 s a round on an idle machine), so a widened run given no file bound (node --test <this file>) still fits.
const TIMEOUT = { timeout: 60_000 };
const SWEEP_TIMEOUT = { timeout: 30_000 + ROUNDS * 10_000 };
const MODEL = 'accounts/fireworks/models/llama-v3p1-8b-instruct';
const TYPE = requests.DEPLOYMENT_TYPE;
const MODEL_TYPE = requests.DEPLOYED_MODEL_TYPE;
const RESOURCE_TYPES = [TYPE, MODEL_TYPE];
const OUTPUT_SIG = 'd0e6a833031e9bbcd3f4e8bde6ca49a4';
const SIGNATURES = [SECRET_SIG, OUTPUT_SIG, 'c44067f5952c0a294b673a41bacd8c17', '0def7320c3a5731c473e5ecbe6d01bc7',
  '5cf8f73096256a8f31e491e813e4eb8e', '803fd3297a5875dc03ca845dda5d2a98', 'not-a-signature', ''];
const UNKNOWNS = [UNKNOWN, '1c4a061d-8072-4f0a-a4cb-0ff528b18fe7', '3eeb2bf0-c639-47a8-9e75-3b44932eb421',
  '6a19a0b0-7e62-4c92-b797-7f8e31da9cc2', '030794c1-ac77-496b-92df-f27374a8bd58',
  'e48ece36-62e2-4504-bad9-02848725956a', 'dd056dcd-154b-4c76-9bd3-c8f88648b5ff'];
// The names to fuzz come from the schema, so a property or argument added there is swept without touching this file.
const SCHEMA = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'schema.json'), 'utf8'));
/** Input names per token: each resource's inputProperties and each function's inputs. */
const INPUT_NAMES_BY_TOKEN = {
  ...Object.fromEntries(Object.entries(SCHEMA.resources).map(([token, r]) => [token, Object.keys(r.inputProperties || {})])),
  ...Object.fromEntries(Object.entries(SCHEMA.functions).map(([token, f]) => [token, Object.keys(f.inputs?.properties || {})])),
};
const INPUT_NAMES = [...new Set(Object.values(INPUT_NAMES_BY_TOKEN).flat())].sort();
const FUNCTION_TOKENS = Object.keys(SCHEMA.functions);
const UNKNOWN_FUNCTION = 'fireworks:index:getNothing';
// The engine adds `version` to the provider's configuration besides the schema's variables.
const CONFIG_NAMES = [...Object.keys(SCHEMA.config.variables), 'version'];

const random = seededRandom(SEED);

const NUMBERS = [NaN, Infinity, -Infinity, -0, 0, -1, 1, 2, 3.5, 1e-300, 5e-324, 1e-9, 1e9, 9.3e11, 1e12,
  9223372036.854775, 2 ** 53 + 1, -(2 ** 63), 1.7976931348623157e308];
const STRINGS = ['', ' ', 'x', 'chat', MODEL, 'NVIDIA_H100_80GB', 'US_ARIZONA_1', 'INTERNET', 'FP8', '🚀✨', 'Ω≈ç√',
  '\u0000\u0007\u001b[31m', 'a'.repeat(70_000), '../../etc/passwd', '%00%2F', 'accounts/emulator-account/deployments/x',
  SIGNATURE_KEY, SECRET_SIG, ...UNKNOWNS, 'urn:pulumi:dev::p::fireworks:index:Deployment::x', '300s', '-5s', '1e400'];

// Random characters outside the surrogate range: a lone surrogate is invalid UTF-8 on the wire, which the Go engine
// never sends and which makes the whole request unparseable (that case gets a small share of its own).
function hostileString() {
  if (random.chance(0.01)) return '\ud800';
  if (!random.chance(0.1)) return random.pick(STRINGS);
  return String.fromCodePoint(...Array.from({ length: random.below(40) }, () => {
    const c = random.below(0x10ffff);
    return c >= 0xd800 && c <= 0xdfff ? c - 0x800 : c;
  }));
}

function hostileScalar() {
  switch (random.below(4)) {
    case 0: return random.pick(NUMBERS);
    case 1: return hostileString();
    case 2: return random.chance(0.5);
    default: return null;
  }
}

/**
 * Any JSON-like value or special object up to `depth` levels; broken special objects (which the codec refuses, so
 * the request never reaches the resource) only in `broken` mode, half the time.
 */
function hostileValue(depth, broken = random.chance(0.5)) {
  if (depth <= 0 || random.chance(0.35)) return hostileScalar();
  switch (random.below(broken ? 9 : 6)) {
    case 0: return Array.from({ length: random.below(4) }, () => hostileValue(depth - 1, broken));
    case 1: return hostileMap(depth - 1, () => hostileString().slice(0, 40), broken);
    case 2: return secret(hostileValue(depth - 1, broken));
    case 3: return secret(secret(secret(hostileValue(depth - 1, broken)))); // secrets inside secrets
    case 4: {
      const output = { [SIGNATURE_KEY]: OUTPUT_SIG };
      if (random.chance(0.6)) output.value = hostileValue(depth - 1, broken);
      if (random.chance(0.5)) output.secret = !broken || random.chance(0.7) ? random.chance(0.5) : hostileScalar();
      if (random.chance(0.5)) output.dependencies = !broken || random.chance(0.7) ? [hostileString().slice(0, 80)] : hostileValue(1, broken);
      return output;
    }
    case 5: return random.pick(UNKNOWNS);
    case 6: return { [SIGNATURE_KEY]: SECRET_SIG }; // a secret without a value
    case 7: return { [SIGNATURE_KEY]: random.pick(SIGNATURES), ...hostileMap(depth - 1, () => random.pick(['value', 'urn', 'id', 'hash', 'text', 'path', 'assets']), broken) };
    default: return { [SIGNATURE_KEY]: hostileValue(1, broken) }; // the signature key holding something other than a string
  }
}

function hostileMap(depth, key, broken) {
  const map = {};
  for (let i = random.below(4); i > 0; i--) map[key()] = hostileValue(depth, broken);
  return map;
}

// Valid inputs of each resource type and valid arguments of each function, so the hostile values reach the code that
// reads them rather than failing on a missing required property first.
const VALID_INPUTS = {
  [TYPE]: { baseModel: MODEL, acceleratorType: 'NVIDIA_H100_80GB', region: 'US_ARIZONA_1' },
  [MODEL_TYPE]: { deployment: 'hostile', model: 'accounts/emulator-account/models/chat-lora' },
  'fireworks:index:getDeployment': { name: 'hostile' },
  'fireworks:index:getDeployments': {},
  'fireworks:index:getDeploymentShape': { name: 'accounts/fireworks/deploymentShapes/llama-v3p1-8b-instruct-throughput' },
  'fireworks:index:getDeploymentShapes': { baseModel: MODEL },
};

/**
 * Inputs (or arguments) of `token`: mostly valid, with some properties replaced by hostile values (mostly the token's
 * own, sometimes any token's) and some extra keys.
 */
function hostileInputs(token = TYPE) {
  const broken = random.chance(0.3);
  const inputs = { ...(Object.hasOwn(VALID_INPUTS, token) ? VALID_INPUTS[token] : {}) };
  const own = Object.hasOwn(INPUT_NAMES_BY_TOKEN, token) ? INPUT_NAMES_BY_TOKEN[token] : [];
  for (let i = random.below(5); i > 0; i--) inputs[random.pick(own.length > 0 && random.chance(0.8) ? own : INPUT_NAMES)] = hostileValue(3, broken);
  if (random.chance(0.2)) inputs[random.pick(['', '__defaults', hostileString().slice(0, 50), UNKNOWN])] = hostileValue(2, broken);
  return inputs;
}

function hostileConfig(emulator) {
  const config = { apiKey: secret(emulator.apiKey), accountId: emulator.accountId, baseUrl: emulator.baseUrl };
  for (let i = random.below(3) + 1; i > 0; i--) config[random.pick(CONFIG_NAMES)] = hostileValue(2);
  return config;
}

const URNS = ['', 'garbage', 'urn:pulumi:', 'urn:pulumi:::::::', 'urn:pulumi:dev::conformance::fireworks:index:Deployment',
  `urn:pulumi:dev::conformance::${TYPE}::hostile`, `urn:pulumi:dev::conformance::${MODEL_TYPE}::hostile`,
  `urn:pulumi:dev::conformance::${TYPE}$${MODEL_TYPE}::hostile`, `urn:pulumi:dev::conformance::my:index:C$${TYPE}::a::b`,
  `urn:pulumi:dev::conformance::my:index:C$::x`, 'urn:pulumi:dev::conformance::fireworks:index:Nope::x',
  'urn:pulumi:dev::conformance::pulumi:providers:fireworks::default', `urn:pulumi:${'s'.repeat(50_000)}::p::${TYPE}::x`,
  `urn:pulumi:dev::conformance::${TYPE}::${'n'.repeat(5_000)}`, `urn:pulumi:dev::conformance::${TYPE}::🚀`];
const IDS = ['', 'x', 'hostile', 'accounts/emulator-account/deployments/', 'accounts/emulator-account/deployments/missing',
  'accounts/other/deployments/x', 'accounts//deployments/x', '/', '?a=b#c', 'a/b/c/d/e/f', '..', '🚀', 'x'.repeat(10_000),
  'accounts/emulator-account/deployments/UPPER_case', 'accounts/emulator-account/deployedModels/missing',
  'accounts/emulator-account/deployedModels/', 'accounts/emulator-account/deployments/x/deployedModels/y'];

function identity(r) {
  r.setUrn(random.pick(URNS));
  if (random.chance(0.6)) r.setName(random.pick(['', 'hostile', hostileString().slice(0, 100)]));
  if (random.chance(0.6)) {
    r.setType(random.pick(['', ...RESOURCE_TYPES, ...RESOURCE_TYPES, 'pulumi:providers:fireworks', 'fireworks:index:Nope', hostileString().slice(0, 100)]));
  }
}

// Invoke goes through the schema's functions in turn, then a token that names none, so a short run sweeps them all.
let invokes = 0;

/** The next function token: each of the schema's, then one that does not exist (empty, unknown, a resource's, hostile). */
function nextToken() {
  const slot = invokes++ % (FUNCTION_TOKENS.length + 1);
  if (slot < FUNCTION_TOKENS.length) return FUNCTION_TOKENS[slot];
  return random.pick(['', UNKNOWN_FUNCTION, TYPE, 'fireworks:index:getdeployment', hostileString().slice(0, 100)]);
}

// One hostile request per implemented RPC: [stub method name, request, extra call options].
const RPCS = {
  handshake: () => {
    const r = new provider.ProviderHandshakeRequest();
    r.setEngineAddress(random.pick(['', 'garbage', '127.0.0.1:1', '[::1]:0', 'http://', 'unix:///nope', 'a b c', '🚀:80', ':::', '127.0.0.1:99999']));
    if (random.chance(0.5)) r.setRootDirectory(hostileString());
    return r;
  },
  attach: () => {
    const r = new plugin.PluginAttach();
    r.setAddress(random.pick(['', 'garbage', '127.0.0.1:1', '[::1]:0', 'http://', 'a b c', '🚀:80', ':::']));
    return r;
  },
  getPluginInfo: () => requests.emptyMessage(),
  getSchema: () => {
    const r = new provider.GetSchemaRequest();
    r.setVersion(random.pick([0, 0, 1, -1, 2147483647, -2147483648]));
    if (random.chance(0.3)) r.setSubpackageName(hostileString());
    return r;
  },
  checkConfig: (stack) => {
    const r = requests.checkConfig(hostileConfig(stack.emulator), random.chance(0.5) ? {} : hostileValue(2) || {});
    if (random.chance(0.3)) identity(r);
    return r;
  },
  diffConfig: (stack) => {
    const r = requests.diffConfig(hostileConfig(stack.emulator), hostileConfig(stack.emulator));
    if (random.chance(0.3)) identity(r);
    return r;
  },
  configure: (stack) => requests.configure(hostileConfig(stack.emulator)),
  check: () => {
    const type = random.pick(RESOURCE_TYPES);
    const r = requests.check('hostile', hostileInputs(type), { olds: random.chance(0.5) ? {} : hostileInputs(type), seed: random.below(256), type });
    if (random.chance(0.7)) identity(r);
    if (random.chance(0.2)) r.setRandomseed(new Uint8Array(random.below(70)));
    return r;
  },
  diff: () => {
    const type = random.pick(RESOURCE_TYPES);
    const r = requests.diff('hostile', random.pick(IDS), { olds: hostileInputs(type), news: hostileInputs(type), oldInputs: hostileInputs(type), type });
    if (random.chance(0.7)) identity(r);
    if (random.chance(0.3)) r.setIgnorechangesList([hostileString(), '[', 'a..b', '*', 'regions[*]']);
    return r;
  },
  create: () => {
    const type = random.pick(RESOURCE_TYPES);
    const r = requests.create('hostile', hostileInputs(type), { preview: random.chance(0.7), timeout: random.pick(NUMBERS), type });
    if (random.chance(0.7)) identity(r);
    return r;
  },
  read: () => {
    const type = random.pick(RESOURCE_TYPES);
    const r = requests.read('hostile', random.pick(IDS), random.chance(0.5) ? { type } : { properties: hostileInputs(type), inputs: hostileInputs(type), type });
    if (random.chance(0.7)) identity(r);
    return r;
  },
  update: () => {
    const type = random.pick(RESOURCE_TYPES);
    const r = requests.update('hostile', random.pick(IDS), {
      olds: hostileInputs(type), news: hostileInputs(type), oldInputs: hostileInputs(type), preview: random.chance(0.6), timeout: random.pick(NUMBERS), type,
    });
    if (random.chance(0.7)) identity(r);
    return r;
  },
  delete: () => {
    const type = random.pick(RESOURCE_TYPES);
    const r = requests.deleteRequest('hostile', random.pick(IDS), { properties: hostileInputs(type), oldInputs: hostileInputs(type), timeout: random.pick(NUMBERS), type });
    if (random.chance(0.7)) identity(r);
    return r;
  },
  invoke: () => {
    const tok = nextToken();
    return requests.invoke(tok, hostileInputs(tok), { preview: random.chance(0.3) });
  },
};

// Tags of the Struct fields each request can carry a deep value in (field number << 3 | 2).
const DEEP_FIELDS = {
  check: [['news', 0x1a], ['olds', 0x12]],
  checkConfig: [['news', 0x1a]],
  diff: [['news', 0x22], ['olds', 0x1a], ['oldInputs', 0x32]],
  create: [['properties', 0x12]],
  read: [['properties', 0x1a], ['inputs', 0x22]],
  update: [['olds', 0x1a], ['news', 0x22], ['oldInputs', 0x42]],
  delete: [['properties', 0x1a], ['oldInputs', 0x2a]],
  configure: [['args', 0x12]],
  invoke: [['args', 0x12]],
};
const RPC_PATHS = {
  check: 'Check', checkConfig: 'CheckConfig', diff: 'Diff', create: 'Create', read: 'Read', update: 'Update', delete: 'Delete',
  configure: 'Configure', invoke: 'Invoke',
};
// Ordinary requests, so that the deep value is the only thing wrong with them.
const PLAIN = { baseModel: MODEL, acceleratorType: 'NVIDIA_H100_80GB', region: 'US_ARIZONA_1' };
const ID = 'accounts/emulator-account/deployments/missing';
const WELL_FORMED = {
  check: () => requests.check('deep', PLAIN),
  checkConfig: (s) => requests.checkConfig({ accountId: s.emulator.accountId }),
  diff: () => requests.diff('deep', ID, { olds: PLAIN, news: PLAIN, oldInputs: PLAIN }),
  create: () => requests.create('deep', PLAIN, { preview: true }),
  read: () => requests.read('deep', ID, { properties: PLAIN, inputs: PLAIN }),
  update: () => requests.update('deep', ID, { olds: PLAIN, news: PLAIN, oldInputs: PLAIN, preview: true }),
  delete: () => requests.deleteRequest('deep', ID, { properties: PLAIN, oldInputs: PLAIN }),
  configure: (s) => requests.configure({ apiKey: secret(s.emulator.apiKey), accountId: s.emulator.accountId, baseUrl: s.emulator.baseUrl }),
  invoke: () => requests.invoke('fireworks:index:getDeployments', {}),
};
// Depths around every limit: the stock parser (49 lists), the codec (1,000), the engine (about 5,000), beyond.
const DEPTHS = [49, 60, 999, 1000, 1001, 2500, 4998, 9000];


let stack;
const findings = [];
const counts = {};

before(async () => { stack = await startEmulatedProvider(); });
after(async () => {
  const exit = await stack.shutdown();
  assert.equal(exit.killed, false, 'plugin exited after SIGINT');
  assertOnlyPortLine(stack.plugin);
  assert.ok(!stack.plugin.stderrText().includes(stack.emulator.apiKey), 'stderr never shows the API key');
  for (const entry of stack.engine.logs) assert.ok(!entry.message.includes(stack.emulator.apiKey), 'no Log message shows the API key');
});

/** Records the outcome: INTERNAL, UNKNOWN without ErrorResourceInitFailed, and a plugin that went away are findings. */
function judge(rpc, outcome, describe) {
  counts[`${rpc} ${outcome.codeName}`] = (counts[`${rpc} ${outcome.codeName}`] || 0) + 1;
  const partialFailure = outcome.codeName === 'UNKNOWN' && resourceInitFailed(outcome.statusDetails || []) !== undefined;
  const gone = stack.plugin.exited() !== null;
  if (gone || (['INTERNAL', 'UNKNOWN'].includes(outcome.codeName) && !partialFailure)) {
    const finding = { rpc, code: outcome.codeName, message: (outcome.details || '').slice(0, 400), request: describe() };
    findings.push(finding);
  }
  assert.equal(gone, false, `the plugin exited after ${rpc}: ${JSON.stringify(stack.plugin.exited())}`);
}

function summarize(request) {
  const text = JSON.stringify(request.toObject ? request.toObject() : request, (k, v) =>
    (typeof v === 'string' && v.length > 120 ? `${v.slice(0, 60)}...(${v.length} chars)` : (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v)));
  // The emulator's key is a fixed test value, but findings are printed: keep the habit of never showing a key.
  const shown = text.split(stack.emulator.apiKey).join('[secret]');
  return shown.length > 1500 ? `${shown.slice(0, 1500)}...` : shown;
}

async function stillUp() {
  const info = await stack.client.call('getPluginInfo', requests.emptyMessage(), { note: 'liveness' });
  assert.equal(info.codeName, 'OK', `the plugin stopped answering: ${info.codeName} ${info.details}`);
  assert.equal(stack.plugin.exited(), null, 'the plugin process is still running');
}

/** Back to the fake engine and a valid configuration (a new session: Handshake renews a cancelled root). */
async function configureValid() {
  const hs = await stack.client.call('handshake', requests.handshake(stack.engine.address), { note: 'back to the engine' });
  assert.equal(hs.codeName, 'OK', hs.details);
  const config = { apiKey: secret(stack.emulator.apiKey), accountId: stack.emulator.accountId, baseUrl: stack.emulator.baseUrl };
  const r = await stack.client.call('configure', requests.configure(config), { note: 'back to a valid configuration' });
  assert.equal(r.codeName, 'OK', r.details);
}

function report(t) {
  t.diagnostic(`outcomes: ${JSON.stringify(counts)}`);
  for (const finding of findings) t.diagnostic(`finding: ${JSON.stringify(finding)}`);
}

test(`random hostile requests to every implemented RPC (seed ${SEED}, ${ROUNDS} rounds) answer neither INTERNAL nor UNKNOWN`, SWEEP_TIMEOUT, async (t) => {
  process.env.FIREWORKS_RPC_TRANSCRIPT = process.env.FIREWORKS_RPC_TRANSCRIPT || '0';
  for (let round = 0; round < ROUNDS; round++) {
    for (const [rpc, build] of Object.entries(RPCS)) {
      for (let i = 0; i < 4; i++) {
        let request;
        try {
          request = build(stack);
        } catch (e) {
          continue; // a value the stubs themselves cannot encode (e.g. a map key the JS Struct rejects)
        }
        const outcome = await stack.client.call(rpc, request, { note: `hostile round ${round}`, deadlineMs: 60_000 });
        judge(rpc, outcome, () => summarize(request));
      }
      if (['configure', 'handshake', 'attach'].includes(rpc)) await configureValid();
    }
    await stillUp();
  }
  report(t);
  assert.deepEqual(findings, [], `${findings.length} request(s) answered INTERNAL/UNKNOWN or broke the connection`);
});

test('values nested around every limit, in every property bag, answer OK or INVALID_ARGUMENT naming the path', TIMEOUT, async (t) => {
  for (const [rpc, fields] of Object.entries(DEEP_FIELDS)) {
    for (const [bag, tag] of fields) {
      for (const depth of DEPTHS) {
        const kind = random.pick(['list', 'map']);
        const base = WELL_FORMED[rpc](stack);
        const bytes = Buffer.concat([Buffer.from(base.serializeBinary()), structField(tag, 'annotations', deepValue(depth, kind))]);
        const outcome = await stack.client.rawUnary(`/pulumirpc.ResourceProvider/${RPC_PATHS[rpc]}`, bytes, { deadlineMs: 60_000 });
        judge(rpc, outcome, () => `${rpc}: ${bag}.annotations nested ${depth} ${kind} levels`);
        if (outcome.codeName === 'INVALID_ARGUMENT' && depth > 1000 && depth < 5000) {
          assert.match(outcome.details, new RegExp(`^invalid property value at annotations.* in ${bag}: the value is nested too deeply`),
            `${rpc} ${bag} ${depth}: ${outcome.details}`);
        }
      }
      if (rpc === 'configure') await configureValid();
    }
  }
  await stillUp();
  report(t);
  assert.deepEqual(findings, []);
});

test('bytes that are no message, sent to every implemented RPC, are INVALID_ARGUMENT', TIMEOUT, async () => {
  // Invalid whatever the message type: a bad tag, a string longer than the payload, a cut varint, tag 0.
  const garbage = [[0xff, 0xff, 0xff], [0x0a, 0x7f, 0x61], [0x08], [0x00]].map((b) => Buffer.from(b));
  for (const rpc of ['Handshake', 'GetPluginInfo', 'GetSchema', 'CheckConfig', 'DiffConfig', 'Configure', 'Attach', 'Check',
    'Diff', 'Create', 'Read', 'Update', 'Delete', 'Cancel', 'Invoke']) {
    for (const bytes of garbage) {
      const outcome = await stack.client.rawUnary(`/pulumirpc.ResourceProvider/${rpc}`, bytes);
      assert.equal(outcome.codeName, 'INVALID_ARGUMENT', `${rpc} ${bytes.toString('hex')}: ${outcome.details}`);
    }
  }
  await stillUp();
});

test('Cancel, then a new session, still answers', TIMEOUT, async () => {
  const cancel = await stack.client.call('cancel', requests.emptyMessage());
  assert.equal(cancel.codeName, 'OK', cancel.details);
  await configureValid();
  const r = await stack.client.call('check', requests.check('after-cancel', { baseModel: MODEL, acceleratorType: 'NVIDIA_H100_80GB', region: 'US_ARIZONA_1' }));
  assert.equal(r.codeName, 'OK', r.details);
  assert.ok(fromStruct(r.response.getInputs()).deploymentId);
  const left = (await stack.emulator.admin.deployments()).filter((d) => d.state !== 'DELETED');
  for (const d of left) {
    const del = await stack.client.call('delete', requests.deleteRequest('cleanup', d.name, { properties: {}, oldInputs: {} }), { deadlineMs: 45_000 });
    assert.notEqual(del.codeName, 'INTERNAL', del.details);
  }
  await stillUp();
});
