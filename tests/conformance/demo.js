'use strict';
// `make demo`: one readable lifecycle of the README's Deployment, driven the way `pulumi up` drives the provider, but
// with the official @pulumi/pulumi gRPC stubs in place of the Pulumi CLI and the local emulator in place of Fireworks.
// Exits 0 only if every step worked; always stops the emulator and the plugin. `--verbose` also prints every RPC.
const { secret, isSecret, isUnknown, fromStruct, redact } = require('./lib/properties');
const { chatCompletion } = require('./lib/emulator');
const { startEmulatedProvider } = require('./lib/emulated');
const { pluginPath } = require('./lib/plugin');
const { provider } = require('./lib/proto');
const requests = require('./lib/requests');

const verbose = process.argv.includes('--verbose');
if (!verbose) process.env.FIREWORKS_RPC_TRANSCRIPT = '0';

const NAME = 'chat';
const KEY_1 = 'DemoRouteKey1';
const KEY_2 = 'DemoRouteKey2';
const { DIFF_NONE, DIFF_SOME } = provider.DiffResponse.DiffChanges;

console.log('Pulumi.Fireworks demo: drives the published NativeAOT plugin through the ' +
  'official Pulumi protocol stubs (@pulumi/pulumi 3.270.0) against the local Fireworks emulator; no Pulumi CLI and ' +
  'no Fireworks account are used.');

let stack;
let step = 0;

function title(text) {
  step += 1;
  console.log(`\n[${step}] ${text}`);
}

