using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Plugin;
using Pulumi.Fireworks.Provider.PropertyValues;
using Rpc = Pulumi.Fireworks.Provider.Protocol.Rpc;

namespace Pulumi.Fireworks.Provider.Protocol;

/// <summary>Plain responses to protobuf responses.</summary>
internal static class RpcResponses
{
    public static Rpc.ProviderHandshakeResponse ToHandshake(ProviderCapabilities capabilities) => new()
    {
        AcceptSecrets = capabilities.AcceptSecrets,
        AcceptResources = capabilities.AcceptResources,
        AcceptOutputs = capabilities.AcceptOutputs,
        SupportsAutonamingConfiguration = capabilities.SupportsAutonamingConfiguration,
    };

    public static Rpc.ConfigureResponse ToConfigure(ProviderCapabilities capabilities) => new()
    {
        AcceptSecrets = capabilities.AcceptSecrets,
        AcceptResources = capabilities.AcceptResources,
        AcceptOutputs = capabilities.AcceptOutputs,
        SupportsAutonamingConfiguration = capabilities.SupportsAutonamingConfiguration,
        SupportsPreview = capabilities.SupportsPreview,
    };

    public static Rpc.CheckResponse ToRpc(ResourceCheckResponse response)
    {
        var result = new Rpc.CheckResponse { Inputs = PropertyValueCodec.EncodeMap(response.Inputs) };
        if (!response.Failures.IsDefault)
        {
            result.Failures.AddRange(response.Failures.Select(failure =>
                new Rpc.CheckFailure { Property = failure.Property, Reason = failure.Reason }));
        }

        return result;
    }

    public static Rpc.DiffResponse ToRpc(ResourceDiffResponse response)
    {
        var result = new Rpc.DiffResponse
        {
            Changes = (Rpc.DiffResponse.Types.DiffChanges)response.Changes,
            DeleteBeforeReplace = response.DeleteBeforeReplace,
            // Without this flag the engine ignores detailedDiff altogether.
            HasDetailedDiff = response.DetailedDiff.Count > 0,
        };
        AddAll(result.Replaces, response.Replaces);
        AddAll(result.Stables, response.Stables);
        AddAll(result.Diffs, response.Diffs);
        foreach (var (path, diff) in response.DetailedDiff)
        {
            result.DetailedDiff[path] = new Rpc.PropertyDiff
            {
                Kind = (Rpc.PropertyDiff.Types.Kind)diff.Kind,
                InputDiff = diff.InputDiff,
            };
        }

        return result;
    }

    public static Rpc.CreateResponse ToRpc(ResourceCreateResponse response) => new()
    {
        Id = response.Id,
        Properties = PropertyValueCodec.EncodeMap(response.Properties),
    };

    public static Rpc.ReadResponse ToRpc(ResourceReadResponse response) =>
        // An empty id tells the engine the resource is gone; it then needs no properties.
        response.Id.Length == 0
            ? new Rpc.ReadResponse()
            : new Rpc.ReadResponse
            {
                Id = response.Id,
                Properties = PropertyValueCodec.EncodeMap(response.Properties),
                Inputs = PropertyValueCodec.EncodeMap(response.Inputs),
            };

    public static Rpc.UpdateResponse ToRpc(ResourceUpdateResponse response) => new()
    {
        Properties = PropertyValueCodec.EncodeMap(response.Properties),
    };

    public static Rpc.InvokeResponse ToRpc(InvokeResponse response)
    {
        var result = new Rpc.InvokeResponse { Return = PropertyValueCodec.EncodeMap(response.Return) };
        if (!response.Failures.IsDefault)
        {
            result.Failures.AddRange(response.Failures.Select(failure =>
                new Rpc.CheckFailure { Property = failure.Property, Reason = failure.Reason }));
        }

        return result;
    }

    private static void AddAll(Google.Protobuf.Collections.RepeatedField<string> target,
        System.Collections.Immutable.ImmutableArray<string> items)
    {
        if (!items.IsDefault)
        {
            target.AddRange(items);
        }
    }
}
