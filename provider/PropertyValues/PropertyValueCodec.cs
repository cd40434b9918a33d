using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Google.Protobuf.WellKnownTypes;

namespace Pulumi.Fireworks.Provider.PropertyValues;

/// <summary>
/// Converts between <see cref="PropertyValue"/> and the Pulumi encoding inside <c>google.protobuf.Struct</c>:
/// plain JSON-like values, unknown sentinel strings, and objects marked with <see cref="PropertySignatures.Key"/>
/// (secrets, output values, assets, archives, resource references). Secrets are always written wrapped, so outputs
/// keep their secretness; unknowns are always written as the string sentinel.
/// </summary>
public static class PropertyValueCodec
{
    private const string ValueKey = "value";
    private const string SecretKey = "secret";
    private const string DependenciesKey = "dependencies";

    /// <summary>
    /// The deepest nesting of lists, maps and special objects the codec decodes; deeper values are refused with
    /// their path. No Pulumi schema comes near it, and it bounds what follows: Google.Protobuf recomputes the size of
    /// every nested message at every level when it writes one, so echoing a value costs time quadratic in its
    /// depth (about 0.3 s for 1,000 map levels, tens of seconds for the 5,000 the engine could send).
    /// </summary>
    public const int MaxDepth = 1000;

    /// <summary>Decodes a property bag; an absent <see cref="Struct"/> is an empty map.</summary>
    /// <param name="properties">The bag.</param>
    /// <param name="bag">The request field it came from (<c>news</c>, <c>olds</c>...), named in errors.</param>
    /// <exception cref="PropertyValueFormatException">A value breaks the encoding; the message names its path.</exception>
    public static ImmutableDictionary<string, PropertyValue> DecodeMap(Struct? properties, string? bag = null)
    {
        if (properties is null)
        {
            return PropertyValue.EmptyMap;
        }

        var path = new PropertyValuePath();
        try
        {
            return DecodeFields(properties, path, depth: 0);
        }
        catch (PropertyValueFormatException error) when (error.Path is null)
        {
            throw error.At(path.ToString(), bag);
        }
    }

    /// <summary>Decodes one value.</summary>
    /// <exception cref="PropertyValueFormatException">The value breaks the encoding.</exception>
    public static PropertyValue Decode(Value value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var path = new PropertyValuePath();
        try
        {
            return Decode(value, path, depth: 0);
        }
        catch (PropertyValueFormatException error) when (error.Path is null)
        {
            throw error.At(path.ToString(), bag: null);
        }
    }

    // On a refusal the path is left as it was at the refused value, so the caller can name it.
    private static PropertyValue Decode(Value value, PropertyValuePath path, int depth)
    {
        switch (value.KindCase)
        {
            case Value.KindOneofCase.None or Value.KindOneofCase.NullValue:
                return PropertyValue.Null;
            case Value.KindOneofCase.BoolValue:
                return PropertyValue.Create(value.BoolValue);
            case Value.KindOneofCase.NumberValue:
                return PropertyValue.Create(value.NumberValue);
            case Value.KindOneofCase.StringValue:
                return PropertySignatures.UnknownSentinels.Contains(value.StringValue)
                    ? PropertyValue.Unknown
                    : PropertyValue.Create(value.StringValue);
            case Value.KindOneofCase.ListValue:
                EnsureRoomFor(depth);
                var items = value.ListValue.Values;
                var builder = ImmutableArray.CreateBuilder<PropertyValue>(items.Count);
                for (var index = 0; index < items.Count; index++)
                {
                    path.PushIndex(index);
                    builder.Add(Decode(items[index], path, depth + 1));
                    path.Pop();
                }

                return PropertyValue.CreateList(builder.MoveToImmutable());
            case Value.KindOneofCase.StructValue:
                EnsureRoomFor(depth);
                return DecodeObject(value.StructValue, path, depth + 1);
            default:
                throw new PropertyValueFormatException($"unsupported google.protobuf.Value kind {value.KindCase}");
        }
    }

