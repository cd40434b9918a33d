using System.Text.Json.Serialization;
using Fireworks.Emulator.Admin;
using Fireworks.Emulator.DataPlane;

namespace Fireworks.Emulator.Wire;

/// <summary>
/// Source-generated JSON for every body the emulator reads or writes. Reading is strict like the real proto-JSON
/// parser: unknown members and duplicate members are errors.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(DeploymentJson))]
[JsonSerializable(typeof(ListDeploymentsResponseJson))]
[JsonSerializable(typeof(DeployedModelJson))]
[JsonSerializable(typeof(ListDeployedModelsResponseJson))]
[JsonSerializable(typeof(DeploymentShapeJson))]
[JsonSerializable(typeof(DeploymentShapeVersionJson))]
[JsonSerializable(typeof(ListDeploymentShapesResponseJson))]
[JsonSerializable(typeof(ListDeploymentShapeVersionsResponseJson))]
[JsonSerializable(typeof(ModelJson))]
[JsonSerializable(typeof(LoraModel))]
[JsonSerializable(typeof(DeploymentShapeDefinition))]
[JsonSerializable(typeof(AdminOptionsJson))]
[JsonSerializable(typeof(MarkInUseJson))]
[JsonSerializable(typeof(ScaleRequestJson))]
[JsonSerializable(typeof(EmptyJson))]
[JsonSerializable(typeof(ErrorBodyJson))]
[JsonSerializable(typeof(AccountJson))]
[JsonSerializable(typeof(ListAccountsResponseJson))]
[JsonSerializable(typeof(ChatCompletionJson))]
[JsonSerializable(typeof(TextCompletionJson))]
[JsonSerializable(typeof(InferenceErrorJson))]
[JsonSerializable(typeof(FaultRule))]
[JsonSerializable(typeof(List<FaultRule>))]
[JsonSerializable(typeof(List<RequestLogEntry>))]
internal sealed partial class EmulatorJsonContext : JsonSerializerContext
{
}
