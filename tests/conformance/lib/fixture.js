'use strict';
// One launched plugin as a test file uses it: fake engine first, then the plugin with the engine's address as its
// last argument, then a client. shutdown() stops all three and returns what the plugin printed.
const assert = require('node:assert/strict');
const { startFakeEngine } = require('./engine');
const { startPlugin } = require('./plugin');
const { ProviderClient } = require('./client');

async function launch({ flags = [], withEngineAddress = true, env = {} } = {}) {
  const engine = await startFakeEngine();
  let plugin;
  try {
    plugin = await startPlugin({ args: withEngineAddress ? [...flags, engine.address] : flags, env });
  } catch (e) {
    await engine.stop();
    throw e;
  }
  const client = new ProviderClient(plugin.address);
  return {
    engine,
    plugin,
    client,
    async shutdown() {
      client.close();
      const exit = await plugin.stop();
      await engine.stop();
      return exit;
    },
  };
}

/** The whole stdout of the process must be the port line: digits and '\n' (the engine also tolerates "\r\n"). */
function assertOnlyPortLine(plugin) {
  assert.match(plugin.portLine, /^[0-9]+\r?\n$/, 'port line holds only the decimal port');
  assert.equal(plugin.stdoutText(), plugin.portLine, 'stdout carried the port line and nothing else');
}

module.exports = { launch, assertOnlyPortLine };
