'use strict';
// Starts the published plugin the way the Pulumi engine does (protocol doc §3.1, §3.2): argv = [flags..., engine
// address], cwd = some other directory, stdin an open pipe; stdout is read byte by byte up to the first '\n', which
// must hold only the decimal port. Everything the process prints afterwards is kept so tests can prove that stdout
// carried the port line and nothing else.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const PORT_TIMEOUT_MS = 10_000; // the engine's pluginRPCConnectionTimeout
const SHUTDOWN_GRACE_MS = 5_000; // the engine's wait between SIGINT and kill

function pluginPath() {
  return process.env.PULUMI_FIREWORKS_PLUGIN || path.join(REPO_ROOT, 'artifacts', 'plugin', 'pulumi-resource-fireworks');
}

/** Every plugin started by this process, so none outlives it (e.g. the demo interrupted during start-up). */
const running = new Set();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** The environment the plugin sees: the caller's, minus Fireworks credentials so "no env fallback" is real. */
function pluginEnv(extra = {}) {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('FIREWORKS_')) delete env[key];
  return { ...env, ...extra };
}

/** Runs the binary to completion (for `--version`); resolves { code, signal, stdout, stderr }. */
function runToExit(args, { timeoutMs = 10_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(pluginPath(), args, { cwd: os.tmpdir(), env: pluginEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (c) => out.push(c));
    child.stderr.on('data', (c) => err.push(c));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${pluginPath()} ${args.join(' ')} did not exit within ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('error', (e) => { clearTimeout(timer); reject(e); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

/**
 * Launches the plugin and waits for its port line. Resolves a handle:
 *   port, address, pid, stdoutText() (everything printed so far), stderrText(), portLine (exact bytes up to '\n'),
 *   kill(signal), waitForExit(timeoutMs) → { code, signal } or 'timeout',
 *   stop() → { code, signal, elapsedMs, killed } after SIGINT (SIGKILL only if it ignored SIGINT for 5 s).
 */
function startPlugin({ args = [], env = {} } = {}) {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'fireworks-conformance-'));
  const child = spawn(pluginPath(), args, { cwd, env: pluginEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
  running.add(child);
  const stdout = [];
  const stderr = [];
  let exited = null;
  const exitPromise = new Promise((resolve) => {
    child.on('close', (code, signal) => { running.delete(child); exited = { code, signal }; resolve(exited); });
  });

  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (message) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (exited === null) child.kill('SIGKILL');
      const printed = Buffer.concat(stdout).toString('utf8');
      reject(new Error(`${message}\n  binary: ${pluginPath()} ${args.join(' ')}\n  stdout: ${JSON.stringify(printed)}\n` +
        `  stderr: ${Buffer.concat(stderr).toString('utf8').slice(-4000)}`));
    };
    const timer = setTimeout(() => fail(`no port line on stdout within ${PORT_TIMEOUT_MS} ms`), PORT_TIMEOUT_MS);

    child.on('error', (e) => fail(`could not start the plugin: ${e.message}`));
    child.on('close', (code, signal) => fail(`plugin exited (code ${code}, signal ${signal}) before printing its port`));
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    child.stdout.on('data', (chunk) => {
      stdout.push(chunk);
      if (settled) return;
      const all = Buffer.concat(stdout);
      const newline = all.indexOf(0x0a);
      if (newline < 0) return;
      // Like the engine: bytes up to the first newline, whitespace trimmed (so "\r\n" passes), then an integer.
      const portLine = all.subarray(0, newline + 1).toString('utf8');
      const text = portLine.trim();
      const port = /^[0-9]+$/.test(text) ? Number(text) : NaN;
      if (!(port >= 1 && port <= 65535)) {
        fail(`first stdout line is not a port: ${JSON.stringify(portLine)}`);
        return;
      }
      settled = true;
      clearTimeout(timer);
      resolve({
        port,
        address: `127.0.0.1:${port}`,
        pid: child.pid,
        cwd,
        portLine,
        stdoutText: () => Buffer.concat(stdout).toString('utf8'),
        stderrText: () => Buffer.concat(stderr).toString('utf8'),
        exited: () => exited,
        /** Sends a signal (e.g. 'SIGTERM') without waiting; see waitForExit. */
        kill: (signal) => { if (exited === null) child.kill(signal); },
        /** Resolves { code, signal } once the process has exited, or 'timeout' after timeoutMs. */
        waitForExit: (timeoutMs) => Promise.race([exitPromise, new Promise((r) => setTimeout(r, timeoutMs, 'timeout').unref())]),
        stop: () => stop(child, exitPromise, () => exited, cwd),
      });
    });
  });
}

async function stop(child, exitPromise, exited, cwd) {
  const started = Date.now();
  let killed = false;
  if (exited() === null) {
    child.kill('SIGINT');
    const timeout = new Promise((resolve) => setTimeout(resolve, SHUTDOWN_GRACE_MS, 'timeout'));
    if ((await Promise.race([exitPromise, timeout])) === 'timeout') {
      killed = true;
      child.kill('SIGKILL');
      await exitPromise;
    }
  }
  fs.rmSync(cwd, { recursive: true, force: true });
  return { ...exited(), elapsedMs: Date.now() - started, killed };
}

module.exports = { pluginPath, startPlugin, runToExit, REPO_ROOT, SHUTDOWN_GRACE_MS };