function show(label, value) {
  console.log(`    ${label.padEnd(20)} ${typeof value === 'string' ? value : JSON.stringify(value)}`);
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

async function rpc(method, request, options) {
  const r = await stack.client.call(method, request, options);
  expect(r.ok, `${method} failed: ${r.codeName} ${r.details}`);
  return r.response;
}

/** Prints the provider's progress (ephemeral Log calls to the engine) while `work` runs. */
async function withProgress(work) {
  let seen = stack.engine.logs.length;
  const flush = () => {
    for (; seen < stack.engine.logs.length; seen += 1) {
      const entry = stack.engine.logs[seen];
      console.log(`    ${entry.ephemeral ? 'progress' : 'log     '}             ${entry.message}`);
    }
  };
  const timer = setInterval(flush, 100);
  try {
    return await work();
  } finally {
    clearInterval(timer);
    flush();
  }
}

async function main() {
  title('Start the Fireworks emulator and the plugin, then configure the provider (apiKey as a secret)');
  stack = await startEmulatedProvider();
  show('plugin', pluginPath());
  show('emulator', stack.emulator.baseUrl);
  show('config', { 'fireworks:accountId': stack.emulator.accountId, 'fireworks:baseUrl': stack.emulator.baseUrl, 'fireworks:apiKey': '[secret]' });

  title('Check: the program declares the README example; the provider validates it and names the deployment');
  const declared = {
    baseModel: 'accounts/fireworks/models/llama-v3p1-8b-instruct',
    acceleratorType: 'NVIDIA_H100_80GB',
    region: 'US_ARIZONA_1',
    directRouteType: 'INTERNET',
    directRouteApiKeys: secret([KEY_1]),
  };
  show('declared', redact(declared));
  const checked = await rpc('check', requests.check(NAME, declared));
  expect(checked.getFailuresList().length === 0, `check failures: ${checked.getFailuresList().map((f) => f.getReason())}`);
  let inputs = fromStruct(checked.getInputs());
  show('deploymentId', inputs.deploymentId);

  title('Preview: what `pulumi preview` would show (nothing is created)');
  const preview = fromStruct((await rpc('create', requests.create(NAME, inputs, { preview: true }))).getProperties());
  show('name', preview.name);
  show('directRouteHandle', isUnknown(preview.directRouteHandle) ? '(known after create)' : preview.directRouteHandle);

  title('Create: POST the deployment, then wait for READY');
  const created = await withProgress(() => rpc('create', requests.create(NAME, inputs), { deadlineMs: 120_000 }));
  const id = created.getId();
  let outputs = fromStruct(created.getProperties());
  expect(outputs.state === 'READY', `state after create: ${outputs.state}`);
  expect(isSecret(outputs.directRouteApiKeys), 'directRouteApiKeys must be a secret output');

  title('Outputs (secrets shown as [secret])');
  show('id', id);
  for (const key of ['state', 'region', 'replicaCount', 'directRouteType', 'directRouteApiKeys', 'createTime']) {
    show(key, redact(outputs[key]));
  }
  show('directRouteHandle', outputs.directRouteHandle);
  expect(/^emulator-account-[a-z0-9-]+\.us-arizona-1\.direct\.fireworks\.ai$/.test(outputs.directRouteHandle),
    `unexpected handle ${outputs.directRouteHandle}`);

  title(`Chat completion through the direct route (https://${outputs.directRouteHandle}/v1/chat/completions)`);
  const answer = await chatCompletion(stack.emulator, outputs.directRouteHandle, KEY_1, 'Hello?');
  expect(answer.status === 200, `chat completion: HTTP ${answer.status} ${answer.text}`);
  show('with the route key', `HTTP ${answer.status}: "${answer.json.choices[0].message.content}"`);
  const refused = await chatCompletion(stack.emulator, outputs.directRouteHandle, undefined);
  expect(refused.status === 401, `without a key: HTTP ${refused.status}`);
  show('without a key', `HTTP ${refused.status}`);

  title('Refresh: read the live deployment and diff it against the program (expect no changes)');
  const read = await rpc('read', requests.read(NAME, id, { properties: outputs, inputs }));
  outputs = fromStruct(read.getProperties());
  const refreshDiff = await rpc('diff', requests.diff(NAME, id, { olds: outputs, news: inputs, oldInputs: fromStruct(read.getInputs()) }));
  expect(refreshDiff.getChanges() === DIFF_NONE, `refresh found changes: ${refreshDiff.getDiffsList()}`);
  show('state', outputs.state);
  show('diff', 'no changes');

  title('Key rotation: the program now declares another direct-route key');
  const rotated = fromStruct((await rpc('check', requests.check(NAME, { ...declared, directRouteApiKeys: secret([KEY_2]) }, { olds: inputs }))).getInputs());
  const rotationDiff = await rpc('diff', requests.diff(NAME, id, { olds: outputs, news: rotated, oldInputs: inputs }));
  expect(rotationDiff.getChanges() === DIFF_SOME && rotationDiff.getReplacesList().length === 0,
    `rotation should be an in-place update: changes=${rotationDiff.getChanges()} replaces=${rotationDiff.getReplacesList()}`);
  show('diff', `update in place: ${rotationDiff.getDiffsList().join(', ')} (no replacement)`);
  const updated = await withProgress(() => rpc('update', requests.update(NAME, id, { olds: outputs, news: rotated, oldInputs: inputs }), { deadlineMs: 120_000 }));
  outputs = fromStruct(updated.getProperties());
  inputs = rotated;
  show('directRouteApiKeys', redact(outputs.directRouteApiKeys));
  const newKey = await chatCompletion(stack.emulator, outputs.directRouteHandle, KEY_2);
  const oldKey = await chatCompletion(stack.emulator, outputs.directRouteHandle, KEY_1);
  expect(newKey.status === 200 && oldKey.status === 401, `after rotation: new key ${newKey.status}, old key ${oldKey.status}`);
  show('new key / old key', `HTTP ${newKey.status} / HTTP ${oldKey.status}`);

  title('Delete: `pulumi destroy`');
  await withProgress(() => rpc('delete', requests.deleteRequest(NAME, id, { properties: outputs, oldInputs: inputs }), { deadlineMs: 120_000 }));
  const gone = await rpc('read', requests.read(NAME, id, { properties: outputs, inputs }));
  expect(gone.getId() === '', 'the deployment is still readable after delete');
  const left = (await stack.emulator.admin.deployments()).filter((d) => d.state !== 'DELETED');
  expect(left.length === 0, `deployments left in the emulator: ${left.map((d) => d.name)}`);
  show('refresh', 'gone (nothing left in the emulator)');
}

let stopping;
function stop() {
  stopping ??= (stack ? stack.shutdown() : Promise.resolve()).catch((e) => console.error(`while stopping: ${e.message}`));
  return stopping;
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    console.error(`\ndemo interrupted (${signal}): stopping the emulator and the plugin`);
    await stop();
    process.exit(130);
  });
}
// lib/plugin.js and lib/emulator.js also SIGKILL their children when the process exits some other way.
main().then(
  async () => {
    await stop();
    console.log('\nDemo finished: every step worked; the emulator and the plugin are stopped.');
    process.exit(0);
  },
  async (error) => {
    console.error(`\nDemo FAILED at step ${step}: ${error.message}`);
    await stop();
    process.exit(1);
  },
);
