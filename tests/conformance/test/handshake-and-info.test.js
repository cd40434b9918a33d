'use strict';
// Handshake, GetPluginInfo, GetSchema and Cancel through the official stubs (protocol doc §2.1, §2.3, §3.3, §5.9).
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { REPO_ROOT, runToExit } = require('../lib/plugin');
const { launch, assertOnlyPortLine } = require('../lib/fixture');
const requests = require('../lib/requests');

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;
const TIMEOUT = { timeout: 30_000 };
let session;

before(async () => { session = await launch(); });
after(async () => {
  const exit = await session.shutdown();
  assert.equal(exit.killed, false, 'plugin exited after SIGINT');
  assertOnlyPortLine(session.plugin);
});

test('Handshake with the fields the engine sends announces secrets, resources, outputs and autonaming', TIMEOUT, async () => {
  const r = await session.client.call('handshake', requests.handshake(session.engine.address),
    { note: 'configure_with_urn, supports_views, refresh_before_update, invoke_with_preview, accepts_byte_string' });
  assert.equal(r.codeName, 'OK', r.details);
  const res = r.response;
  assert.equal(res.getAcceptSecrets(), true, 'accept_secrets');
  assert.equal(res.getAcceptResources(), true, 'accept_resources');
  assert.equal(res.getAcceptOutputs(), true, 'accept_outputs');
  assert.equal(res.getSupportsAutonamingConfiguration(), true, 'supports_autonaming_configuration');
  // Not required: recorded so the log shows what the plugin negotiates.
  process.stderr.write(`#   accepts_byte_string=${res.getAcceptsByteString()} outputs_in_invoke=${res.getAcceptsOutputsInInvoke()} ` +
    `outputs_in_call=${res.getAcceptsOutputsInCall()} outputs_in_check=${res.getAcceptsOutputsInCheck()}\n`);
});

test('Handshake in the attach shape (no root or program directory) is accepted too', TIMEOUT, async () => {
  const r = await session.client.call('handshake', requests.handshake(session.engine.address, { attach: true }));
  assert.equal(r.codeName, 'OK', r.details);
  assert.equal(r.response.getAcceptSecrets(), true);
});

test('GetPluginInfo returns a semver equal to what --version prints', TIMEOUT, async () => {
  const r = await session.client.call('getPluginInfo', requests.emptyMessage());
  assert.equal(r.codeName, 'OK', r.details);
  const version = r.response.getVersion();
  assert.match(version, SEMVER);
  const printed = await runToExit(['--version']);
  assert.equal(printed.stdout.trim(), version);
});

test('GetSchema version 0 returns the repository schema.json byte for byte', TIMEOUT, async () => {
  const r = await session.client.call('getSchema', requests.getSchema(0), { note: 'version 0' });
  assert.equal(r.codeName, 'OK', r.details);
  const schema = r.response.getSchema();
  const parsed = JSON.parse(schema);
  assert.equal(parsed.name, 'fireworks');
  assert.equal(schema, fs.readFileSync(path.join(REPO_ROOT, 'schema.json'), 'utf8'));
});

test('Cancel takes Empty and returns Empty', TIMEOUT, async () => {
  const r = await session.client.call('cancel', requests.emptyMessage());
  assert.equal(r.codeName, 'OK', r.details);
  assert.equal(r.response.constructor.name, requests.emptyMessage().constructor.name);
});
