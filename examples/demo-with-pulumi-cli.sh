#!/usr/bin/env bash
# The `make demo` path when the Pulumi CLI is on PATH: examples/yaml through the real CLI against the local
# Fireworks emulator (no Fireworks account, no Pulumi Cloud). Needs artifacts/plugin (make publish) and
# artifacts/emulator (the published emulator). Run from anywhere; it finds the repository from its own path.
set -euo pipefail

echo "Demo: pulumi up of examples/yaml (a deployment on a shape, with a LoRA addon) against a local Fireworks emulator, one chat completion through the direct route, pulumi destroy."

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
example="$root/examples/yaml"
plugin="$root/artifacts/plugin/pulumi-resource-fireworks"
emulator_dll="$root/artifacts/emulator/Fireworks.Emulator.dll"
# The emulator's defaults (emulator/README.md): an account and a control-plane key that only it accepts.
account="emulator-account"
api_key="fw-emulator-key"
route_key="DemoRouteKey1"
# A stack name of this run only: its config file (examples/yaml/Pulumi.<stack>.yaml) is removed at the end.
stack="demo-$$"

for tool in pulumi dotnet curl; do
    command -v "$tool" >/dev/null || { echo "demo: $tool is not on PATH" >&2; exit 1; }
done
[[ -x "$plugin" ]] || { echo "demo: no $plugin; run 'make publish' first" >&2; exit 1; }
[[ -f "$emulator_dll" ]] || { echo "demo: no $emulator_dll; publish the emulator to artifacts/emulator first" >&2; exit 1; }

work="$(mktemp -d "${TMPDIR:-/tmp}/fireworks-demo.XXXXXX")"
emulator_pid=""
stack_created=""

cleanup() {
    local status=$?
    set +e
    if [[ -n "$stack_created" ]]; then
        # Normally already destroyed; after a failure the emulator is about to stop anyway, so only the
        # stack's config file next to the example needs removing (the backend lives in $work).
        rm -f "$example/Pulumi.$stack.yaml"
    fi
    if [[ -n "$emulator_pid" ]]; then
        kill "$emulator_pid" 2>/dev/null
        wait "$emulator_pid" 2>/dev/null
    fi
    if [[ $status -ne 0 ]]; then
        if [[ -s "$work/emulator.err" ]]; then
            echo "--- emulator stderr (last 20 lines)" >&2
            tail -n 20 "$work/emulator.err" >&2
        fi
        echo "demo: failed (exit $status)" >&2
    fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A file backend in the temporary folder, a passphrase for its secrets, no update nagging.
export PULUMI_BACKEND_URL="file://$work/backend"
export PULUMI_CONFIG_PASSPHRASE="fireworks-demo"
export PULUMI_SKIP_UPDATE_CHECK=true
mkdir -p "$work/backend"

echo "==> Starting the emulator"
dotnet "$emulator_dll" --port 0 >"$work/emulator.out" 2>"$work/emulator.err" &
emulator_pid=$!
base_url=""
for _ in $(seq 1 150); do
    base_url="$(sed -n 's|^Fireworks emulator listening on \(http://127\.0\.0\.1:[0-9][0-9]*\)$|\1|p' "$work/emulator.out")"
    [[ -n "$base_url" ]] && break
    kill -0 "$emulator_pid" 2>/dev/null || { cat "$work/emulator.err" >&2; echo "demo: the emulator exited" >&2; exit 1; }
    sleep 0.2
done
[[ -n "$base_url" ]] || { cat "$work/emulator.err" >&2; echo "demo: the emulator did not start within 30 s" >&2; exit 1; }
echo "    emulator at $base_url (account $account)"

pulumi_stack() {
    pulumi --cwd "$example" --non-interactive "$@" --stack "$stack"
}

echo "==> pulumi stack init $stack (file backend in $work/backend)"
pulumi --cwd "$example" --non-interactive stack init "$stack"
stack_created=1
pulumi_stack config set fireworks:baseUrl "$base_url"
pulumi_stack config set fireworks:accountId "$account"
pulumi_stack config set --secret fireworks:apiKey "$api_key"
pulumi_stack config set --secret routeKey "$route_key"

echo "==> pulumi up"
pulumi_stack up --yes

handle="$(pulumi_stack stack output directRouteHandle)"
echo "==> directRouteHandle: $handle"
echo "==> inferenceModel of the LoRA addon: $(pulumi_stack stack output inferenceModel)"

# The handle does not resolve in DNS: the emulator serves the route under /direct/<handle>/.
echo "==> One chat completion through the direct route, with the route key"
http_status="$(curl -sS -o "$work/answer.json" -w '%{http_code}' \
    -H "Authorization: Bearer $route_key" -H "Content-Type: application/json" \
    -d '{"model":"any","messages":[{"role":"user","content":"Hello"}]}' \
    "$base_url/direct/$handle/v1/chat/completions")"
if [[ "$http_status" != "200" ]]; then
    cat "$work/answer.json" >&2
    echo "demo: the direct route answered HTTP $http_status" >&2
    exit 1
fi
answer="$(sed -n 's/.*"content"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p' "$work/answer.json" | head -n 1)"
echo "    answer: ${answer:-$(cat "$work/answer.json")}"

echo "==> pulumi destroy"
pulumi_stack destroy --yes
pulumi_stack stack rm --yes
stack_created=""

echo "==> Deployments the emulator still holds (admin API)"
left="$(curl -sS "$base_url/admin/deployments")"
echo "    $left"
if ! grep -Eq '"totalSize"[[:space:]]*:[[:space:]]*0([^0-9]|$)' <<<"$left"; then
    echo "demo: the emulator still holds deployments" >&2
    exit 1
fi
echo "==> Done: nothing left behind."
