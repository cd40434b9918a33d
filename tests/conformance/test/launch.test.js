'use strict';
// Launch contract (protocol doc §3): how the engine starts the binary, the port line, flags, attach mode, SIGINT.
const test = require('node:test');
const assert = require('node:assert/strict');
const { runToExit, SHUTDOWN_GRACE_MS } = require('../lib/plugin');
const { launch, assertOnlyPortLine } = require('../lib/fixture');
const requests = require('../lib/requests');

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;
const TIMEOUT = { timeout: 30_000 };

/** Stops the plugin and asserts the engine's close sequence would not have had to kill it. */
async function shutdownCleanly(t, session) {
  const exit = await session.shutdown();
  t.diagnostic(`exit after SIGINT: code=${exit.code} signal=${exit.signal} in ${exit.elapsedMs} ms`);
  assert.equal(exit.killed, false, `plugin ignored SIGINT for ${SHUTDOWN_GRACE_MS} ms and had to be killed`);
  assertOnlyPortLine(session.plugin);
}

test('--version prints a semver and exits 0', TIMEOUT, async (t) => {
  const result = await runToExit(['--version']);
  t.diagnostic(`--version -> code ${result.code}, stdout ${JSON.stringify(result.stdout)}`);
  assert.equal(result.code, 0);
  assert.match(result.stdout.trim(), SEMVER);
  assert.match(result.stdout, /^[^\n]*\n?$/, 'a single line');
});

test('with the engine address as its only argument it prints only its port and serves gRPC', TIMEOUT, async (t) => {
  const session = await launch();
  try {
    const info = await session.client.call('getPluginInfo', requests.emptyMessage());
    assert.equal(info.codeName, 'OK');
  } finally {
    await shutdownCleanly(t, session);
  }
});

test('the flags the engine may pass before the address are accepted', TIMEOUT, async (t) => {
  const session = await launch({ flags: ['--logtostderr', '-v=9', '--tracing', 'http://x'] });
  try {
    const hs = await session.client.call('handshake', requests.handshake(session.engine.address), { note: 'after engine flags' });
    assert.equal(hs.codeName, 'OK');
    const info = await session.client.call('getPluginInfo', requests.emptyMessage());
    assert.equal(info.codeName, 'OK');
  } finally {
    await shutdownCleanly(t, session);
  }
});

test('with no arguments (attach mode) it serves and prints its port', TIMEOUT, async (t) => {
  const session = await launch({ withEngineAddress: false });
  try {
    const hs = await session.client.call('handshake', requests.handshake(session.engine.address, { attach: true }),
      { note: 'attach-mode handshake (no root/program directory)' });
    assert.equal(hs.codeName, 'OK');
    const at = await session.client.call('attach', requests.attach(session.engine.address));
    assert.equal(at.codeName, 'OK');
    const info = await session.client.call('getPluginInfo', requests.emptyMessage());
    assert.equal(info.codeName, 'OK');
  } finally {
    await shutdownCleanly(t, session);
  }
});

test('SIGINT right after start makes it exit within 5 s', TIMEOUT, async (t) => {
  const session = await launch();
  await shutdownCleanly(t, session);
});

test('SIGINT after the engine\'s closing Cancel makes it exit within 5 s', TIMEOUT, async (t) => {
  const session = await launch();
  try {
    assert.equal((await session.client.call('handshake', requests.handshake(session.engine.address))).codeName, 'OK');
    assert.equal((await session.client.call('cancel', requests.emptyMessage(), { note: 'close sequence' })).codeName, 'OK');
  } finally {
    await shutdownCleanly(t, session);
  }
});

test('two positional arguments are rejected: non-zero exit, nothing on stdout', TIMEOUT, async (t) => {
  const result = await runToExit(['127.0.0.1:1', '127.0.0.1:2']);
  t.diagnostic(`two addresses -> code ${result.code}, stderr ${JSON.stringify(result.stderr.slice(0, 300))}`);
  assert.notEqual(result.code, 0);
  assert.equal(result.stdout, '');
});