    private static ImmutableDictionary<string, PropertyValue> DecodeFields(Struct structure, PropertyValuePath path,
        int depth, string? skip = null)
    {
        var builder = PropertyValue.EmptyMap.ToBuilder();
        foreach (var (key, value) in structure.Fields)
        {
            if (key == skip)
            {
                continue;
            }

            path.PushKey(key);
            builder[key] = Decode(value, path, depth);
            path.Pop();
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// Refuses values nested deeper than <see cref="MaxDepth"/> (lists, maps and special objects such as secrets
    /// each count), and any nesting the current thread's stack could not walk: a clean refusal naming the path
    /// instead of a crashed process.
    /// </summary>
    private static void EnsureRoomFor(int depth)
    {
        if (depth >= MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new PropertyValueFormatException(
                $"the value is nested too deeply: this provider accepts at most {MaxDepth} levels of lists, maps " +
                "and special objects (secrets, outputs, assets, resource references)");
        }
    }

    public static Struct EncodeMap(IEnumerable<KeyValuePair<string, PropertyValue>> properties)
    {
        var result = new Struct();
        foreach (var (key, value) in properties)
        {
            result.Fields[key] = Encode(value);
        }

        return result;
    }

    public static Value Encode(PropertyValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        switch (value.Kind)
        {
            case PropertyValueKind.Null:
                return Value.ForNull();
            case PropertyValueKind.Bool:
                value.TryGetBool(out var boolean);
                return Value.ForBool(boolean);
            case PropertyValueKind.Number:
                value.TryGetNumber(out var number);
                return Value.ForNumber(number);
            case PropertyValueKind.String:
                value.TryGetString(out var text);
                return Value.ForString(text);
            case PropertyValueKind.Unknown:
                return Value.ForString(PropertySignatures.UnknownString);
            case PropertyValueKind.List:
                value.TryGetList(out var items);
                return Value.ForList([.. items.Select(Encode)]);
            case PropertyValueKind.Map:
                value.TryGetMap(out var entries);
                return Value.ForStruct(EncodeMap(entries));
            case PropertyValueKind.Secret:
                value.TryGetSecret(out var inner);
                return Value.ForStruct(Special(PropertySignatures.Secret, (ValueKey, Encode(inner))));
            case PropertyValueKind.Output:
                value.TryGetOutput(out var output);
                return Value.ForStruct(EncodeOutput(output));
            case PropertyValueKind.Asset:
                return EncodeSpecial(PropertySignatures.Asset, value);
            case PropertyValueKind.Archive:
                return EncodeSpecial(PropertySignatures.Archive, value);
            case PropertyValueKind.ResourceReference:
                return EncodeSpecial(PropertySignatures.ResourceReference, value);
            default:
                throw new PropertyValueFormatException($"unsupported property value kind {value.Kind}");
        }
    }

    private static PropertyValue DecodeObject(Struct structure, PropertyValuePath path, int depth)
    {
        if (!structure.Fields.TryGetValue(PropertySignatures.Key, out var signatureValue))
        {
            return PropertyValue.CreateMap(DecodeFields(structure, path, depth));
        }

        if (signatureValue.KindCase != Value.KindOneofCase.StringValue)
        {
            throw new PropertyValueFormatException("the signature key of a special object must hold a string");
        }

        var signature = signatureValue.StringValue;
        switch (signature)
        {
            case PropertySignatures.Secret:
                if (!structure.Fields.TryGetValue(ValueKey, out var secretValue))
                {
                    throw new PropertyValueFormatException("a secret object has no \"value\"");
                }

                // The wrapper is not a level of its own in a property path: the secret is the value it wraps.
                return PropertyValue.CreateSecret(DecodeSecret(secretValue, path, depth));
            case PropertySignatures.Output:
                return PropertyValue.CreateOutput(DecodeOutput(structure, path, depth));
            case PropertySignatures.Asset:
                return PropertyValue.CreateAsset(DecodeFields(structure, path, depth, PropertySignatures.Key));
            case PropertySignatures.Archive:
                return PropertyValue.CreateArchive(DecodeFields(structure, path, depth, PropertySignatures.Key));
            case PropertySignatures.ResourceReference:
                return PropertyValue.CreateResourceReference(
                    DecodeFields(structure, path, depth, PropertySignatures.Key));
            case PropertySignatures.ByteString:
                throw new PropertyValueFormatException(
                    "byte-string values are not supported: this provider does not announce accepts_byte_string");
            default:
                var shown = path.InSecret ? "(not shown: it is inside a secret)" : $"\"{Shorten(signature)}\"";
                throw new PropertyValueFormatException(
                    $"unknown special-object signature {shown}; expected the signature of a secret, " +
                    "an output value, an asset, an archive or a resource reference");
        }
    }

    private static PropertyValue DecodeSecret(Value value, PropertyValuePath path, int depth)
    {
        path.EnterSecret();
        var decoded = Decode(value, path, depth);
        path.LeaveSecret();
        return decoded;
    }

    private static PropertyOutput DecodeOutput(Struct structure, PropertyValuePath path, int depth)
    {
        var fields = structure.Fields;
        var isSecret = false;
        if (fields.TryGetValue(SecretKey, out var secret))
        {
            isSecret = secret.KindCase == Value.KindOneofCase.BoolValue
                ? secret.BoolValue
                : throw new PropertyValueFormatException("the \"secret\" field of an output value must be a bool");
        }

        PropertyValue? value = null;
        if (fields.TryGetValue(ValueKey, out var raw))
        {
            value = isSecret ? DecodeSecret(raw, path, depth) : Decode(raw, path, depth);
        }

        var dependencies = ImmutableArray<string>.Empty;
        if (fields.TryGetValue(DependenciesKey, out var dependencyList))
        {
            if (dependencyList.KindCase != Value.KindOneofCase.ListValue
                || dependencyList.ListValue.Values.Any(item => item.KindCase != Value.KindOneofCase.StringValue))
            {
                throw new PropertyValueFormatException(
                    "the \"dependencies\" field of an output value must be a list of URN strings");
            }

            dependencies = [.. dependencyList.ListValue.Values.Select(item => item.StringValue)];
        }

        // A nested unknown sentinel inside "value" means the same as an absent value.
        if (value is { Kind: PropertyValueKind.Unknown })
        {
            value = null;
        }

        return new PropertyOutput(value, isSecret, dependencies);
    }

    private static Struct EncodeOutput(PropertyOutput output)
    {
        var result = Special(PropertySignatures.Output);
        if (output.Value is not null)
        {
            result.Fields[ValueKey] = Encode(output.Value);
        }

        if (output.IsSecret)
        {
            result.Fields[SecretKey] = Value.ForBool(true);
        }

        if (!output.Dependencies.IsDefaultOrEmpty)
        {
            result.Fields[DependenciesKey] = Value.ForList([.. output.Dependencies.Select(Value.ForString)]);
        }

        return result;
    }

    private static string Shorten(string text) => text.Length <= 64 ? text : text[..64] + "...";

    private static Value EncodeSpecial(string signature, PropertyValue value)
    {
        value.TryGetSpecialFields(out var fields);
        var result = EncodeMap(fields);
        result.Fields[PropertySignatures.Key] = Value.ForString(signature);
        return Value.ForStruct(result);
    }

    private static Struct Special(string signature, params (string Key, Value Value)[] fields)
    {
        var result = new Struct { Fields = { [PropertySignatures.Key] = Value.ForString(signature) } };
        foreach (var (key, value) in fields)
        {
            result.Fields[key] = value;
        }

        return result;
    }
}
