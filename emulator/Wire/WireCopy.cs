using System.Text.Json;

namespace Fireworks.Emulator.Wire;

/// <summary>Deep copies and comparisons of wire objects via their JSON form (small objects; simplicity wins).</summary>
internal static class WireCopy
{
    public static DeploymentJson Clone(DeploymentJson value) =>
        JsonSerializer.Deserialize(JsonSerializer.SerializeToUtf8Bytes(value, WireJson.Context.DeploymentJson), WireJson.Context.DeploymentJson)!;

    public static string ToJson(DeploymentJson value) => JsonSerializer.Serialize(value, WireJson.Context.DeploymentJson);
}
