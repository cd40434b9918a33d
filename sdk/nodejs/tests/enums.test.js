"use strict";
// The open enums are exported from the package root (and from types.enums) with their API values.
const test = require("node:test");
const assert = require("node:assert/strict");
const fireworks = require("../bin");

test("Every enum of the schema is exported from the package root with string values", () => {
    for (const name of ["AcceleratorType", "DirectRouteType", "HotLoadBucketType", "MultiRegion", "Precision", "Region"]) {
        assert.equal(typeof fireworks[name], "object", `${name} is not exported`);
        assert.strictEqual(fireworks.types.enums[name], fireworks[name]);
        for (const [member, value] of Object.entries(fireworks[name])) {
            assert.equal(member, value, `${name}.${member} must carry the API value`);
        }
    }
});

test("Region lists the 32 regions of API 4.259.0 and the 10 older names", () => {
    const regions = Object.values(fireworks.Region);
    assert.equal(regions.length, 42);
    assert.ok(regions.includes("US_ARIZONA_1"));
    assert.ok(regions.includes("AP_MALAYSIA_1"));
    assert.ok(regions.includes("EU_LONDON_1"));
});

test("The smaller enums carry the values Fireworks documents", () => {
    assert.deepEqual(Object.values(fireworks.MultiRegion), ["GLOBAL", "US", "EUROPE", "APAC"]);
    assert.deepEqual(Object.values(fireworks.DirectRouteType), ["INTERNET", "GCP_PRIVATE_SERVICE_CONNECT", "AWS_PRIVATELINK"]);
    assert.deepEqual(Object.values(fireworks.HotLoadBucketType), ["MINIO", "S3", "NEBIUS", "FW_HOSTED"]);
    assert.ok(Object.values(fireworks.AcceleratorType).includes("NVIDIA_B300_288GB"));
    assert.ok(Object.values(fireworks.Precision).includes("FP4_MX_MOE"));
});
