'use strict';
// Rate benchmark: N concurrent Creates (explicit deploymentIds) on ONE published plugin, as the engine runs them,
// against the emulator limited to R requests per minute (sliding 60 s window, 429 + Retry-After beyond it), with
// the budget told to the provider (fireworks:requestsPerMinute = R) or not; then N concurrent Deletes. Prints per
// scenario and phase: RPC errors, throttled answers (429s in the emulator's request log), requests the emulator
// received, wall time, and for the create phase the floor (floor.js) and wall/floor.
//
// Usage: node rate.js [scenario ...]   scenario = <count>x<rpm>:<told|untold>, e.g. 20x30:told
// Env: PULUMI_FIREWORKS_PLUGIN (binary), FIREWORKS_EMULATOR_DLL (emulator), READY_DELAY (default 1s).
const { launch } = require('../../conformance/lib/fixture');
const { startEmulator } = require('../../conformance/lib/emulator');
const { secret, fromStruct } = require('../../conformance/lib/properties');
const { pluginPath } = require('../../conformance/lib/plugin');
const requests = require('../../conformance/lib/requests');
const { floorSeconds } = require('./floor');

const DEFAULT_SCENARIOS = [
  '20x30:told', '20x30:untold', '20x600:told', '20x600:untold',
  '100x30:told', '100x30:untold', '100x600:told', '100x600:untold',
];
const READY_DELAY = process.env.READY_DELAY || '1s';
const READY_DELAY_S = parseDuration(READY_DELAY);
const RPC_DEADLINE_MS = 60 * 60 * 1000; // the provider's own waits bound the RPCs; this only catches a hang
const MODEL = 'accounts/fireworks/models/llama-v3p1-8b-instruct';

function parseDuration(text) {
  const m = /^(\d+(?:\.\d+)?)(ms|s)$/.exec(text);
  if (!m) throw new Error(`READY_DELAY must look like 1s or 500ms, not ${text}`);
  return m[2] === 'ms' ? Number(m[1]) / 1000 : Number(m[1]);
}

function parseScenario(text) {
  const m = /^(\d+)x(\d+):(told|untold)$/.exec(text);
  if (!m) throw new Error(`scenario must look like 20x30:told, not ${text}`);
  return { count: Number(m[1]), rpm: Number(m[2]), told: m[3] === 'told', name: text };
}

/** Requests the emulator logged from `since` (ms epoch) on: total, 429s, and their arrival times. */
async function logSince(emulator, since) {
  const log = (await emulator.admin.requests()).filter((r) => Date.parse(r.time) >= since);
  return { total: log.length, throttled: log.filter((r) => r.status === 429).length, log };
}

async function configure(client, engine, emulator, { told, rpm }) {
  const hs = await client.call('handshake', requests.handshake(engine.address));
  if (!hs.ok) throw new Error(`Handshake failed: ${hs.codeName} ${hs.details}`);
  const config = { apiKey: secret(emulator.apiKey), accountId: emulator.accountId, baseUrl: emulator.baseUrl };
  if (told) config.requestsPerMinute = String(rpm);
  const checked = await client.call('checkConfig', requests.checkConfig(config));
  if (!checked.ok || checked.response.getFailuresList().length > 0) throw new Error(`CheckConfig failed: ${checked.details}`);
  const configured = await client.call('configure', requests.configure(fromStruct(checked.response.getInputs())));
  if (!configured.ok) throw new Error(`Configure failed: ${configured.codeName} ${configured.details}`);
}

