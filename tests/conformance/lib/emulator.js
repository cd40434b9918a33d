'use strict';
// The published Fireworks emulator (`make emulator` → artifacts/emulator) as a child process: started on a free port,
// its address read from the one line it prints on stdout, stopped with SIGINT (SIGKILL if it lingers). The admin API
// (no auth, loopback only) lets tests look behind the control plane: what exists, which requests arrived.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { REPO_ROOT } = require('./plugin');

const START_TIMEOUT_MS = 30_000; // a cold `dotnet` start on a busy 2-core machine
const STOP_GRACE_MS = 5_000;
const LISTENING = /^Fireworks emulator listening on (http:\/\/127\.0\.0\.1:(\d+))\s*$/;
const ACCOUNT_ID = 'emulator-account';
const API_KEY = 'fw-emulator-key';

function emulatorDll() {
  return process.env.FIREWORKS_EMULATOR_DLL || path.join(REPO_ROOT, 'artifacts', 'emulator', 'Fireworks.Emulator.dll');
}

/** Every emulator started by this process, so an exit handler can make sure none outlives it. */
const running = new Set();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/**
 * Starts the emulator. `args` are extra command-line options (e.g. ['--ready-delay', '1s']); `apiKey` replaces the
 * control-plane key (a distinctive one lets a test search every output for it). Resolves
 * { baseUrl, port, accountId, apiKey, pid, admin, stderrText(), stop() }.
 */
function startEmulator({ args = [], apiKey = API_KEY } = {}) {
  const dll = emulatorDll();
  if (!fs.existsSync(dll)) {
    return Promise.reject(new Error(`${dll} does not exist: run \`make emulator\` first`));
  }
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('FIREWORKS_')) delete env[key];
  const child = spawn('dotnet', [dll, '--port', '0', '--account', ACCOUNT_ID, '--api-key', apiKey, ...args],
    { env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  const stdout = [];
  const stderr = [];
  const exited = new Promise((resolve) => child.on('close', (code, signal) => {
    running.delete(child);
    resolve({ code, signal });
  }));
  child.stderr.on('data', (c) => stderr.push(c));

  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (message) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${message}\n  stdout: ${JSON.stringify(Buffer.concat(stdout).toString())}\n` +
        `  stderr: ${Buffer.concat(stderr).toString().slice(-2000)}`));
    };
    const timer = setTimeout(() => fail(`the emulator printed no "listening on" line within ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS);
    child.on('error', (e) => fail(`could not start dotnet ${dll}: ${e.message}`));
    child.on('close', (code, signal) => fail(`the emulator exited (code ${code}, signal ${signal}) before listening`));
    child.stdout.on('data', (chunk) => {
      stdout.push(chunk);
      if (settled) return;
      const text = Buffer.concat(stdout).toString('utf8');
      const newline = text.indexOf('\n');
      if (newline < 0) return;
      const match = LISTENING.exec(text.slice(0, newline));
      if (!match) {
        fail(`unexpected first line from the emulator: ${JSON.stringify(text.slice(0, newline))}`);
        return;
      }
      settled = true;
      clearTimeout(timer);
      const baseUrl = match[1];
      resolve({
        baseUrl,
        port: Number(match[2]),
        accountId: ACCOUNT_ID,
        apiKey,
        pid: child.pid,
        admin: adminClient(baseUrl),
        stderrText: () => Buffer.concat(stderr).toString('utf8'),
        async stop() {
          if (child.exitCode === null && child.signalCode === null) {
            child.kill('SIGINT');
            const timeout = new Promise((r) => setTimeout(r, STOP_GRACE_MS, 'timeout'));
            if ((await Promise.race([exited, timeout])) === 'timeout') child.kill('SIGKILL');
          }
          return exited;
        },
      });
    });
  });
}

/** A small HTTP/1.1 request helper; resolves { status, headers, text, json }. */
function request(url, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
    const req = http.request(url, {
      method,
      headers: { ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}), ...headers },
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json;
        try { json = text ? JSON.parse(text) : undefined; } catch { json = undefined; }
        resolve({ status: res.statusCode, headers: res.headers, text, json });
      });
    });
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

function adminClient(baseUrl) {
  const call = async (method, p, body) => {
    const r = await request(`${baseUrl}${p}`, { method, body });
    if (r.status !== 200) throw new Error(`${method} ${p} -> ${r.status} ${r.text}`);
    return r.json;
  };
  return {
    /** Every deployment, soft-deleted ones included. */
    deployments: async () => (await call('GET', '/admin/deployments')).deployments || [],
    requests: () => call('GET', '/admin/requests'),
    clearRequests: () => call('DELETE', '/admin/requests'),
    addFault: (rule) => call('POST', '/admin/faults', rule),
    clearFaults: () => call('DELETE', '/admin/faults'),
    reset: () => call('POST', '/admin/reset'),
  };
}

/**
 * A chat completion through a deployment's direct route: the emulator's base URL with `Host: <handle>`, the way a
 * client reaches `https://<handle>/v1/chat/completions`. `key` undefined sends no Authorization header.
 */
function chatCompletion(emulator, handle, key, content = 'Say hello') {
  const headers = { host: handle };
  if (key !== undefined) headers.authorization = `Bearer ${key}`;
  return request(`${emulator.baseUrl}/v1/chat/completions`, {
    method: 'POST',
    headers,
    body: { model: 'ignored-on-a-direct-route', messages: [{ role: 'user', content }] },
  });
}

module.exports = { startEmulator, chatCompletion, request, emulatorDll, ACCOUNT_ID, API_KEY };
