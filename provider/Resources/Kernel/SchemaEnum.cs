using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;

namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>
/// The values of an enum type of the embedded package schema (<c>schema.json</c> is the single source of, for
/// example, the known regions: Check, the SDKs and the emulator all read it there). <see cref="Current"/> are the
/// values without a <c>deprecationMessage</c>, <see cref="Deprecated"/> the ones with one.
/// </summary>
public sealed record SchemaEnum(string Token, ImmutableArray<string> Current, ImmutableArray<string> Deprecated)
{
    private static readonly ConcurrentDictionary<string, SchemaEnum> Cache = new(StringComparer.Ordinal);

    public bool IsKnown(string value) => Current.Contains(value) || Deprecated.Contains(value);

    /// <summary>The enum type <paramref name="token"/> (e.g. <c>fireworks:index:Region</c>); throws when the schema lacks it.</summary>
    public static SchemaEnum Of(string token) => Cache.GetOrAdd(token, Load);

    private static SchemaEnum Load(string token)
    {
        using var schema = JsonDocument.Parse(EmbeddedSchema.Json);
        if (!schema.RootElement.TryGetProperty("types", out var types) || !types.TryGetProperty(token, out var type)
            || !type.TryGetProperty("enum", out var values))
        {
            throw new InvalidOperationException($"the embedded schema has no enum type {token}");
        }

        var current = ImmutableArray.CreateBuilder<string>();
        var deprecated = ImmutableArray.CreateBuilder<string>();
        foreach (var value in values.EnumerateArray())
        {
            var text = value.GetProperty("value").GetString() ?? string.Empty;
            (value.TryGetProperty("deprecationMessage", out _) ? deprecated : current).Add(text);
        }

        return new SchemaEnum(token, current.ToImmutable(), deprecated.ToImmutable());
    }
}