async function runScenario(scenario) {
  const emulator = await startEmulator({ args: ['--ready-delay', READY_DELAY, '--requests-per-minute', String(scenario.rpm)] });
  const session = await launch();
  try {
    const { client, engine } = session;
    await configure(client, engine, emulator, scenario);

    const names = Array.from({ length: scenario.count }, (_, i) => `bench-${String(i).padStart(3, '0')}`);
    const inputs = [];
    for (const name of names) {
      const r = await client.call('check', requests.check(name, {
        baseModel: MODEL, acceleratorType: 'NVIDIA_H100_80GB', region: 'US_ARIZONA_1', deploymentId: name,
      }));
      if (!r.ok || r.response.getFailuresList().length > 0) throw new Error(`Check ${name} failed: ${r.details}`);
      inputs.push(fromStruct(r.response.getInputs()));
    }

    // Requests already in the emulator's window (Configure's credential check) take their slots first.
    const started = Date.now();
    const prior = (await emulator.admin.requests())
      .filter((r) => r.status !== 429 && Date.parse(r.time) > started - 60_000)
      .map((r) => (Date.parse(r.time) - started) / 1000);

    const created = await Promise.all(names.map((name, i) =>
      client.call('create', requests.create(name, inputs[i]), { deadlineMs: RPC_DEADLINE_MS })));
    const createWall = (Date.now() - started) / 1000;
    const createLog = await logSince(emulator, started);
    const createErrors = created.filter((r) => !r.ok);

    const deleteStarted = Date.now();
    const deleted = await Promise.all(names.map((name, i) => {
      const outcome = created[i];
      const id = `accounts/${emulator.accountId}/deployments/${name}`;
      const properties = outcome.ok ? fromStruct(outcome.response.getProperties()) : inputs[i];
      return client.call('delete', requests.deleteRequest(name, id, { properties, oldInputs: inputs[i] }),
        { deadlineMs: RPC_DEADLINE_MS });
    }));
    const deleteWall = (Date.now() - deleteStarted) / 1000;
    const deleteLog = await logSince(emulator, deleteStarted);
    const deleteErrors = deleted.filter((r) => !r.ok);

    const floor = floorSeconds({ count: scenario.count, budget: scenario.rpm, readyDelayS: READY_DELAY_S, prior });
    return {
      scenario: scenario.name,
      create: {
        errors: createErrors.length, throttled: createLog.throttled, requests: createLog.total,
        wallS: createWall, floorS: floor, ratio: createWall / floor,
        firstError: createErrors[0] && `${createErrors[0].codeName} ${createErrors[0].details}`.slice(0, 300),
      },
      delete: {
        errors: deleteErrors.length, throttled: deleteLog.throttled, requests: deleteLog.total, wallS: deleteWall,
        firstError: deleteErrors[0] && `${deleteErrors[0].codeName} ${deleteErrors[0].details}`.slice(0, 300),
      },
    };
  } finally {
    await session.shutdown();
    await emulator.stop();
  }
}

function format(result) {
  const c = result.create;
  const d = result.delete;
  const lines = [
    `${result.scenario.padEnd(15)} create: errors ${c.errors}, throttled ${c.throttled}, requests ${c.requests}, ` +
      `wall ${c.wallS.toFixed(1)} s, floor ${c.floorS.toFixed(1)} s, wall/floor ${c.ratio.toFixed(2)}`,
    `${''.padEnd(15)} delete: errors ${d.errors}, throttled ${d.throttled}, requests ${d.requests}, wall ${d.wallS.toFixed(1)} s`,
  ];
  if (c.firstError) lines.push(`${''.padEnd(15)} first create error: ${c.firstError}`);
  if (d.firstError) lines.push(`${''.padEnd(15)} first delete error: ${d.firstError}`);
  return lines.join('\n');
}

async function main() {
  const scenarios = (process.argv.length > 2 ? process.argv.slice(2) : DEFAULT_SCENARIOS).map(parseScenario);
  console.log(`plugin ${pluginPath()}; emulator --ready-delay ${READY_DELAY}`);
  const results = [];
  for (const scenario of scenarios) {
    const result = await runScenario(scenario);
    results.push(result);
    console.log(format(result));
  }
  if (process.env.RATE_JSON) require('node:fs').writeFileSync(process.env.RATE_JSON, JSON.stringify(results, null, 2));
}

main().catch((e) => {
  console.error(e.stack || String(e));
  process.exit(1);
});
