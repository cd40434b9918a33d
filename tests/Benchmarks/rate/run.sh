#!/usr/bin/env bash
# Rate benchmark (not part of `make test`): 20 and 100 concurrent Creates, then Deletes, on one published plugin
# against the emulator at 30 and 600 requests per minute, with the budget told to the provider and not.
# Usage: tests/Benchmarks/rate/run.sh [scenario ...]      scenario = <count>x<rpm>:<told|untold>, e.g. 20x30:told
#   PULUMI_FIREWORKS_PLUGIN=<binary>   another plugin (default artifacts/plugin/pulumi-resource-fireworks)
#   READY_DELAY=1s                     the emulator's --ready-delay
#   RATE_JSON=<file>                   also write the figures as JSON
# Needs `make publish emulator` and `npm ci` in tests/conformance (it uses the conformance harness's client).
set -euo pipefail
cd "$(dirname "$0")/../../.."
plugin=${PULUMI_FIREWORKS_PLUGIN:-artifacts/plugin/pulumi-resource-fireworks}
[ -x "$plugin" ] || { echo "no plugin at $plugin: run 'make publish' first" >&2; exit 1; }
[ -f artifacts/emulator/Fireworks.Emulator.dll ] || { echo "no emulator: run 'make emulator' first" >&2; exit 1; }
[ -d tests/conformance/node_modules ] || (cd tests/conformance && npm ci --no-audit --no-fund --silent)
export PULUMI_FIREWORKS_PLUGIN=$(realpath "$plugin")
export FIREWORKS_RPC_TRANSCRIPT=0
exec node tests/Benchmarks/rate/rate.js "$@"
