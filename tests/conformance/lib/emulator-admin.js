'use strict';
// Admin calls of the emulator that lib/emulator.js's adminClient does not wrap: the delete checks' in-use switch and
// the reply options (emulator/README.md, "Admin endpoints").
const { request } = require('./emulator');

async function call(emulator, method, path, body) {
  const r = await request(`${emulator.baseUrl}${path}`, { method, body });
  if (r.status !== 200) throw new Error(`${method} ${path} -> ${r.status} ${r.text}`);
  return r.json;
}

/** Makes Fireworks' delete checks see the deployment (short id) as in use, or no longer. */
function markInUse(emulator, deploymentId, inUse = true) {
  return call(emulator, 'POST', `/admin/deployments/${deploymentId}:markInUse`, { inUse });
}

/** The reply options, e.g. { unknownOutputFields: true }. */
function replyOptions(emulator) {
  return call(emulator, 'GET', '/admin/options');
}

/** The fault rules still active, each with the count it has left (a consumed `count: 1` rule is gone). */
function activeFaults(emulator) {
  return call(emulator, 'GET', '/admin/faults');
}

/** One deployment (full name) as GET returns it, or undefined; soft-deleted ones included. */
async function storedDeployment(emulator, name) {
  return (await emulator.admin.deployments()).find((d) => d.name === name);
}

module.exports = { markInUse, replyOptions, activeFaults, storedDeployment };
