using Google.Protobuf.Reflection;
using Pulumi.Fireworks.Provider.Protocol.Rpc;

namespace Pulumi.Fireworks.Provider.Tests.Protocol;

/// <summary>
/// Our .proto files against the shared wire facts (a copy of ../shared/pulumi-wire-facts.tsv): every message,
/// field, number, type, cardinality, oneof/optional marker, enum value and RPC we declare must be there, and every
/// fact about a message we declare must be declared. A wrong number here breaks the engine silently.
/// </summary>
public sealed class WireCompatibilityTests
{
    // The fields seen only in the @pulumi/pulumi 3.270.0 stubs (marked "3.270.0" in the TSV); the harness is pinned
    // to that version, so we declare exactly these.
    private static readonly string[] Fields3270 =
    [
        "pulumirpc.ProviderHandshakeRequest.sends_old_outputs_to_check",
        "pulumirpc.ProviderHandshakeRequest.accepts_outputs_in_invoke",
        "pulumirpc.ProviderHandshakeRequest.accepts_outputs_in_call",
        "pulumirpc.ProviderHandshakeRequest.accepts_outputs_in_check",
        "pulumirpc.ProviderHandshakeResponse.accepts_outputs_in_invoke",
        "pulumirpc.ProviderHandshakeResponse.accepts_outputs_in_call",
        "pulumirpc.ProviderHandshakeResponse.accepts_outputs_in_check",
        "pulumirpc.CheckRequest.old_outputs",
    ];

    private static readonly FileDescriptor[] Files =
    [
        ProviderReflection.Descriptor,
        PluginReflection.Descriptor,
        EngineReflection.Descriptor,
        ErrorsReflection.Descriptor,
        AliasReflection.Descriptor,
    ];

    private static readonly Lazy<IReadOnlyList<WireFact>> Facts = new(ReadFacts);

    [Fact]
    public void DeclaredFacts_AreAllInTheWireFacts()
    {
        var known = Facts.Value.Select(fact => fact.WithoutVersionMarker()).ToHashSet();

        var unknown = Declared().Where(fact => !known.Contains(fact)).Select(fact => fact.ToString()).ToList();

        Assert.True(unknown.Count == 0, "declared but not in the wire facts (or different):\n" + string.Join("\n", unknown));
    }

