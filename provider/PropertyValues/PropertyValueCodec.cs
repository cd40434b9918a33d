using System.Collections.Immutable;
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

    /// <summary>Decodes a property bag; an absent <see cref="Struct"/> is an empty map.</summary>
    public static ImmutableDictionary<string, PropertyValue> DecodeMap(Struct? properties)
    {
        if (properties is null)
        {
            return PropertyValue.EmptyMap;
        }

        var builder = PropertyValue.EmptyMap.ToBuilder();
        foreach (var (key, value) in properties.Fields)
        {
            builder[key] = Decode(value);
        }

        return builder.ToImmutable();
    }

    public static PropertyValue Decode(Value value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.KindCase switch
        {
            Value.KindOneofCase.None or Value.KindOneofCase.NullValue => PropertyValue.Null,
            Value.KindOneofCase.BoolValue => PropertyValue.Create(value.BoolValue),
            Value.KindOneofCase.NumberValue => PropertyValue.Create(value.NumberValue),
            Value.KindOneofCase.StringValue => PropertySignatures.UnknownSentinels.Contains(value.StringValue)
                ? PropertyValue.Unknown
                : PropertyValue.Create(value.StringValue),
            Value.KindOneofCase.ListValue => PropertyValue.CreateList(value.ListValue.Values.Select(Decode)),
            Value.KindOneofCase.StructValue => DecodeObject(value.StructValue),
            _ => throw new PropertyValueFormatException($"unsupported google.protobuf.Value kind {value.KindCase}"),
        };
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

    private static PropertyValue DecodeObject(Struct structure)
    {
        if (!structure.Fields.TryGetValue(PropertySignatures.Key, out var signatureValue))
        {
            return PropertyValue.CreateMap(DecodeMap(structure));
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

                return PropertyValue.CreateSecret(Decode(secretValue));
            case PropertySignatures.Output:
                return PropertyValue.CreateOutput(DecodeOutput(structure));
            case PropertySignatures.Asset:
                return PropertyValue.CreateAsset(DecodeFieldsWithoutSignature(structure));
            case PropertySignatures.Archive:
                return PropertyValue.CreateArchive(DecodeFieldsWithoutSignature(structure));
            case PropertySignatures.ResourceReference:
                return PropertyValue.CreateResourceReference(DecodeFieldsWithoutSignature(structure));
            case PropertySignatures.ByteString:
                throw new PropertyValueFormatException(
                    "byte-string values are not supported: this provider does not announce accepts_byte_string");
            default:
                throw new PropertyValueFormatException($"unknown special-object signature \"{signature}\"");
        }
    }

    private static PropertyOutput DecodeOutput(Struct structure)
    {
        var fields = structure.Fields;
        var value = fields.TryGetValue(ValueKey, out var raw) ? Decode(raw) : null;
        var isSecret = false;
        if (fields.TryGetValue(SecretKey, out var secret))
        {
            isSecret = secret.KindCase == Value.KindOneofCase.BoolValue
                ? secret.BoolValue
                : throw new PropertyValueFormatException("the \"secret\" field of an output value must be a bool");
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

    private static ImmutableDictionary<string, PropertyValue> DecodeFieldsWithoutSignature(Struct structure) =>
        PropertyValue.EmptyMap.AddRange(structure.Fields
            .Where(field => field.Key != PropertySignatures.Key)
            .Select(field => KeyValuePair.Create(field.Key, Decode(field.Value))));

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
