# The two commands a newcomer needs:  make publish  (build the plugin)  and  make test  (every test).
SHELL := /bin/bash
DOTNET ?= dotnet
RID ?= linux-x64
CONFIGURATION ?= Release
ARTIFACTS := $(CURDIR)/artifacts
PLUGIN_DIR := $(ARTIFACTS)/plugin
PLUGIN := $(PLUGIN_DIR)/pulumi-resource-fireworks

export DOTNET_CLI_TELEMETRY_OPTOUT := 1
export DOTNET_NOLOGO := 1

.PHONY: build publish test test-dotnet test-conformance test-sdk test-sdk-nodejs sdks clean

build:
	$(DOTNET) build Pulumi.Fireworks.sln -c $(CONFIGURATION)

# NativeAOT, self-contained, for $(RID). Needs clang and zlib1g-dev (see .ci/run).
publish:
	$(DOTNET) publish provider/Pulumi.Fireworks.Provider.csproj -c $(CONFIGURATION) -r $(RID) -o $(PLUGIN_DIR)

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

# Drives the published binary through the official @pulumi/pulumi stubs (tests/conformance/README.md).
test-conformance: publish
	cd tests/conformance && npm ci --no-audit --no-fund && npm test

clean:
	rm -rf $(ARTIFACTS)
	find . -name node_modules -prune -o -type d \( -name bin -o -name obj \) -prune -exec rm -rf {} +