    [Fact]
    public void WireFactsOfDeclaredMessagesAndServices_AreAllDeclared()
    {
        var declared = Declared().ToHashSet();
        var owners = declared.Select(fact => fact.Owner).ToHashSet(StringComparer.Ordinal);
        // Of the Engine service we serve only the client side of Log.
        var expected = Facts.Value
            .Where(fact => owners.Contains(fact.Owner))
            .Where(fact => fact.Owner != "pulumirpc.Engine" || fact.Name == "Log")
            .Select(fact => fact.WithoutVersionMarker());

        var missing = expected.Where(fact => !declared.Contains(fact)).Select(fact => fact.ToString()).ToList();

        Assert.True(missing.Count == 0, "in the wire facts but not declared:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void EveryWireFactOwner_IsDeclared_ExceptEngineAndPackageMessagesTheProviderNeverUses()
    {
        string[] notUsed =
        [
            "pulumirpc.GetRootResourceResponse", "pulumirpc.SetRootResourceRequest",
            "pulumirpc.StartDebuggingRequest", "pulumirpc.RequirePulumiVersionRequest",
            "pulumirpc.PluginDependency", "pulumirpc.PluginDependency.ChecksumsEntry",
            "pulumirpc.PackageDependency", "pulumirpc.PackageDependency.ChecksumsEntry",
            "pulumirpc.PackageParameterization", "pulumirpc.PackageSpec", "pulumirpc.PackageSpec.ChecksumsEntry",
            "pulumirpc.PackageResolver",
        ];
        var declaredOwners = Declared().Select(fact => fact.Owner).ToHashSet(StringComparer.Ordinal);

        var undeclared = Facts.Value.Select(fact => fact.Owner).Distinct(StringComparer.Ordinal)
            .Where(owner => !declaredOwners.Contains(owner)).Order(StringComparer.Ordinal);

        Assert.Equal(notUsed.Order(StringComparer.Ordinal), undeclared);
    }

    [Fact]
    public void EveryResourceProviderRpc_IsDeclared()
    {
        var rpcs = Facts.Value.Where(fact => fact.Owner == "pulumirpc.ResourceProvider").Select(fact => fact.Name);

        var service = ProviderReflection.Descriptor.FindTypeByName<ServiceDescriptor>("ResourceProvider");

        Assert.Equal(rpcs.Order(StringComparer.Ordinal), service.Methods.Select(method => method.Name).Order(StringComparer.Ordinal));
        Assert.Equal(21, service.Methods.Count);
    }

    [Fact]
    public void VersionMarkedFacts_AreExactlyTheListedFields()
    {
        var marked = Facts.Value.Where(fact => fact.Marker == "3.270.0").Select(fact => $"{fact.Owner}.{fact.Name}");

        Assert.Equal(Fields3270.Order(StringComparer.Ordinal), marked.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void PackageName_IsPulumirpc()
    {
        Assert.All(Files, file => Assert.Equal("pulumirpc", file.Package));
    }

    private static IEnumerable<WireFact> Declared()
    {
        foreach (var file in Files)
        {
            foreach (var message in file.MessageTypes.SelectMany(Flatten))
            {
                foreach (var field in message.Fields.InDeclarationOrder())
                {
                    yield return FieldFact(message, field);
                }

                foreach (var @enum in message.EnumTypes)
                {
                    foreach (var fact in EnumFacts(@enum))
                    {
                        yield return fact;
                    }
                }
            }

            foreach (var @enum in file.EnumTypes)
            {
                foreach (var fact in EnumFacts(@enum))
                {
                    yield return fact;
                }
            }

            foreach (var service in file.Services)
            {
                foreach (var method in service.Methods)
                {
                    yield return new WireFact(service.FullName, method.Name, "0", "rpc",
                        $"{method.InputType.FullName} -> {method.OutputType.FullName}",
                        method.IsServerStreaming ? "stream" : string.Empty);
                }
            }
        }
    }

    private static IEnumerable<MessageDescriptor> Flatten(MessageDescriptor message) =>
        new[] { message }.Concat(message.NestedTypes.SelectMany(Flatten));

    private static IEnumerable<WireFact> EnumFacts(EnumDescriptor @enum) =>
        @enum.Values.Select(value => new WireFact(@enum.FullName, value.Name,
            value.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), "enum-value", string.Empty,
            string.Empty));

    private static WireFact FieldFact(MessageDescriptor message, FieldDescriptor field)
    {
        var marker = field.ContainingOneof switch
        {
            null => string.Empty,
            { IsSynthetic: true } => "optional",
            var oneof => $"oneof {oneof.Name}",
        };
        return new WireFact(message.FullName, field.Name,
            field.FieldNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
            field.IsRepeated ? "repeated" : "optional", TypeName(field), marker);
    }

    private static string TypeName(FieldDescriptor field) => field.FieldType switch
    {
        FieldType.Message or FieldType.Group => field.MessageType.FullName,
        FieldType.Enum => field.EnumType.FullName,
        FieldType.String => "string",
        FieldType.Bool => "bool",
        FieldType.Bytes => "bytes",
        FieldType.Double => "double",
        FieldType.Float => "float",
        FieldType.Int32 => "int32",
        FieldType.Int64 => "int64",
        FieldType.UInt32 => "uint32",
        FieldType.UInt64 => "uint64",
        var other => other.ToString().ToLowerInvariant(),
    };

    private static IReadOnlyList<WireFact> ReadFacts()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Protocol", "pulumi-wire-facts.tsv");
        return File.ReadAllLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(columns => new WireFact(columns[0], columns[1], columns[2], columns[3], columns[4],
                columns.Length > 5 ? columns[5] : string.Empty))
            .ToList();
    }

    private sealed record WireFact(string Owner, string Name, string Number, string Cardinality, string Type, string Marker)
    {
        public WireFact WithoutVersionMarker() => Marker == "3.270.0" ? this with { Marker = string.Empty } : this;

        public override string ToString() => string.Join('\t', Owner, Name, Number, Cardinality, Type, Marker);
    }
}
