'use strict';
// The plugin against the bare host (tests/Benchmarks/BareHost: the smallest NativeAOT Kestrel gRPC host serving
// the provider service, Check echoing its inputs), on this machine, now:
//   1. spawn → port line: RUNS engine-style spawns of each (engine address as the last argument, stdin a pipe, cwd
//      elsewhere), interleaved so that load from other processes falls on both alike; median, p90, ratio;
//   2. the Check round trip: CHECKS calls of the README Deployment's Check on each (the plugin configured against
//      the emulator), in interleaved blocks; p50, ratio;
//   3. the plugin's peak RSS (VmHWM) over a full lifecycle against the emulator: check, create (waits for READY),
//      read, diff, update, delete.
// Usage: node tests/Benchmarks/compare-startup.js <plugin> <bare-host>   (RUNS, CHECKS from the environment)
// compare-startup.sh builds both binaries and the emulator, then runs this.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const conformance = path.join(__dirname, '..', 'conformance', 'lib');
const { startFakeEngine } = require(path.join(conformance, 'engine'));
const { startEmulator } = require(path.join(conformance, 'emulator'));
const { ProviderClient } = require(path.join(conformance, 'client'));
const { secret, fromStruct } = require(path.join(conformance, 'properties'));
const requests = require(path.join(conformance, 'requests'));

const [pluginBinary, bareBinary] = process.argv.slice(2).map((p) => path.resolve(p));
const RUNS = Number(process.env.RUNS || 25);
const CHECKS = Number(process.env.CHECKS || 400);
const BLOCK = 50;
process.env.FIREWORKS_RPC_TRANSCRIPT = '0';

const INPUTS = {
  baseModel: 'accounts/fireworks/models/llama-v3p1-8b-instruct',
  acceleratorType: 'NVIDIA_H100_80GB',
  region: 'US_ARIZONA_1',
  directRouteType: 'INTERNET',
  directRouteApiKeys: secret(['benchmarkRouteKey1']),
};

/** Spawns like the engine and resolves { ms, port, child, exited } once the port line has arrived. */
function start(binary, engineAddress) {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'startup-bench-'));
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('FIREWORKS_')) delete env[key];
  const started = process.hrtime.bigint();
  const child = spawn(binary, [engineAddress], { cwd, env, stdio: ['pipe', 'pipe', 'ignore'] });
  const exited = new Promise((resolve) => child.on('close', () => {
    fs.rmSync(cwd, { recursive: true, force: true });
    resolve();
  }));
  return new Promise((resolve, reject) => {
    let text = '';
    child.on('error', reject);
    child.stdout.on('data', (chunk) => {
      if (text.includes('\n')) return;
      text += chunk.toString('utf8');
      const newline = text.indexOf('\n');
      if (newline < 0) return;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const port = Number(text.slice(0, newline).trim());
      if (!(port > 0)) reject(new Error(`${binary}: first stdout line is not a port: ${JSON.stringify(text)}`));
      resolve({ ms, port, child, exited });
    });
  });
}

async function stop(running) {
  running.child.kill('SIGINT');
  await running.exited;
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function peakRssKiB(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmHWM:\s+(\d+)/m.exec(status)[1]);
}

async function call(client, method, request, note, deadlineMs) {
  const r = await client.call(method, request, { note, deadlineMs });
  if (!r.ok) throw new Error(`${method} (${note}) failed: ${r.codeName} ${r.details}`);
  return r.response;
}

/** Handshake and Configure against the emulator, as the engine does before the first resource call. */
async function configure(client, engine, emulator) {
  await call(client, 'handshake', requests.handshake(engine.address), 'handshake');
  const config = { apiKey: secret(emulator.apiKey), accountId: emulator.accountId, baseUrl: emulator.baseUrl };
  const checked = await call(client, 'checkConfig', requests.checkConfig(config), 'checkConfig');
  await call(client, 'configure', requests.configure(fromStruct(checked.getInputs())), 'configure');
}

