using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Plugin;
using Pulumi.Fireworks.Provider.PropertyValues;
using Rpc = Pulumi.Fireworks.Provider.Protocol.Rpc;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Protocol;

/// <summary>Protobuf requests to plain requests.</summary>
internal static class RpcRequests
{
    public static HandshakeRequest ToPlain(Rpc.ProviderHandshakeRequest request) =>
        new(request.EngineAddress,
            request.HasRootDirectory ? request.RootDirectory : null,
            request.HasProgramDirectory ? request.ProgramDirectory : null);

    public static SchemaRequest ToPlain(Rpc.GetSchemaRequest request) =>
        new(request.Version, request.SubpackageName, request.SubpackageVersion);

    public static ProviderConfigureRequest ToPlain(Rpc.ConfigureRequest request) =>
        new(PropertyValueCodec.DecodeMap(request.Args),
            request.Variables.ToImmutableDictionary(StringComparer.Ordinal),
            request.HasUrn ? request.Urn : null,
            request.HasName ? request.Name : null);

    public static ResourceCheckRequest ToPlain(Rpc.CheckRequest request) =>
        new(request.Urn,
            request.Name,
            request.Type,
            PropertyValueCodec.DecodeMap(request.Olds),
            PropertyValueCodec.DecodeMap(request.News),
            [.. request.RandomSeed.Span],
            request.Autonaming is { } autonaming
                ? new Autonaming(autonaming.ProposedName, (AutonamingMode)autonaming.Mode)
                : null);

    public static ResourceDiffRequest ToPlain(Rpc.DiffRequest request) =>
        new(request.Id,
            request.Urn,
            request.Name,
            request.Type,
            PropertyValueCodec.DecodeMap(request.Olds),
            PropertyValueCodec.DecodeMap(request.OldInputs),
            PropertyValueCodec.DecodeMap(request.News),
            [.. request.IgnoreChanges]);

    public static ResourceCreateRequest ToPlain(Rpc.CreateRequest request) =>
        new(request.Urn,
            request.Name,
            request.Type,
            PropertyValueCodec.DecodeMap(request.Properties),
            Timeout(request.Timeout),
            request.Preview);

    public static ResourceReadRequest ToPlain(Rpc.ReadRequest request) =>
        new(request.Id,
            request.Urn,
            request.Name,
            request.Type,
            PropertyValueCodec.DecodeMap(request.Properties),
            PropertyValueCodec.DecodeMap(request.Inputs));

    public static ResourceUpdateRequest ToPlain(Rpc.UpdateRequest request) =>
        new(request.Id,
            request.Urn,
            request.Name,
            request.Type,
            PropertyValueCodec.DecodeMap(request.Olds),
            PropertyValueCodec.DecodeMap(request.OldInputs),
            PropertyValueCodec.DecodeMap(request.News),
            Timeout(request.Timeout),
            [.. request.IgnoreChanges],
            request.Preview);

    public static ResourceDeleteRequest ToPlain(Rpc.DeleteRequest request) =>
        new(request.Id,
            request.Urn,
            request.Name,
            request.Type,
            PropertyValueCodec.DecodeMap(request.Properties),
            PropertyValueCodec.DecodeMap(request.OldInputs),
            Timeout(request.Timeout));

    public static InvokeRequest ToPlain(Rpc.InvokeRequest request) =>
        new(request.Tok, PropertyValueCodec.DecodeMap(request.Args));

    /// <summary>The engine sends custom timeouts in seconds; 0 means "use the provider's default".</summary>
    public static TimeSpan? Timeout(double seconds) =>
        seconds > 0 && double.IsFinite(seconds) ? TimeSpan.FromSeconds(seconds) : null;
}
