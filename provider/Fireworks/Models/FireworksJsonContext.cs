using System.Text.Json.Serialization;
using Pulumi.Fireworks.Provider.Fireworks.Accounts;
using Pulumi.Fireworks.Provider.Fireworks.DeployedModels;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks.DeploymentShapes;

namespace Pulumi.Fireworks.Provider.Fireworks.Models;

/// <summary>
/// Source-generated JSON metadata for every wire type (NativeAOT: no reflection). Unknown fields are ignored on
/// read; null properties are never written, so a request carries only what the caller set.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    // proto3 JSON writes 64-bit integers as strings; accept either form on read.
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(Deployment))]
[JsonSerializable(typeof(DeploymentSpec))]
[JsonSerializable(typeof(DeploymentList))]
[JsonSerializable(typeof(Account))]
[JsonSerializable(typeof(DeployedModel))]
[JsonSerializable(typeof(DeployedModelSpec))]
[JsonSerializable(typeof(DeployedModelList))]
[JsonSerializable(typeof(FireworksModel))]
[JsonSerializable(typeof(DeploymentShape))]
[JsonSerializable(typeof(DeploymentShapeVersion))]
[JsonSerializable(typeof(DeploymentShapeVersionList))]
internal sealed partial class FireworksJsonContext : JsonSerializerContext;
