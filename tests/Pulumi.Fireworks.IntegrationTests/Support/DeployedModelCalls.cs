using System.Collections.Immutable;
using Google.Protobuf.WellKnownTypes;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Protocol.Rpc;

namespace Pulumi.Fireworks.IntegrationTests.Support;

/// <summary>
/// The engine's calls for a <c>fireworks:index:DeployedModel</c> resource, through a <see cref="ProviderSession"/>'s
/// gRPC client (the session's own helpers speak for Deployments).
/// </summary>
internal sealed class DeployedModelCalls(ProviderSession session, string name = "chatLora")
{
    public const string Type = "fireworks:index:DeployedModel";

    public string Urn { get; } = $"urn:pulumi:dev::proj::{Type}::{name}";

    public async Task<CheckResponse> CheckAsync(ImmutableDictionary<string, PropertyValue> news) =>
        await session.Client.CheckAsync(new CheckRequest
        {
            Urn = Urn,
            Name = name,
            Type = Type,
            Olds = new Struct(),
            News = PropertyValueCodec.EncodeMap(news),
            RandomSeed = Google.Protobuf.ByteString.CopyFrom(new byte[32]),
        });

    /// <summary>Check's inputs; Check must pass.</summary>
    public async Task<ImmutableDictionary<string, PropertyValue>> CheckedAsync(ImmutableDictionary<string, PropertyValue> news)
    {
        var response = await CheckAsync(news);
        Assert.Empty(response.Failures);
        return PropertyValueCodec.DecodeMap(response.Inputs);
    }

    public Task<CreateResponse> CreateAsync(ImmutableDictionary<string, PropertyValue> inputs) =>
        session.Client.CreateAsync(new CreateRequest { Urn = Urn, Name = name, Type = Type, Properties = PropertyValueCodec.EncodeMap(inputs) })
            .ResponseAsync;

    public Task<ReadResponse> ReadAsync(string id, ImmutableDictionary<string, PropertyValue>? outputs = null,
        ImmutableDictionary<string, PropertyValue>? inputs = null)
    {
        var request = new ReadRequest { Id = id, Urn = Urn, Name = name, Type = Type };
        if (outputs is not null)
        {
            request.Properties = PropertyValueCodec.EncodeMap(outputs);
        }

        if (inputs is not null)
        {
            request.Inputs = PropertyValueCodec.EncodeMap(inputs);
        }

        return session.Client.ReadAsync(request).ResponseAsync;
    }

    public Task<DiffResponse> DiffAsync(string id, ImmutableDictionary<string, PropertyValue> oldOutputs,
        ImmutableDictionary<string, PropertyValue> oldInputs, ImmutableDictionary<string, PropertyValue> news) =>
        session.Client.DiffAsync(new DiffRequest
        {
            Id = id,
            Urn = Urn,
            Name = name,
            Type = Type,
            Olds = PropertyValueCodec.EncodeMap(oldOutputs),
            OldInputs = PropertyValueCodec.EncodeMap(oldInputs),
            News = PropertyValueCodec.EncodeMap(news),
        }).ResponseAsync;

    public Task<UpdateResponse> UpdateAsync(string id, ImmutableDictionary<string, PropertyValue> oldOutputs,
        ImmutableDictionary<string, PropertyValue> oldInputs, ImmutableDictionary<string, PropertyValue> news) =>
        session.Client.UpdateAsync(new UpdateRequest
        {
            Id = id,
            Urn = Urn,
            Name = name,
            Type = Type,
            Olds = PropertyValueCodec.EncodeMap(oldOutputs),
            OldInputs = PropertyValueCodec.EncodeMap(oldInputs),
            News = PropertyValueCodec.EncodeMap(news),
        }).ResponseAsync;

    public Task DeleteAsync(string id, ImmutableDictionary<string, PropertyValue> outputs,
        ImmutableDictionary<string, PropertyValue> oldInputs) =>
        session.Client.DeleteAsync(new DeleteRequest
        {
            Id = id,
            Urn = Urn,
            Name = name,
            Type = Type,
            Properties = PropertyValueCodec.EncodeMap(outputs),
            OldInputs = PropertyValueCodec.EncodeMap(oldInputs),
        }).ResponseAsync;
}
