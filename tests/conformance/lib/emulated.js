'use strict';
// The published plugin configured against the published emulator, as the engine would run it for one stack:
// emulator → fake engine → plugin → Handshake → CheckConfig → Configure (apiKey secret, accountId, baseUrl).
// shutdown() stops the plugin, the engine and the emulator (unless the caller shared its own) whatever happened before.
const { launch } = require('./fixture');
const { startEmulator } = require('./emulator');
const { secret, fromStruct } = require('./properties');
const requests = require('./requests');

// Emulator delays: long enough that the provider really waits (and reports progress), short enough for CI.
const FAST_EMULATOR = ['--ready-delay', '1500ms', '--update-delay', '1s', '--delete-delay', '500ms'];

/**
 * `emulator`: an emulator the caller already runs (shared by several plugins; shutdown() then leaves it running).
 * `apiKey`: the key put into the provider configuration (default: the emulator's own).
 */
async function startEmulatedProvider({ emulatorArgs = FAST_EMULATOR, emulator: shared, apiKey } = {}) {
  const emulator = shared || await startEmulator({ args: emulatorArgs });
  const stopEmulator = shared ? async () => {} : () => emulator.stop();
  let session;
  try {
    session = await launch();
    const { client, engine } = session;
    const hs = await client.call('handshake', requests.handshake(engine.address));
    if (!hs.ok) throw new Error(`Handshake failed: ${hs.codeName} ${hs.details}`);
    const config = { apiKey: secret(apiKey || emulator.apiKey), accountId: emulator.accountId, baseUrl: emulator.baseUrl };
    const checked = await client.call('checkConfig', requests.checkConfig(config), { note: 'emulator config' });
    if (!checked.ok || checked.response.getFailuresList().length > 0) {
      throw new Error(`CheckConfig failed: ${checked.codeName} ${checked.details} ` +
        `${JSON.stringify(checked.ok ? checked.response.getFailuresList().map((f) => f.getReason()) : [])}`);
    }
    const configured = await client.call('configure', requests.configure(fromStruct(checked.response.getInputs())),
      { note: `baseUrl ${emulator.baseUrl}` });
    if (!configured.ok) throw new Error(`Configure failed: ${configured.codeName} ${configured.details}`);
  } catch (e) {
    if (session) await session.shutdown();
    await stopEmulator();
    throw e;
  }
  return {
    emulator,
    session,
    client: session.client,
    engine: session.engine,
    plugin: session.plugin,
    async shutdown() {
      let exit;
      try {
        exit = await session.shutdown();
      } finally {
        await stopEmulator();
      }
      return exit;
    },
  };
}

module.exports = { startEmulatedProvider, FAST_EMULATOR };
