using System.Collections.Immutable;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Protocol.Rpc;
using static Pulumi.Fireworks.Provider.Tests.Support.Values;

namespace Pulumi.Fireworks.Provider.Tests.PropertyValues;

public sealed class PropertyValueCodecTests
{
    public static TheoryData<string, PropertyValue> AllKinds() => new()
    {
        { "null", PropertyValue.Null },
        { "true", PropertyValue.True },
        { "false", PropertyValue.False },
        { "integer", Number(42) },
        { "fraction", Number(-0.25) },
        { "string", Text("accounts/fireworks/models/llama") },
        { "empty string", Text(string.Empty) },
        { "list", PropertyValue.CreateList([Number(1), Text("two"), PropertyValue.Null]) },
        { "map", PropertyValue.CreateMap(Map(("a", Number(1)), ("b", Text("x")))) },
        { "secret", Secret(Text("fw-key")) },
        { "unknown", PropertyValue.Unknown },
        { "known output", PropertyValue.CreateOutput(new PropertyOutput(Text("v"), false, ["urn:a"])) },
        { "secret output", PropertyValue.CreateOutput(new PropertyOutput(Number(3), true, [])) },
        { "unknown output", PropertyValue.CreateOutput(new PropertyOutput(null, true, ["urn:a", "urn:b"])) },
        { "asset", PropertyValue.CreateAsset(Map(("hash", Text("abc")), ("text", Text("hello")))) },
        {
            "archive",
            PropertyValue.CreateArchive(Map(("assets", PropertyValue.CreateMap(Map(
                ("file.txt", PropertyValue.CreateAsset(Map(("text", Text("hi")))))))))) },
        {
            "resource reference",
            PropertyValue.CreateResourceReference(Map(("urn", Text("urn:pulumi:s::p::t::n")), ("id", Text("i"))))
        },
    };

    [Theory]
    [MemberData(nameof(AllKinds))]
    public void Encode_ThenDecode_GivesTheSameValue(string name, PropertyValue value)
    {
        var decoded = PropertyValueCodec.Decode(PropertyValueCodec.Encode(value));

        Assert.True(value.Equals(decoded), $"{name}: {value} became {decoded}");
    }

    [Theory]
    [MemberData(nameof(AllKinds))]
    public void Encode_ThenSerializeThroughTheWire_GivesTheSameValue(string name, PropertyValue value)
    {
        var request = new CreateRequest { Properties = PropertyValueCodec.EncodeMap(Map(("p", value))) };

        var parsed = CreateRequest.Parser.ParseFrom(request.ToByteArray());

        Assert.True(PropertyValueCodec.DecodeMap(parsed.Properties)["p"].Equals(value), name);
    }

    [Fact]
    public void Decode_SecretObject_GivesSecretOfTheInnerValue()
    {
        var value = Value.ForStruct(new Struct
        {
            Fields =
            {
                [PropertySignatures.Key] = Value.ForString(PropertySignatures.Secret),
                ["value"] = Value.ForString("fw-key"),
            },
        });

        var decoded = PropertyValueCodec.Decode(value);

        Assert.Equal(PropertyValueKind.Secret, decoded.Kind);
        Assert.True(decoded.TryGetSecret(out var inner));
        Assert.Equal(Text("fw-key"), inner);
    }

    [Fact]
    public void Encode_Secret_WritesTheSignatureAndTheValue()
    {
        var encoded = PropertyValueCodec.Encode(Secret(Text("fw-key")));

        Assert.Equal(PropertySignatures.Secret, encoded.StructValue.Fields[PropertySignatures.Key].StringValue);
        Assert.Equal("fw-key", encoded.StructValue.Fields["value"].StringValue);
    }

