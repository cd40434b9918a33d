'use strict';
// A small seeded pseudo-random generator (mulberry32) for randomized campaigns: each campaign has a fixed default seed
// (so every run draws the same plans), an environment variable to choose another, and prints the seed it used, so a
// failing run can be replayed.
const SEED_MAX = 2 ** 31 - 1;

/** Returns { seed, next() in [0, 1), int(lo, hi) inclusive, below(n) from 0 to n - 1, pick(array), chance(p) }. */
function seededRandom(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    seed,
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    below: (n) => Math.floor(next() * n),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
  };
}

/**
 * The seed from the environment variable `name` (an integer from 0 to SEED_MAX), or `fallback` when it is unset: a
 * campaign draws the same plans on every run unless the variable asks for others.
 */
function seedFrom(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const seed = Number(raw);
  if (!Number.isInteger(seed) || seed < 0 || seed > SEED_MAX) {
    throw new Error(`${name} must be an integer from 0 to ${SEED_MAX}, got ${JSON.stringify(raw)}`);
  }
  return seed;
}

module.exports = { seededRandom, seedFrom };
