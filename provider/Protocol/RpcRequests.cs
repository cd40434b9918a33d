using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Plugin;
using Pulumi.Fireworks.Provider.PropertyValues;
using Rpc = Pulumi.Fireworks.Provider.Protocol.Rpc;

namespace Pulumi.Fireworks.Provider.Protocol;

/// <summary>
/// Protobuf requests to plain requests. Every resource request leaves here with its <c>name</c> and <c>type</c>:
/// engines older than those fields (Read, Diff, Update, Delete, and older Check and Create) send only the URN, and
/// <see cref="Identify"/> takes what is missing from it, the same way for every RPC.
/// </summary>
internal static class RpcRequests
{
    public static HandshakeRequest ToPlain(Rpc.ProviderHandshakeRequest request) =>
        new(EngineUri.Validated(request.EngineAddress, "engine_address"),
            request.HasRootDirectory ? request.RootDirectory : null,
            request.HasProgramDirectory ? request.ProgramDirectory : null);

    public static SchemaRequest ToPlain(Rpc.GetSchemaRequest request) =>
        new(request.Version, request.SubpackageName, request.SubpackageVersion);

    public static ProviderConfigureRequest ToPlain(Rpc.ConfigureRequest request) =>
        new(PropertyValueCodec.DecodeMap(request.Args, "args"),
            request.Variables.ToImmutableDictionary(StringComparer.Ordinal),
            request.HasUrn ? request.Urn : null,
            // Configure needs no name: it is taken from the URN only when that is readable.
            request.HasName ? request.Name
                : request.HasUrn && PulumiUrn.TryParse(request.Urn, out var urn) ? urn.Name : null);

    /// <summary>Check, or CheckConfig when <paramref name="configuration"/> (which needs no name or type).</summary>
    public static ResourceCheckRequest ToPlain(Rpc.CheckRequest request, bool configuration = false)
    {
        var (name, type) = Identify(request.Urn, request.Name, request.Type, required: !configuration);
        return new(request.Urn,
            name,
            type,
            PropertyValueCodec.DecodeMap(request.Olds, "olds"),
            PropertyValueCodec.DecodeMap(request.News, "news"),
            [.. request.RandomSeed.Span],
            request.Autonaming is { } autonaming
                ? new Autonaming(autonaming.ProposedName, (AutonamingMode)autonaming.Mode)
                : null);
    }

    /// <summary>Diff, or DiffConfig when <paramref name="configuration"/> (which needs no name or type).</summary>
    public static ResourceDiffRequest ToPlain(Rpc.DiffRequest request, bool configuration = false)
    {
        var (name, type) = Identify(request.Urn, request.Name, request.Type, required: !configuration);
        return new(request.Id,
            request.Urn,
            name,
            type,
            PropertyValueCodec.DecodeMap(request.Olds, "olds"),
            PropertyValueCodec.DecodeMap(request.OldInputs, "oldInputs"),
            PropertyValueCodec.DecodeMap(request.News, "news"),
            [.. request.IgnoreChanges]);
    }

    public static ResourceCreateRequest ToPlain(Rpc.CreateRequest request)
    {
        var (name, type) = Identify(request.Urn, request.Name, request.Type);
        return new(request.Urn,
            name,
            type,
            PropertyValueCodec.DecodeMap(request.Properties, "properties"),
            EngineTimeout.FromSeconds(request.Timeout),
            request.Preview);
    }

    public static ResourceReadRequest ToPlain(Rpc.ReadRequest request)
    {
        var (name, type) = Identify(request.Urn, request.Name, request.Type);
        return new(request.Id,
            request.Urn,
            name,
            type,
            PropertyValueCodec.DecodeMap(request.Properties, "properties"),
            PropertyValueCodec.DecodeMap(request.Inputs, "inputs"));
    }

    public static ResourceUpdateRequest ToPlain(Rpc.UpdateRequest request)
    {
        var (name, type) = Identify(request.Urn, request.Name, request.Type);
        return new(request.Id,
            request.Urn,
            name,
            type,
            PropertyValueCodec.DecodeMap(request.Olds, "olds"),
            PropertyValueCodec.DecodeMap(request.OldInputs, "oldInputs"),
            PropertyValueCodec.DecodeMap(request.News, "news"),
            EngineTimeout.FromSeconds(request.Timeout),
            [.. request.IgnoreChanges],
            request.Preview);
    }

    public static ResourceDeleteRequest ToPlain(Rpc.DeleteRequest request)
    {
        var (name, type) = Identify(request.Urn, request.Name, request.Type);
        return new(request.Id,
            request.Urn,
            name,
            type,
            PropertyValueCodec.DecodeMap(request.Properties, "properties"),
            PropertyValueCodec.DecodeMap(request.OldInputs, "oldInputs"),
            EngineTimeout.FromSeconds(request.Timeout));
    }

    public static InvokeRequest ToPlain(Rpc.InvokeRequest request) =>
        new(request.Tok, PropertyValueCodec.DecodeMap(request.Args, "args"));

    /// <summary>
    /// The resource's name and type token: as sent, or, where the engine left one empty, from the URN. The explicit
    /// fields win when both are there (they are what newer engines mean). When they are not
    /// <paramref name="required"/> (the provider's own configuration RPCs), what the URN cannot supply stays empty.
    /// </summary>
    /// <exception cref="ProviderErrorException">InvalidArgument: a required field is missing and the URN cannot
    /// supply it.</exception>
    public static (string Name, string Type) Identify(string urn, string name, string type, bool required = true)
    {
        if (name.Length > 0 && type.Length > 0)
        {
            return (name, type);
        }

        var missing = name.Length == 0 ? type.Length == 0 ? "no name and no type, so they are" : "no name, so it is"
            : "no type, so it is";
        if (!PulumiUrn.TryParse(urn, out var parsed))
        {
            return required
                ? throw InvalidUrn(urn, $"the request has {missing} read from the urn, which is " +
                    (urn.Length == 0 ? "empty" : "malformed"))
                : (name, type);
        }

        var resolvedName = name.Length > 0 ? name : parsed.Name;
        var resolvedType = type.Length > 0 ? type : parsed.Type;
        if (required && (resolvedName.Length == 0 || resolvedType.Length == 0))
        {
            throw InvalidUrn(urn, $"the request has {missing} read from the urn, whose " +
                (resolvedType.Length == 0 ? "type" : "name") + " is empty");
        }

        return (resolvedName, resolvedType);
    }

    private static ProviderErrorException InvalidUrn(string urn, string problem)
    {
        var shown = urn.Length <= 200 ? urn : urn[..200] + "...";
        return new ProviderErrorException(ProviderErrorCode.InvalidArgument,
            $"invalid urn \"{shown}\": {problem}; a urn looks like " +
            $"urn:pulumi:<stack>::<project>::<qualified type>::<name>, e.g. {PulumiUrn.Example}");
    }
}
