using System.Text.Json;

namespace Pulumi.Fireworks.Provider.Fireworks.Http;

/// <summary>
/// Computes the <c>updateMask</c> of a PATCH from the body that is actually sent: one snake_case path per top-level
/// field present (e.g. <c>display_name,min_replica_count,autoscaling_policy</c>). Deriving it from the serialized
/// bytes means the mask and the body can never disagree. Without a mask the service may reset every field the body
/// leaves out, so an update never goes out without one.
/// </summary>
internal static class UpdateMask
{
    public static IReadOnlyList<string> FromBody(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        var paths = new List<string>();
        var depth = 0;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    depth++;
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    depth--;
                    break;
                case JsonTokenType.PropertyName when depth == 1:
                    paths.Add(JsonNamingPolicy.SnakeCaseLower.ConvertName(reader.GetString()!));
                    break;
            }
        }

        return paths;
    }
}
