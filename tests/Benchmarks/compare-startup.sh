#!/usr/bin/env bash
# Start-up of the plugin against the bare host (tests/Benchmarks/BareHost), measured on this machine: builds the
# plugin (make publish), the bare host and the emulator, then runs compare-startup.js, which prints the medians and
# p90 of spawn → port line over interleaved engine-style spawns, their ratio, the Check round-trip p50 of both and
# the plugin's peak RSS over a full lifecycle. Not part of `make test` (timings belong in benchmarks).
# Usage: tests/Benchmarks/compare-startup.sh [plugin binary]   RUNS=25 CHECKS=400 by default.
set -euo pipefail
cd "$(dirname "$0")/../.."
PLUGIN=${1:-artifacts/plugin/pulumi-resource-fireworks}
BARE=artifacts/bare-host/bare-host

if [ $# -eq 0 ]; then make --no-print-directory publish >/dev/null; fi
make --no-print-directory emulator >/dev/null
dotnet publish tests/Benchmarks/BareHost -c Release -r linux-x64 -o artifacts/bare-host >/dev/null
[ -d tests/conformance/node_modules ] || (cd tests/conformance && npm ci --no-audit --no-fund --silent)
node tests/Benchmarks/compare-startup.js "$PLUGIN" "$BARE"