async function timedChecks(client, count) {
  const times = [];
  for (let i = 0; i < count; i++) {
    const started = process.hrtime.bigint();
    await call(client, 'check', requests.check('chat', INPUTS), 'check');
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return times;
}

async function lifecyclePeakRss(engine, emulator) {
  const plugin = await start(pluginBinary, engine.address);
  const client = new ProviderClient(`127.0.0.1:${plugin.port}`);
  try {
    await configure(client, engine, emulator);
    const inputs = fromStruct((await call(client, 'check', requests.check('chat', INPUTS), 'check')).getInputs());
    const created = await call(client, 'create', requests.create('chat', inputs), 'create', 60_000);
    const id = created.getId();
    let outputs = fromStruct(created.getProperties());
    const read = await call(client, 'read', requests.read('chat', id, { properties: outputs, inputs }), 'read');
    outputs = fromStruct(read.getProperties());
    const rotated = fromStruct((await call(client, 'check',
      requests.check('chat', { ...INPUTS, directRouteApiKeys: secret(['benchmarkRouteKey2']) }, { olds: inputs }), 'check')).getInputs());
    await call(client, 'diff', requests.diff('chat', id, { olds: outputs, news: rotated, oldInputs: inputs }), 'diff');
    const updated = await call(client, 'update', requests.update('chat', id, { olds: outputs, news: rotated, oldInputs: inputs }), 'update', 60_000);
    await call(client, 'delete', requests.deleteRequest('chat', id, { properties: fromStruct(updated.getProperties()), oldInputs: rotated }), 'delete', 60_000);
    return peakRssKiB(plugin.child.pid);
  } finally {
    client.close();
    await stop(plugin);
  }
}

function line(label, values) {
  return `${label.padEnd(12)} median ${percentile(values, 50).toFixed(1).padStart(6)} ms   p90 ${percentile(values, 90).toFixed(1).padStart(6)} ms   ` +
    `min ${Math.min(...values).toFixed(1).padStart(6)} ms`;
}

async function main() {
  if (!pluginBinary || !bareBinary) throw new Error('usage: node compare-startup.js <plugin> <bare-host>');
  const engine = await startFakeEngine();
  const emulator = await startEmulator({ args: ['--ready-delay', '500ms', '--update-delay', '300ms', '--delete-delay', '200ms'] });
  try {
    // 1. spawn → port, interleaved (the order alternates each run); one discarded warm-up start each.
    for (const binary of [pluginBinary, bareBinary]) await stop(await start(binary, engine.address));
    const startup = { plugin: [], bare: [] };
    for (let run = 0; run < RUNS; run++) {
      const order = run % 2 === 0 ? ['plugin', 'bare'] : ['bare', 'plugin'];
      for (const which of order) {
        const running = await start(which === 'plugin' ? pluginBinary : bareBinary, engine.address);
        startup[which].push(running.ms);
        await stop(running);
      }
    }

    // 2. Check round trips, in interleaved blocks after a warm-up.
    const plugin = await start(pluginBinary, engine.address);
    const bare = await start(bareBinary, engine.address);
    const pluginClient = new ProviderClient(`127.0.0.1:${plugin.port}`);
    const bareClient = new ProviderClient(`127.0.0.1:${bare.port}`);
    const checks = { plugin: [], bare: [] };
    let bareRss;
    try {
      await configure(pluginClient, engine, emulator);
      await timedChecks(pluginClient, BLOCK);
      await timedChecks(bareClient, BLOCK);
      for (let done = 0; done < CHECKS; done += BLOCK) {
        checks.plugin.push(...await timedChecks(pluginClient, BLOCK));
        checks.bare.push(...await timedChecks(bareClient, BLOCK));
      }
      bareRss = peakRssKiB(bare.child.pid);
    } finally {
      pluginClient.close();
      bareClient.close();
      await stop(plugin);
      await stop(bare);
    }

    // 3. Peak RSS of the plugin over a lifecycle.
    const rss = await lifecyclePeakRss(engine, emulator);

    const ratio = (a, b) => (percentile(a, 50) / percentile(b, 50)).toFixed(2);
    console.log(`spawn → port line, ${RUNS} interleaved engine-style spawns each (${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(2)}):`);
    console.log(`  ${line('plugin', startup.plugin)}`);
    console.log(`  ${line('bare host', startup.bare)}`);
    console.log(`  ratio of medians ${ratio(startup.plugin, startup.bare)}×   ratio of p90 ${(percentile(startup.plugin, 90) / percentile(startup.bare, 90)).toFixed(2)}×`);
    console.log(`Check round trip, ${CHECKS} calls each in blocks of ${BLOCK}:`);
    console.log(`  plugin p50 ${percentile(checks.plugin, 50).toFixed(3)} ms   bare host p50 ${percentile(checks.bare, 50).toFixed(3)} ms   ratio ${ratio(checks.plugin, checks.bare)}×`);
    console.log(`Peak RSS (VmHWM): plugin over a full lifecycle ${(rss / 1024).toFixed(1)} MiB; bare host after its Checks ${(bareRss / 1024).toFixed(1)} MiB`);
  } finally {
    await emulator.stop();
    await engine.stop();
  }
}

main().then(() => process.exit(0), (error) => {
  console.error(error.stack || String(error));
  process.exit(1);
});
