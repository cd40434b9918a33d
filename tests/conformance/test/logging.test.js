'use strict';
// Engine logging (protocol doc §3.5, §3.6): the plugin is a client of pulumirpc.Engine at the address it was given
// (argv, Handshake or Attach). The fake engine records every Log call; each must be well formed and secret-free.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { launch, assertOnlyPortLine } = require('../lib/fixture');
const { startFakeEngine } = require('../lib/engine');
const { secret } = require('../lib/properties');
const requests = require('../lib/requests');

const TIMEOUT = { timeout: 30_000 };
const API_KEY = 'fw-conformance-logging-7e1c2d9a4b';
const SEVERITIES = new Set([0, 1, 2, 3]); // DEBUG, INFO, WARNING, ERROR
let session;

before(async () => { session = await launch({ withEngineAddress: false }); });
after(async () => {
  const exit = await session.shutdown();
  assert.equal(exit.killed, false, 'plugin exited after SIGINT');
  assertOnlyPortLine(session.plugin);
});

function assertWellFormed(entries) {
  for (const e of entries) {
    assert.ok(SEVERITIES.has(e.severity), `unknown severity ${e.severity}`);
    assert.notEqual(e.message, '', 'a Log call carries a message');
    assert.ok(!e.message.includes(API_KEY), `a Log message leaks the api key: ${e.message}`);
    assert.ok(e.urn === '' || e.urn.startsWith('urn:pulumi:'), `urn is empty or a URN: ${e.urn}`);
  }
}

test('Attach with the fake engine address is accepted', TIMEOUT, async () => {
  const hs = await session.client.call('handshake', requests.handshake(session.engine.address, { attach: true }));
  assert.equal(hs.codeName, 'OK', hs.details);
  const r = await session.client.call('attach', requests.attach(session.engine.address), { note: session.engine.address });
  assert.equal(r.codeName, 'OK', r.details);
});

test('a second Attach (a new CLI run against a debug provider) is accepted and replaces the engine', TIMEOUT, async (t) => {
  const second = await startFakeEngine();
  try {
    const r = await session.client.call('attach', requests.attach(second.address), { note: `second engine ${second.address}` });
    assert.equal(r.codeName, 'OK', r.details);
  } finally {
    await second.stop();
  }
  const back = await session.client.call('attach', requests.attach(session.engine.address), { note: 'back to the first engine' });
  assert.equal(back.codeName, 'OK', back.details);
  t.diagnostic(`health probes seen by the first engine: ${session.engine.healthChecks()}`);
});

test('every Log call received during configuration is well formed and secret-free', TIMEOUT, async (t) => {
  const check = await session.client.call('checkConfig', requests.checkConfig({ apiKey: secret(API_KEY), accountId: 'acct' }));
  assert.equal(check.codeName, 'OK', check.details);
  const conf = await session.client.call('configure', requests.configure({ apiKey: secret(API_KEY), accountId: 'acct' }));
  t.diagnostic(`configure -> ${conf.codeName}; Log calls so far: ${JSON.stringify(session.engine.logs)}`);
  assertWellFormed(session.engine.logs);
});
