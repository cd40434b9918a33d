'use strict';
// Provider configuration: CheckConfig → DiffConfig → Configure (protocol doc §5.1), with secrets and unknowns
// travelling in both directions (§4.2, §4.3).
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const http = require('node:http');
const { launch, assertOnlyPortLine } = require('../lib/fixture');
const { secret, isSecret, UNKNOWN, fromStruct, redact } = require('../lib/properties');
const { missingKeys } = require('../lib/client');
const { provider } = require('../lib/proto');
const requests = require('../lib/requests');

const TIMEOUT = { timeout: 30_000 };
const API_KEY = 'fw-conformance-3b9d7c1e5a2f4d6b8c0e';
const REPLACE_KINDS = new Set([
  provider.PropertyDiff.Kind.ADD_REPLACE,
  provider.PropertyDiff.Kind.DELETE_REPLACE,
  provider.PropertyDiff.Kind.UPDATE_REPLACE,
]);

/** Stack config as the engine sends it for a default provider: every value a string, plus `version`. */
function stackConfig(overrides = {}) {
  return {
    apiKey: API_KEY,
    accountId: 'conformance-account',
    baseUrl: 'http://127.0.0.1:8080',
    requestTimeout: '60s',
    maxRetries: '5',
    requestsPerMinute: '6000',
    version: '0.1.0',
    ...overrides,
  };
}

function failuresOf(response) {
  return response.getFailuresList().map((f) => ({ property: f.getProperty(), reason: f.getReason() }));
}

function assertSecretHolding(value, expected, what) {
  assert.ok(isSecret(value), `${what} must come back secret-wrapped, got ${JSON.stringify(redact(value))}`);
  assert.equal(value.value, expected, `${what} keeps its value inside the secret`);
}

async function shutdown(session) {
  const exit = await session.shutdown();
  assert.equal(exit.killed, false, 'plugin exited after SIGINT');
  assertOnlyPortLine(session.plugin);
}

