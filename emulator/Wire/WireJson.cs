using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Fireworks.Emulator.Wire;

/// <summary>
/// The source-generated context with the same settings as <see cref="EmulatorJsonContext"/> plus relaxed escaping,
/// so error messages read <c>\"field\"</c> like Go's encoder rather than <c>\u0022field\u0022</c>.
/// </summary>
internal static class WireJson
{
    public static EmulatorJsonContext Context { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowDuplicateProperties = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
