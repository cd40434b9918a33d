using System.Text.Json.Serialization;

namespace Fireworks.Emulator.DataPlane;

/// <summary>The inference API's OpenAI-style error body (differs from the control plane's gRPC-gateway body).</summary>
internal sealed class InferenceErrorJson
{
    public InferenceErrorDetailJson Error { get; set; } = new();

    [JsonPropertyName("request_id")]
    public string RequestId { get; set; } = "";
}