describe('CheckConfig and DiffConfig', () => {
  let session;
  before(async () => {
    session = await launch();
    // As the engine does; its answer is asserted in handshake-and-info.test.js, not here.
    await session.client.call('handshake', requests.handshake(session.engine.address));
  });
  after(() => shutdown(session));

  async function checkConfig(news, note) {
    const r = await session.client.call('checkConfig', requests.checkConfig(news), { note });
    assert.equal(r.codeName, 'OK', r.details);
    const failures = failuresOf(r.response);
    for (const f of failures) {
      assert.ok(!f.reason.includes(API_KEY), `failure reason leaks the api key: ${JSON.stringify(f)}`);
      assert.ok(!f.property.includes(API_KEY), 'failure property leaks the api key');
    }
    return { inputs: fromStruct(r.response.getInputs()), failures };
  }

  test('a secret apiKey comes back secret-wrapped and valid config has no failures', TIMEOUT, async () => {
    const { inputs, failures } = await checkConfig(stackConfig({ apiKey: secret(API_KEY) }), 'apiKey as secret object');
    assert.deepEqual(failures, []);
    assertSecretHolding(inputs.apiKey, API_KEY, 'apiKey');
    assert.equal(inputs.accountId, 'conformance-account');
    // The engine fails a provider whose CheckConfig changes `version`; leaving it out is allowed (it is put back).
    if (inputs.version !== undefined) assert.equal(inputs.version, '0.1.0');
  });

  test('a plain apiKey (how the engine sends stack config) comes back secret-wrapped', TIMEOUT, async () => {
    const { inputs, failures } = await checkConfig(stackConfig(), 'apiKey as plain string');
    assert.deepEqual(failures, []);
    assertSecretHolding(inputs.apiKey, API_KEY, 'apiKey');
  });

  test('typed values from an explicit provider are accepted', TIMEOUT, async () => {
    const news = stackConfig({ apiKey: secret(API_KEY), maxRetries: 3, requestsPerMinute: 600 });
    delete news.version;
    const { inputs, failures } = await checkConfig(news, 'maxRetries and requestsPerMinute as numbers');
    assert.deepEqual(failures, []);
    assertSecretHolding(inputs.apiKey, API_KEY, 'apiKey');
  });

  test('an unknown value (preview) comes back unknown, and the secret next to it stays secret', TIMEOUT, async () => {
    const { inputs, failures } = await checkConfig(stackConfig({ accountId: UNKNOWN, apiKey: secret(API_KEY) }),
      'accountId unknown');
    assert.deepEqual(failures, []);
    assert.equal(inputs.accountId, UNKNOWN, 'accountId stays the unknown sentinel');
    assertSecretHolding(inputs.apiKey, API_KEY, 'apiKey');
  });

  test('an unknown apiKey comes back unknown (or secret-wrapped unknown)', TIMEOUT, async () => {
    const { inputs, failures } = await checkConfig(stackConfig({ apiKey: UNKNOWN }), 'apiKey unknown');
    assert.deepEqual(failures, []);
    const v = isSecret(inputs.apiKey) ? inputs.apiKey.value : inputs.apiKey;
    assert.equal(v, UNKNOWN);
  });

  test('a request above gRPC\'s default 4 MB limit is accepted (the engine sends up to 400 MiB)', TIMEOUT, async (t) => {
    const padding = 'x'.repeat(5 * 1024 * 1024);
    const { inputs, failures } = await checkConfig(stackConfig({ apiKey: secret(API_KEY), conformancePadding: padding }),
      '5 MiB unrecognised key');
    assert.deepEqual(failures, []);
    assertSecretHolding(inputs.apiKey, API_KEY, 'apiKey');
    t.diagnostic(`unrecognised key kept: ${inputs.conformancePadding === padding}`);
  });

  const invalid = [
    ['baseUrl', 'not a url'],
    ['baseUrl', 'ftp://example.com'],
    ['maxRetries', '-1'],
    ['maxRetries', '21'],
    ['maxRetries', 'many'],
    ['requestsPerMinute', '9'],
    ['requestsPerMinute', '6001'],
    ['requestsPerMinute', 'fast'],
    ['requestTimeout', 'soon'],
  ];
  for (const [key, value] of invalid) {
    test(`invalid ${key} ${JSON.stringify(value)} is a failure naming ${key}, without the api key`, TIMEOUT, async () => {
      const { failures } = await checkConfig(stackConfig({ apiKey: secret(API_KEY), [key]: value }), `${key}=${value}`);
      assert.ok(failures.length > 0, `expected a failure for ${key}=${JSON.stringify(value)}`);
      assert.ok(failures.some((f) => f.property === key || f.reason.includes(key)),
        `no failure names ${key}: ${JSON.stringify(failures)}`);
    });
  }

  for (const bad of [secret('   '), 42]) {
    test(`invalid apiKey ${JSON.stringify(redact(bad))}: failure names apiKey in its reason, not as its property`, TIMEOUT, async () => {
      // The engine prints a named property's value next to the failure (protocol doc §4.2): for the secret key the
      // property stays empty and the reason says which key is wrong.
      const { failures } = await checkConfig(stackConfig({ apiKey: bad }), 'invalid apiKey');
      assert.ok(failures.length > 0, 'an invalid apiKey is a failure');
      const f = failures.find((x) => x.reason.includes('apiKey'));
      assert.ok(f, `no failure names apiKey: ${JSON.stringify(failures)}`);
      assert.equal(f.property, '');
    });
  }

  test('several invalid values with a plain apiKey: failures never repeat the key', TIMEOUT, async () => {
    const { failures } = await checkConfig(stackConfig({ baseUrl: '::', maxRetries: 'x', requestsPerMinute: '0' }),
      'three invalid values, plain apiKey');
    assert.ok(failures.length >= 3, JSON.stringify(failures));
  });

  const changes = [
    ['apiKey', secret('fw-conformance-rotated-key-000000')],
    ['accountId', 'another-account'],
    ['baseUrl', 'http://127.0.0.1:9090'],
    ['accountId', UNKNOWN],
  ];
  for (const [key, value] of changes) {
    test(`DiffConfig: changing ${key}${value === UNKNOWN ? ' to unknown' : ''} never asks for a replacement`, TIMEOUT, async () => {
      const olds = stackConfig({ apiKey: secret(API_KEY) });
      const news = { ...olds, [key]: value };
      const r = await session.client.call('diffConfig', requests.diffConfig(olds, news), { note: `${key} changed` });
      assert.equal(r.codeName, 'OK', r.details);
      const res = r.response;
      assert.deepEqual(res.getReplacesList(), [], 'replaces must be empty');
      assert.equal(res.getDeletebeforereplace(), false);
      const kinds = [...res.getDetaileddiffMap().entries()].map(([k, d]) => [k, d.getKind()]);
      assert.ok(!kinds.some(([, kind]) => REPLACE_KINDS.has(kind)), `a detailed diff asks for replacement: ${JSON.stringify(kinds)}`);
      process.stderr.write(`#   changes=${res.getChanges()} diffs=${JSON.stringify(res.getDiffsList())} detailed=${JSON.stringify(kinds)}\n`);
    });
  }

  test('DiffConfig: identical config is not a replacement', TIMEOUT, async () => {
    const olds = stackConfig({ apiKey: secret(API_KEY) });
    const r = await session.client.call('diffConfig', requests.diffConfig(olds, olds), { note: 'unchanged' });
    assert.equal(r.codeName, 'OK', r.details);
    assert.deepEqual(r.response.getReplacesList(), []);
    assert.notEqual(r.response.getChanges(), provider.DiffResponse.DiffChanges.DIFF_SOME, 'nothing changed');
  });
});

