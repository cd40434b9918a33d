# The two commands a newcomer needs:  make publish  (build the plugin)  and  make test  (every test).
SHELL := /bin/bash
DOTNET ?= dotnet
RID ?= linux-x64
CONFIGURATION ?= Release
ARTIFACTS := $(CURDIR)/artifacts
PLUGIN_DIR := $(ARTIFACTS)/plugin
PLUGIN := $(PLUGIN_DIR)/pulumi-resource-fireworks
EMULATOR_DIR := $(ARTIFACTS)/emulator
DIST_DIR := $(ARTIFACTS)/dist
NODE ?= node
EMULATOR_PORT ?= 8089

export DOTNET_CLI_TELEMETRY_OPTOUT := 1
export DOTNET_NOLOGO := 1

.PHONY: build publish dist emulator emulator-run demo test test-dotnet test-conformance test-sdk test-sdk-nodejs sdks clean

build:
	$(DOTNET) build Pulumi.Fireworks.sln -c $(CONFIGURATION)

# NativeAOT, self-contained, for $(RID). Needs clang and zlib1g-dev (see .ci/run).
publish:
	$(DOTNET) publish provider/Pulumi.Fireworks.Provider.csproj -c $(CONFIGURATION) -r $(RID) -o $(PLUGIN_DIR)

# The release archive of the published plugin for $(RID), named as `pulumi plugin install` downloads it
# (pulumi-resource-fireworks-v<VERSION>-<os>-<arch>.tar.gz: binary, LICENSE, README.md at its root), and the
# checksum file beside it. build/platforms.json maps the RID to os/arch; build/dist.js is what the workflows run too.
dist: publish
	$(NODE) build/dist.js package --rid $(RID) --plugin-dir $(PLUGIN_DIR) --out $(DIST_DIR)

# The Fireworks emulator as a framework-dependent app: dotnet $(EMULATOR_DIR)/Fireworks.Emulator.dll --port 0
emulator:
	$(DOTNET) publish emulator/Fireworks.Emulator.csproj -c $(CONFIGURATION) -o $(EMULATOR_DIR)

# The emulator in the foreground on a fixed port, for pointing a real Pulumi CLI at it (Ctrl-C stops it).
emulator-run: emulator
	$(DOTNET) $(EMULATOR_DIR)/Fireworks.Emulator.dll --port $(EMULATOR_PORT) --verbose

# The README Deployment's lifecycle against the emulator: with the Pulumi CLI on PATH, `pulumi up`/`destroy` of
# examples/yaml on a local file backend; without it (as in CI), the published plugin driven through the official
# Pulumi protocol stubs. PULUMI_DEMO=stubs forces the second path.
demo: publish emulator
	@if command -v pulumi >/dev/null 2>&1 && [ "$${PULUMI_DEMO:-}" != stubs ]; then \
	  bash examples/demo-with-pulumi-cli.sh; \
	else \
	  cd tests/conformance && npm ci --no-audit --no-fund --silent && node demo.js; \
	fi

# Every test: xunit (solution), the Node SDK under Pulumi's runtime mocks, then the conformance harness.
test: test-dotnet test-sdk-nodejs test-conformance

test-dotnet:
	$(DOTNET) test Pulumi.Fireworks.sln -c $(CONFIGURATION)

# The SDKs against the schema: the Node SDK compiled with tsc and run under Pulumi's runtime mocks, and the
# .NET SDK parsed (syntax only) and compared property by property with schema.json.
test-sdk: test-sdk-nodejs
	$(DOTNET) test tests/Pulumi.Fireworks.Sdk.Tests -c $(CONFIGURATION)

test-sdk-nodejs:
	cd sdk/nodejs && npm ci --no-audit --no-fund && npm run build && npm test

# Regenerates the SDK code from schema.json (needs the Pulumi CLI). Hand-written files (package.json,
# tsconfig.json, READMEs, sdk/dotnet/Directory.*.props, tests) are kept; review the diff and run make test-sdk.
sdks:
	@command -v pulumi >/dev/null || { echo "make sdks: the Pulumi CLI is not installed" >&2; exit 1; }
	rm -rf $(ARTIFACTS)/gen-sdk
	pulumi package gen-sdk schema.json --language dotnet --out $(ARTIFACTS)/gen-sdk
	pulumi package gen-sdk schema.json --language nodejs --out $(ARTIFACTS)/gen-sdk
	cd $(ARTIFACTS)/gen-sdk/dotnet && find . \( -name '*.cs' -o -name '*.csproj' -o -name pulumi-plugin.json -o -name version.txt \) -exec cp --parents {} $(CURDIR)/sdk/dotnet \;
	cd $(ARTIFACTS)/gen-sdk/nodejs && find . -name '*.ts' -exec cp --parents {} $(CURDIR)/sdk/nodejs \;

# Drives the published binary through the official @pulumi/pulumi stubs (tests/conformance/README.md), including
# the plugin unpacked from the dist archive (dist reuses the publish output: NativeAOT runs once).
test-conformance: dist emulator
	cd tests/conformance && npm ci --no-audit --no-fund && npm test

clean:
	rm -rf $(ARTIFACTS)
	find . -name node_modules -prune -o -type d \( -name bin -o -name obj \) -prune -exec rm -rf {} +
