'use strict';
// A fake pulumirpc.Engine: the server the real engine runs and passes to the plugin as its last argument. It records
// every Log request and answers the other Engine methods with UNIMPLEMENTED. Like every Go-hosted engine server it
// also serves grpc.health.v1.Health/Check (protocol doc §1.2, §3.4) with SERVING, and counts those probes.
const { grpc, engineGrpc, empty } = require('./proto');

// grpc.health.v1 is not among the Pulumi stubs; its messages are tiny, so they are encoded by hand:
// HealthCheckResponse { ServingStatus status = 1 } with SERVING = 1 is the two bytes 08 01.
const HealthService = {
  check: {
    path: '/grpc.health.v1.Health/Check',
    requestStream: false,
    responseStream: false,
    requestSerialize: (b) => b,
    requestDeserialize: (b) => b,
    responseSerialize: () => Buffer.from([0x08, 0x01]),
    responseDeserialize: (b) => b,
  },
};

function unimplemented(call, callback) {
  callback({ code: grpc.status.UNIMPLEMENTED, details: 'not implemented by the conformance fake engine' });
}

/** Starts the fake engine on 127.0.0.1:0. Resolves { address, logs, healthChecks, waitForLog, stop }. */
async function startFakeEngine() {
  const logs = [];
  const waiters = [];
  let healthChecks = 0;

  const server = new grpc.Server();
  const handlers = {};
  for (const name of Object.keys(engineGrpc.EngineService)) handlers[name] = unimplemented;
  handlers.log = (call, callback) => {
    const r = call.request;
    const entry = {
      severity: r.getSeverity(),
      message: r.getMessage(),
      urn: r.getUrn(),
      streamId: r.getStreamid(),
      ephemeral: r.getEphemeral(),
    };
    logs.push(entry);
    for (const w of [...waiters]) {
      if (w.predicate(entry)) {
        waiters.splice(waiters.indexOf(w), 1);
        clearTimeout(w.timer);
        w.resolve(entry);
      }
    }
    callback(null, new empty.Empty());
  };
  server.addService(engineGrpc.EngineService, handlers);
  server.addService(HealthService, { check: (call, callback) => { healthChecks += 1; callback(null, null); } });

  const port = await new Promise((resolve, reject) => {
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, p) => (e ? reject(e) : resolve(p)));
  });

  return {
    address: `127.0.0.1:${port}`,
    logs,
    healthChecks: () => healthChecks,
    /** Resolves the first recorded (or future) Log entry matching predicate; rejects after timeoutMs. */
    waitForLog(predicate, timeoutMs = 5_000) {
      const found = logs.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const w = { predicate, resolve };
        w.timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(w), 1);
          reject(new Error(`no matching Log call within ${timeoutMs} ms; received: ${JSON.stringify(logs)}`));
        }, timeoutMs);
        waiters.push(w);
      });
    },
    stop: () => new Promise((resolve) => {
      const force = setTimeout(() => { server.forceShutdown(); resolve(); }, 1_000);
      server.tryShutdown(() => { clearTimeout(force); resolve(); });
    }),
  };
}

module.exports = { startFakeEngine };