/** A stand-in Fireworks control plane, so a Configure that checks connectivity has something local to reach. */
async function startControlPlane() {
  const seen = [];
  const server = http.createServer((req, res) => {
    seen.push({ method: req.method, url: req.url, authorization: req.headers.authorization });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{}');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, seen, stop: () => new Promise((r) => server.close(r)) };
}

describe('Configure', () => {
  let controlPlane;
  before(async () => { controlPlane = await startControlPlane(); });
  after(() => controlPlane.stop());

  async function configureFresh({ args, env = {}, note }) {
    const session = await launch({ env });
    try {
      const hs = await session.client.call('handshake', requests.handshake(session.engine.address));
      const variables = Object.fromEntries(Object.entries(args).map(([k, v]) => [k, String(isSecret(v) ? v.value : v)]));
      const r = await session.client.call('configure', requests.configure(args, { variables }), { note });
      assert.ok(!(r.details || '').includes(API_KEY), `the Configure error leaks the api key: ${r.details}`);
      return { handshake: hs.ok ? hs.response : undefined, configure: r };
    } finally {
      await shutdown(session);
    }
  }

  function assertFlags(handshake, configure) {
    assert.equal(configure.codeName, 'OK', configure.details);
    const res = configure.response;
    assert.equal(res.getAcceptsecrets(), true, 'acceptSecrets');
    assert.equal(res.getSupportspreview(), true, 'supportsPreview');
    assert.equal(res.getAcceptresources(), true, 'acceptResources');
    assert.equal(res.getAcceptoutputs(), true, 'acceptOutputs');
    // The engine requires Configure's flags to equal Handshake's (protocol doc §2.1).
    if (handshake === undefined) return;
    assert.equal(res.getAcceptsecrets(), handshake.getAcceptSecrets());
    assert.equal(res.getAcceptresources(), handshake.getAcceptResources());
    assert.equal(res.getAcceptoutputs(), handshake.getAcceptOutputs());
    assert.equal(res.getSupportsAutonamingConfiguration(), handshake.getSupportsAutonamingConfiguration());
  }

  test('a secret apiKey in args configures the provider with flags equal to the Handshake', TIMEOUT, async () => {
    const { handshake, configure } = await configureFresh({
      args: { apiKey: secret(API_KEY), accountId: 'conformance-account', baseUrl: controlPlane.url, version: '0.1.0' },
      note: 'secret apiKey',
    });
    assertFlags(handshake, configure);
    for (const req of controlPlane.seen) {
      assert.equal(req.authorization, `Bearer ${API_KEY}`, 'control-plane calls carry the unwrapped key');
    }
  });

  test('a plain apiKey in args configures the provider too', TIMEOUT, async () => {
    const { handshake, configure } = await configureFresh({
      args: { apiKey: API_KEY, accountId: 'conformance-account', baseUrl: controlPlane.url },
      note: 'plain apiKey',
    });
    assertFlags(handshake, configure);
  });

  test('without apiKey, FIREWORKS_API_KEY from the environment is used', TIMEOUT, async () => {
    const { handshake, configure } = await configureFresh({
      args: { accountId: 'conformance-account', baseUrl: controlPlane.url },
      env: { FIREWORKS_API_KEY: API_KEY },
      note: 'apiKey from env',
    });
    assertFlags(handshake, configure);
  });

  test('without apiKey and without FIREWORKS_API_KEY it fails naming fireworks:apiKey', TIMEOUT, async (t) => {
    const { configure } = await configureFresh({
      args: { accountId: 'conformance-account', baseUrl: controlPlane.url },
      note: 'no apiKey, no env',
    });
    assert.notEqual(configure.codeName, 'OK');
    const keys = missingKeys(configure.statusDetails);
    t.diagnostic(`code=${configure.codeName} details=${JSON.stringify(configure.details)} missingKeys=${JSON.stringify(keys)}`);
    assert.ok(configure.details.includes('fireworks:apiKey') || keys.some((k) => k.name === 'fireworks:apiKey'),
      'the error names fireworks:apiKey');
  });

  test('an invalid value fails Configure, naming the property and not echoing the api key', TIMEOUT, async (t) => {
    const { configure } = await configureFresh({
      args: { apiKey: secret(API_KEY), accountId: 'conformance-account', baseUrl: controlPlane.url, maxRetries: '99' },
      note: 'maxRetries out of range',
    });
    t.diagnostic(`code=${configure.codeName} details=${JSON.stringify(configure.details)}`);
    assert.notEqual(configure.codeName, 'OK');
    assert.match(configure.details, /maxRetries/);
  });
});