    [Fact]
    public void RoundTrip_SecretsNestedInListsAndMaps_StaySecretWhereTheyWere()
    {
        var value = PropertyValue.CreateMap(Map(
            ("directRouteApiKeys", PropertyValue.CreateList([Secret(Text("k1")), Secret(Text("k2"))])),
            ("policy", PropertyValue.CreateMap(Map(("inner", Secret(PropertyValue.CreateMap(Map(("x", Number(1)))))))))));

        var decoded = PropertyValueCodec.Decode(PropertyValueCodec.Encode(value));

        Assert.Equal(value, decoded);
        decoded.TryGetMap(out var map);
        map["directRouteApiKeys"].TryGetList(out var keys);
        Assert.All(keys, key => Assert.Equal(PropertyValueKind.Secret, key.Kind));
    }

    [Fact]
    public void RoundTrip_UnknownDeepInsideMapsAndLists_StaysUnknownAtItsPlace()
    {
        var value = PropertyValue.CreateMap(Map(("a", PropertyValue.CreateList([
            Number(1), PropertyValue.CreateMap(Map(("b", PropertyValue.Unknown))),
        ]))));

        var decoded = PropertyValueCodec.Decode(PropertyValueCodec.Encode(value));

        Assert.Equal(value, decoded);
        Assert.True(decoded.ContainsUnknowns());
    }

    [Theory]
    [InlineData(PropertySignatures.UnknownString)]
    [InlineData(PropertySignatures.UnknownBool)]
    [InlineData(PropertySignatures.UnknownNumber)]
    [InlineData(PropertySignatures.UnknownArray)]
    [InlineData(PropertySignatures.UnknownAsset)]
    [InlineData(PropertySignatures.UnknownArchive)]
    [InlineData(PropertySignatures.UnknownObject)]
    public void Decode_AnyOfTheSevenUnknownSentinels_GivesUnknown(string sentinel)
    {
        var list = Value.ForList(Value.ForString(sentinel));

        var decoded = PropertyValueCodec.Decode(list);

        decoded.TryGetList(out var items);
        Assert.Equal(PropertyValue.Unknown, Assert.Single(items));
    }

    [Fact]
    public void Encode_Unknown_WritesOnlyTheStringSentinel()
    {
        Assert.Equal(PropertySignatures.UnknownString, PropertyValueCodec.Encode(PropertyValue.Unknown).StringValue);
    }

    [Fact]
    public void Decode_OutputWithoutValue_IsUnknownAndKeepsSecretAndDependencies()
    {
        var value = Value.ForStruct(new Struct
        {
            Fields =
            {
                [PropertySignatures.Key] = Value.ForString(PropertySignatures.Output),
                ["secret"] = Value.ForBool(true),
                ["dependencies"] = Value.ForList(Value.ForString("urn:a")),
            },
        });

        var decoded = PropertyValueCodec.Decode(value);

        Assert.True(decoded.IsUnknown);
        Assert.True(decoded.IsSecret);
        Assert.True(decoded.TryGetOutput(out var output));
        Assert.Equal(["urn:a"], output.Dependencies.ToArray());
    }

