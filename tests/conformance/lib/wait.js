'use strict';
// Waiting in the harness: a plain delay, and polling until a condition holds (no fixed sleeps where a condition can
// decide).
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `probe` every `intervalMs` until it returns a truthy value, which it resolves; rejects after `timeoutMs`. */
async function waitUntil(probe, what, { timeoutMs = 20_000, intervalMs = 50 } = {}) {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(intervalMs);
  }
}

module.exports = { sleep, waitUntil };
