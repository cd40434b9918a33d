'use strict';
// Every method of pulumirpc.ResourceProvider, taken from the official service definition, must exist on the plugin:
// it answers OK, an error of its own, or UNIMPLEMENTED, never the "no such method/service" answer the gRPC server
// gives for a path nobody registered. The answer for a surely-missing path is measured first and used as the
// control, because both come back as UNIMPLEMENTED (code 12) and only the status message tells them apart.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { launch, assertOnlyPortLine } = require('../lib/fixture');
const { providerGrpc, grpc } = require('../lib/proto');
const { toStruct, secret } = require('../lib/properties');
const requests = require('../lib/requests');

const TIMEOUT = { timeout: 30_000 };
// Implemented now (issue #2; invoke: issue #14): driven with real requests in the other test files; here they must not be
// UNIMPLEMENTED.
const CONFIGURATION = new Set(['handshake', 'getPluginInfo', 'getSchema', 'checkConfig', 'diffConfig', 'configure', 'cancel', 'attach', 'invoke']);
// The Deployment lifecycle: may be UNIMPLEMENTED or an error at this stage; the code is recorded.
const LIFECYCLE = new Set(['check', 'diff', 'create', 'read', 'update', 'delete']);
const DEPLOYMENT_TYPE = 'fireworks:index:Deployment';
const DEPLOYMENT_URN = `urn:pulumi:dev::conformance::${DEPLOYMENT_TYPE}::conformance`;
const DEPLOYMENT_ID = 'conformance-deployment';

let session;
let missingMethod;
let missingService;

before(async () => {
  session = await launch();
  missingMethod = await session.client.rawUnary('/pulumirpc.ResourceProvider/ConformanceNoSuchMethod');
  missingService = await session.client.rawUnary('/pulumirpc.ConformanceNoSuchService/Handshake');
});
after(async () => {
  const exit = await session.shutdown();
  assert.equal(exit.killed, false, 'plugin exited after SIGINT');
  assertOnlyPortLine(session.plugin);
});

/** A request for `method`: engine-shaped for the Deployment lifecycle (never a real create: preview only). */
function requestFor(name, definition) {
  const r = new definition.requestType();
  if (!LIFECYCLE.has(name)) return r;
  const inputs = toStruct({ displayName: 'conformance', apiKey: secret('fw-never-used') });
  if (r.setUrn) r.setUrn(DEPLOYMENT_URN);
  if (r.setType) r.setType(DEPLOYMENT_TYPE);
  if (r.setName) r.setName('conformance');
  switch (name) {
    case 'check': r.setOlds(toStruct({})); r.setNews(inputs); break;
    case 'diff': r.setId(DEPLOYMENT_ID); r.setOlds(inputs); r.setNews(inputs); r.setOldInputs(inputs); break;
    case 'create': r.setProperties(inputs); r.setPreview(true); break;
    case 'read': r.setId(DEPLOYMENT_ID); r.setProperties(inputs); r.setInputs(inputs); break;
    case 'update': r.setId(DEPLOYMENT_ID); r.setOlds(inputs); r.setNews(inputs); r.setOldInputs(inputs); r.setPreview(true); break;
    case 'delete': r.setId(DEPLOYMENT_ID); r.setProperties(inputs); r.setOldInputs(inputs); break;
    default: break;
  }
  return r;
}

test('a path that does not exist is answered UNIMPLEMENTED (the control)', TIMEOUT, () => {
  assert.equal(missingMethod.code, grpc.status.UNIMPLEMENTED);
  assert.equal(missingService.code, grpc.status.UNIMPLEMENTED);
});

// Cancel goes last, as at the end of an engine run: it may trip the plugin's cancellation root.
const methods = Object.entries(providerGrpc.ResourceProviderService)
  .sort(([a], [b]) => Number(a === 'cancel') - Number(b === 'cancel'));
test('the service definition lists the 21 ResourceProvider methods of 3.270.0', () => {
  assert.equal(methods.length, 21, methods.map(([n]) => n).join(', '));
});

for (const [name, definition] of methods) {
  const rpc = definition.path.split('/').pop();
  const expectation = CONFIGURATION.has(name) ? 'is implemented' : LIFECYCLE.has(name) ? 'exists (code recorded)' : 'answers UNIMPLEMENTED';
  test(`${rpc} ${expectation}`, TIMEOUT, async (t) => {
    const request = requestFor(name, definition);
    const outcome = definition.responseStream
      ? await session.client.stream(name, request, { note: 'service-definition sweep' })
      : await session.client.call(name, request, { note: `service-definition sweep${LIFECYCLE.has(name) ? `, ${DEPLOYMENT_TYPE}` : ''}` });
    t.diagnostic(`${rpc}: ${outcome.codeName} ${JSON.stringify(outcome.details)}`);

    if (outcome.code === grpc.status.UNIMPLEMENTED) {
      for (const control of [missingMethod, missingService]) {
        assert.ok(!control.details || outcome.details !== control.details,
          `${rpc} answered exactly like a missing path (${JSON.stringify(control.details)}): is it registered?`);
      }
    }
    if (CONFIGURATION.has(name)) {
      assert.notEqual(outcome.code, grpc.status.UNIMPLEMENTED, `${rpc} must be implemented`);
    } else if (!LIFECYCLE.has(name)) {
      assert.equal(outcome.code, grpc.status.UNIMPLEMENTED, `${rpc} should be UNIMPLEMENTED, got ${outcome.codeName}`);
    }
  });
}