    [Fact]
    public void Encode_KnownPlainOutputWithoutDependencies_WritesOnlyTheSignatureAndValue()
    {
        var encoded = PropertyValueCodec.Encode(PropertyValue.CreateOutput(new PropertyOutput(Number(1), false, [])));

        Assert.Equal(
            [PropertySignatures.Key, "value"],
            encoded.StructValue.Fields.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Decode_AssetObject_KeepsItsFieldsWithoutTheSignature()
    {
        var value = Value.ForStruct(new Struct
        {
            Fields =
            {
                [PropertySignatures.Key] = Value.ForString(PropertySignatures.Asset),
                ["path"] = Value.ForString("./model.bin"),
            },
        });

        var decoded = PropertyValueCodec.Decode(value);

        Assert.Equal(PropertyValueKind.Asset, decoded.Kind);
        decoded.TryGetSpecialFields(out var fields);
        Assert.Equal(Text("./model.bin"), Assert.Single(fields).Value);
    }

    [Fact]
    public void Decode_ByteString_IsRejectedWithAClearError()
    {
        var value = Value.ForStruct(new Struct
        {
            Fields =
            {
                [PropertySignatures.Key] = Value.ForString(PropertySignatures.ByteString),
                ["value"] = Value.ForString("AAE="),
            },
        });

        var error = Assert.Throws<PropertyValueFormatException>(() => PropertyValueCodec.Decode(value));

        Assert.Contains("byte-string", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_UnknownSignature_IsRejectedNamingTheSignature()
    {
        var value = Value.ForStruct(new Struct
        {
            Fields = { [PropertySignatures.Key] = Value.ForString("not-a-signature") },
        });

        var error = Assert.Throws<PropertyValueFormatException>(() => PropertyValueCodec.Decode(value));

        Assert.Contains("not-a-signature", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_SecretWithoutValue_IsRejected()
    {
        var value = Value.ForStruct(new Struct
        {
            Fields = { [PropertySignatures.Key] = Value.ForString(PropertySignatures.Secret) },
        });

        Assert.Throws<PropertyValueFormatException>(() => PropertyValueCodec.Decode(value));
    }

    [Fact]
    public void DecodeMap_AbsentStruct_IsAnEmptyMap()
    {
        Assert.Empty(PropertyValueCodec.DecodeMap(null));
    }

    [Fact]
    public void RoundTrip_FortyLevelsOfMapsAndLists_Works()
    {
        var value = Nested(40, level => level % 2 == 0);

        Assert.Equal(value, PropertyValueCodec.Decode(PropertyValueCodec.Encode(value)));
    }

    [Fact]
    public void RoundTrip_FortyLevelsOfListsThroughTheWire_Works()
    {
        // Each list level costs two protobuf recursion levels (Value -> ListValue); the parser's limit is 100.
        var value = Nested(40, _ => false);

        Assert.Equal(value, ThroughTheWire(value));
    }

    [Fact]
    public void RoundTrip_ThirtyLevelsOfMapsThroughTheWire_Works()
    {
        // Each map level costs three recursion levels (Value -> Struct -> map entry): about 32 is the stock limit.
        var value = Nested(30, _ => true);

        Assert.Equal(value, ThroughTheWire(value));
    }

    private static PropertyValue Nested(int levels, Func<int, bool> isMap)
    {
        var value = Text("leaf");
        for (var level = 0; level < levels; level++)
        {
            value = isMap(level) ? PropertyValue.CreateMap(Map(("level", value))) : PropertyValue.CreateList([value]);
        }

        return value;
    }

    private static PropertyValue ThroughTheWire(PropertyValue value)
    {
        var request = new CheckRequest { News = PropertyValueCodec.EncodeMap(Map(("deep", value))) };
        var parsed = CheckRequest.Parser.ParseFrom(request.ToByteArray());
        return PropertyValueCodec.DecodeMap(parsed.News)["deep"];
    }

    [Fact]
    public void DecodeMap_KeepsEveryKey()
    {
        var properties = new Struct
        {
            Fields = { ["a"] = Value.ForNumber(1), ["b"] = Value.ForNull(), ["c"] = Value.ForBool(false) },
        };

        var decoded = PropertyValueCodec.DecodeMap(properties);

        Assert.Equal(["a", "b", "c"], decoded.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(PropertyValue.Null, decoded["b"]);
    }

    [Fact]
    public void EncodeMap_SecretOutputValue_StaysMarkedSecret()
    {
        var outputs = ImmutableDictionary<string, PropertyValue>.Empty.Add("directRouteApiKeys",
            Secret(PropertyValue.CreateList([Text("k1")])));

        var encoded = PropertyValueCodec.EncodeMap(outputs);

        Assert.Equal(PropertySignatures.Secret,
            encoded.Fields["directRouteApiKeys"].StructValue.Fields[PropertySignatures.Key].StringValue);
    }

    [Fact]
    public void DecodeMap_RefusedValue_NamesItsPathAndTheBag()
    {
        var properties = new Struct
        {
            Fields =
            {
                ["autoscalingPolicy"] = Value.ForStruct(new Struct
                {
                    Fields =
                    {
                        ["loadTargets"] = Value.ForStruct(new Struct { Fields = { ["x"] = Bogus() } }),
                    },
                }),
            },
        };

        var error = Assert.Throws<PropertyValueFormatException>(() => PropertyValueCodec.DecodeMap(properties, "news"));

        Assert.Equal("autoscalingPolicy.loadTargets.x", error.Path);
        Assert.Equal("news", error.Bag);
        Assert.StartsWith("invalid property value at autoscalingPolicy.loadTargets.x in news: ", error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void DecodeMap_RefusedListItem_NamesItsIndex()
    {
        var properties = new Struct
        {
            Fields = { ["regions"] = Value.ForList(Value.ForString("a"), Value.ForString("b"), Value.ForString("c"), Bogus()) },
        };

        var error = Assert.Throws<PropertyValueFormatException>(() => PropertyValueCodec.DecodeMap(properties));

        Assert.Equal("regions[3]", error.Path);
        Assert.StartsWith("invalid property value at regions[3]: unknown special-object signature", error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void DecodeMap_KeyThatIsNotAPlainName_IsQuotedInThePath()
    {
        var properties = new Struct
        {
            Fields = { ["annotations"] = Value.ForStruct(new Struct { Fields = { ["a.b \"c\""] = Bogus() } }) },
        };

        var error = Assert.Throws<PropertyValueFormatException>(() => PropertyValueCodec.DecodeMap(properties));

        Assert.Equal("annotations[\"a.b \\\"c\\\"\"]", error.Path);
    }

    [Fact]
    public void DecodeMap_BadValueInsideASecret_IsNamedAtTheSecretsPath()
    {
        var secret = new Struct
        {
            Fields = { [PropertySignatures.Key] = Value.ForString(PropertySignatures.Secret), ["value"] = Bogus() },
        };
        var properties = new Struct { Fields = { ["directRouteApiKeys"] = Value.ForList(Value.ForStruct(secret)) } };

        var error = Assert.Throws<PropertyValueFormatException>(() => PropertyValueCodec.DecodeMap(properties));

        Assert.Equal("directRouteApiKeys[0]", error.Path);
    }

    [Fact]
    public void DecodeMap_KeysAndSignatureInsideASecret_AreNotShown()
    {
        var hostile = new Struct
        {
            Fields = { [PropertySignatures.Key] = Value.ForString("sk-hidden-signature") },
        };
        var secretMap = new Struct { Fields = { ["sk-hidden-key"] = Value.ForStruct(hostile) } };
        var secret = new Struct
        {
            Fields = { [PropertySignatures.Key] = Value.ForString(PropertySignatures.Secret), ["value"] = Value.ForStruct(secretMap) },
        };
        var properties = new Struct { Fields = { ["annotations"] = Value.ForStruct(secret) } };

        var error = Assert.Throws<PropertyValueFormatException>(() => PropertyValueCodec.DecodeMap(properties, "news"));

        Assert.Equal("annotations[secret]", error.Path);
        Assert.DoesNotContain("sk-hidden", error.Message, StringComparison.Ordinal);
        Assert.Contains("unknown special-object signature (not shown", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DecodeMap_KeysInsideASecretOutput_AreNotShown()
    {
        var secretMap = new Struct { Fields = { ["sk-hidden-key"] = Bogus() } };
        var output = new Struct
        {
            Fields =
            {
                [PropertySignatures.Key] = Value.ForString(PropertySignatures.Output),
                ["secret"] = Value.ForBool(true),
                ["value"] = Value.ForStruct(secretMap),
            },
        };
        var properties = new Struct { Fields = { ["annotations"] = Value.ForStruct(output) } };

        var error = Assert.Throws<PropertyValueFormatException>(() => PropertyValueCodec.DecodeMap(properties));

        Assert.Equal("annotations[secret]", error.Path);
        Assert.DoesNotContain("sk-hidden", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DecodeMap_OutputWithABadSecretFlag_IsNamedAtTheOutputsPath()
    {
        var output = new Struct
        {
            Fields =
            {
                [PropertySignatures.Key] = Value.ForString(PropertySignatures.Output),
                ["secret"] = Value.ForNumber(double.NaN),
            },
        };
        var properties = new Struct { Fields = { ["displayName"] = Value.ForStruct(output) } };

        var error = Assert.Throws<PropertyValueFormatException>(() => PropertyValueCodec.DecodeMap(properties, "olds"));

        Assert.Equal("invalid property value at displayName in olds: the \"secret\" field of an output value must be a bool",
            error.Message);
    }

    [Fact]
    public void DecodeMap_HugeUnknownSignature_IsQuotedShortened()
    {
        var properties = new Struct
        {
            Fields = { ["x"] = Value.ForStruct(new Struct { Fields = { [PropertySignatures.Key] = Value.ForString(new string('s', 100_000)) } }) },
        };

        var error = Assert.Throws<PropertyValueFormatException>(() => PropertyValueCodec.DecodeMap(properties));

        Assert.True(error.Message.Length < 300, $"message of {error.Message.Length} characters");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void DecodeMap_AtTheDepthLimit_Works(bool maps)
    {
        var value = Nested(PropertyValueCodec.MaxDepth, _ => maps);

        Assert.Equal(value, PropertyValueCodec.DecodeMap(PropertyValueCodec.EncodeMap(Map(("deep", value))))["deep"]);
    }

    [Theory]
    [InlineData(false, "deep[0][0][0][0][0][0][0][0][0][0][0][...986 more levels...][0][0][0]")]
    [InlineData(true, "deep.level.level.level.level.level.level.level.level.level.level.level[...986 more levels...].level.level.level")]
    public void DecodeMap_OneLevelBeyondTheLimit_IsRefusedNamingAShortenedPath(bool maps, string path)
    {
        var properties = PropertyValueCodec.EncodeMap(Map(("deep", Nested(PropertyValueCodec.MaxDepth + 1, _ => maps))));

        var error = Assert.Throws<PropertyValueFormatException>(() => PropertyValueCodec.DecodeMap(properties, "news"));

        Assert.Equal(path, error.Path);
        Assert.Contains("nested too deeply", error.Reason, StringComparison.Ordinal);
        Assert.Contains(PropertyValueCodec.MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture),
            error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_SecretsInsideSecretsBeyondTheLimit_AreRefusedNotWalkedForever()
    {
        var value = Value.ForString("fw-key");
        for (var level = 0; level <= PropertyValueCodec.MaxDepth; level++)
        {
            value = Value.ForStruct(new Struct
            {
                Fields = { [PropertySignatures.Key] = Value.ForString(PropertySignatures.Secret), ["value"] = value },
            });
        }

        var error = Assert.Throws<PropertyValueFormatException>(() => PropertyValueCodec.Decode(value));

        Assert.DoesNotContain("fw-key", error.Message, StringComparison.Ordinal);
        Assert.Contains("nested too deeply", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_SecretsInsideSecrets_AreOneSecret()
    {
        var value = Value.ForString("fw-key");
        for (var level = 0; level < 3; level++)
        {
            value = Value.ForStruct(new Struct
            {
                Fields = { [PropertySignatures.Key] = Value.ForString(PropertySignatures.Secret), ["value"] = value },
            });
        }

        Assert.Equal(Secret(Text("fw-key")), PropertyValueCodec.Decode(value));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(double.MaxValue)]
    [InlineData(-0.0)]
    public void Decode_ExtremeNumbers_AreNumbers(double number)
    {
        var decoded = PropertyValueCodec.Decode(Value.ForNumber(number));

        Assert.True(decoded.TryGetNumber(out var value));
        Assert.Equal(number, value);
    }

    [Fact]
    public void Decode_ValueWithNoKindSet_IsNull()
    {
        Assert.Equal(PropertyValue.Null, PropertyValueCodec.Decode(new Value()));
    }

    private static Value Bogus() =>
        Value.ForStruct(new Struct { Fields = { [PropertySignatures.Key] = Value.ForString("bogus") } });
}
