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

.PHONY: build publish test test-dotnet test-conformance clean

build:
	$(DOTNET) build Pulumi.Fireworks.sln -c $(CONFIGURATION)

# NativeAOT, self-contained, for $(RID). Needs clang and zlib1g-dev (see .ci/run).
publish:
	$(DOTNET) publish provider/Pulumi.Fireworks.Provider.csproj -c $(CONFIGURATION) -r $(RID) -o $(PLUGIN_DIR)

test: test-dotnet test-conformance

test-dotnet:
	$(DOTNET) test Pulumi.Fireworks.sln -c $(CONFIGURATION)

# Drives the published binary through the official @pulumi/pulumi stubs (tests/conformance/README.md).
test-conformance: publish
	cd tests/conformance && npm ci --no-audit --no-fund && npm test

clean:
	rm -rf $(ARTIFACTS)
	find . -type d \( -name bin -o -name obj \) -prune -exec rm -rf {} +
