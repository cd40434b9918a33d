'use strict';
// Deployments made behind the provider's back, with the control-plane REST API of the emulator (as another tool or a
// person would make them): used to fill an account quickly, e.g. with more deployments than one list page holds.
const { request } = require('./emulator');

function headers(emulator) {
  return { authorization: `Bearer ${emulator.apiKey}` };
}

/** Creates one deployment (no wait); resolves its full name. */
async function createDeployment(emulator, deploymentId, { displayName = 'made elsewhere', baseModel = 'accounts/fireworks/models/llama-v3p1-8b-instruct' } = {}) {
  const r = await request(`${emulator.baseUrl}/v1/accounts/${emulator.accountId}/deployments?deploymentId=${deploymentId}`, {
    method: 'POST',
    headers: headers(emulator),
    body: { baseModel, acceleratorType: 'NVIDIA_H100_80GB', displayName },
  });
  if (r.status !== 200) throw new Error(`create ${deploymentId} -> ${r.status} ${r.text}`);
  return r.json.name;
}

/** Soft-deletes one deployment (it stays listed with showDeleted). */
async function softDeleteDeployment(emulator, deploymentId) {
  const r = await request(`${emulator.baseUrl}/v1/accounts/${emulator.accountId}/deployments/${deploymentId}`, {
    method: 'DELETE',
    headers: headers(emulator),
  });
  if (r.status !== 200) throw new Error(`delete ${deploymentId} -> ${r.status} ${r.text}`);
}

module.exports = { createDeployment, softDeleteDeployment };
