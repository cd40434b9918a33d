'use strict';
// The floor of a scenario: the earliest moment at which the requests a create burst cannot do without (one POST and
// one GET that sees READY per deployment) fit a sliding 60-second window of `budget` requests, counted on arrival as
// the emulator counts them. Requests the emulator already counted (e.g. Configure's credential check) take their
// slots first. Times are seconds relative to the first Create.

const WINDOW_S = 60;

/**
 * `prior`: arrival times (s, usually negative) of requests already in the window; `count` deployments created at
 * 0; each read may arrive no earlier than `readyDelayS` after its create. Returns the time of the last read.
 */
function floorSeconds({ count, budget, readyDelayS, prior = [] }) {
  const admitted = [...prior].sort((a, b) => a - b);
  const admit = (release) => {
    // The k-th admitted request may arrive once the (k - budget)-th has left the window.
    const k = admitted.length;
    const windowFree = k >= budget ? admitted[k - budget] + WINDOW_S : -Infinity;
    const last = k > 0 ? admitted[k - 1] : -Infinity;
    const at = Math.max(release, windowFree, last);
    admitted.push(at);
    return at;
  };
  const created = [];
  for (let i = 0; i < count; i++) created.push(admit(0));
  let lastRead = 0;
  for (let i = 0; i < count; i++) lastRead = admit(created[i] + readyDelayS);
  return lastRead;
}

module.exports = { floorSeconds, WINDOW_S };
