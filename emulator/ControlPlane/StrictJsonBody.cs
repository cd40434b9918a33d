using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Fireworks.Emulator.Errors;

namespace Fireworks.Emulator.ControlPlane;

/// <summary>
/// Reads request bodies the way the real gRPC-gateway + protojson parser does: unknown or duplicate fields and type
/// mismatches are 400 INVALID_ARGUMENT with a <c>proto: (line L:C): …</c> message; an empty body is an empty message.
/// </summary>
internal static class StrictJsonBody
{
    private const int MaxBodyBytes = 1 << 20;

    public static async Task<T> ReadAsync<T>(HttpRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken) =>
        (await ReadWithFieldsAsync(request, typeInfo, cancellationToken).ConfigureAwait(false)).Value;

    /// <summary>Reads the body and also names its top-level fields (the implied mask of a PATCH without <c>updateMask</c>).</summary>
    public static async Task<(T Value, IReadOnlyList<string> Fields)> ReadWithFieldsAsync<T>(HttpRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        if (buffer.Length > MaxBodyBytes)
        {
            throw ApiException.InvalidArgument("request body too large");
        }

        var bytes = buffer.Length == 0 ? "{}"u8.ToArray() : buffer.ToArray();
        try
        {
            var value = JsonSerializer.Deserialize(bytes, typeInfo)
                ?? throw ApiException.InvalidArgument("proto: syntax error (line 1:1): unexpected token null");
            using var document = JsonDocument.Parse(bytes);
            return (value, [.. document.RootElement.EnumerateObject().Select(p => p.Name)]);
        }
        catch (JsonException exception)
        {
            throw ApiException.InvalidArgument(ProtoMessage(exception));
        }
    }

    /// <summary>A protojson-style message. The column is approximate: protojson points at the field name.</summary>
    internal static string ProtoMessage(JsonException exception)
    {
        var line = (exception.LineNumber ?? 0) + 1;
        var field = LastField(exception.Path);
        var message = exception.Message;
        var position = exception.BytePositionInLine ?? 0;

        // System.Text.Json's wording is stable (and English under invariant globalization).
        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            return $"proto: (line {line}:{NameColumn(position, field)}): unknown field \"{field}\"";
        }

        if (message.StartsWith("Duplicate property", StringComparison.Ordinal))
        {
            return $"proto: (line {line}:{NameColumn(position, field)}): duplicate field \"{field}\"";
        }

        return field.Length > 0 && message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal)
            ? $"proto: (line {line}:{position + 1}): invalid value for field \"{field}\""
            : $"proto: syntax error (line {line}:{position + 1}): invalid JSON";
    }

    private static long NameColumn(long positionAfterColon, string field) => Math.Max(1, positionAfterColon - field.Length - 2);

    private static string LastField(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "";
        }

        var last = path[(path.LastIndexOf('.') + 1)..];
        var bracket = last.IndexOf('[', StringComparison.Ordinal);
        return bracket >= 0 ? last[..bracket] : last;
    }
}
