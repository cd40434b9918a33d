using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Logging;
using Pulumi.Fireworks.Provider.Plugin;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Protocol;
using Pulumi.Fireworks.Provider.Resources.Kernel;
using Pulumi.Fireworks.Provider.Tests.Support;
using static Pulumi.Fireworks.Provider.Tests.Support.Values;

namespace Pulumi.Fireworks.Provider.Tests.Plugin;

public sealed class FireworksProviderTests : IDisposable
{
    private readonly CancellationRoot _cancellation = new();
    private readonly EngineLog _log = new(TextWriter.Null);

    public void Dispose()
    {
        _log.Dispose();
        _cancellation.Dispose();
    }

    private FireworksProvider Provider(ICustomResourceFactory factory) =>
        new(factory, _log, FakeEnvironment.Empty, _cancellation);

    private static ProviderConfigureRequest Configure() => new(
        Map(("apiKey", Secret(Text("fw-key"))), ("accountId", Text("my-team"))),
        System.Collections.Immutable.ImmutableDictionary<string, string>.Empty, null, null);

    [Fact]
    public async Task Configure_GivesTheFactoryTheParsedConfiguration()
    {
        var factory = new FixedResourceFactory();
        var provider = Provider(factory);

        var capabilities = await provider.ConfigureAsync(Configure(), CancellationToken.None);

        Assert.Equal(ProviderCapabilities.All, capabilities);
        Assert.Equal("fw-key", factory.LastConfiguration?.ApiKey);
        Assert.Same(factory.LastConfiguration, provider.Configuration);
    }

    [Fact]
    public async Task Handshake_AnnouncesTheSameCapabilitiesAsConfigure()
    {
        var provider = Provider(new FixedResourceFactory());

        var handshake = await provider.HandshakeAsync(new HandshakeRequest("127.0.0.1:1", null, null), CancellationToken.None);
        var configure = await provider.ConfigureAsync(Configure(), CancellationToken.None);

        Assert.Equal(handshake, configure);
    }

    [Fact]
    public async Task Create_UnknownTypeAfterConfigure_IsInvalidArgumentListingTheKnownTypes()
    {
        var provider = Provider(new FixedResourceFactory(new RecordingResource("fireworks:index:Deployment")));
        await provider.ConfigureAsync(Configure(), CancellationToken.None);

        var error = await Assert.ThrowsAsync<ProviderErrorException>(() => provider.CreateAsync(
            new ResourceCreateRequest("urn", "n", "fireworks:index:Other", PropertyValue.EmptyMap, null, false),
            CancellationToken.None));

        Assert.Equal(ProviderErrorCode.InvalidArgument, error.Code);
        Assert.Contains("fireworks:index:Deployment", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_TripsTheRootToken()
    {
        var provider = Provider(new FixedResourceFactory());
        var token = _cancellation.Token;

        await provider.CancelAsync(CancellationToken.None);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Task.Delay(Timeout.Infinite, token));
    }

    [Fact]
    public async Task GetSchema_ServesTheEmbeddedSchemaVerbatim()
    {
        var provider = Provider(new FixedResourceFactory());

        var schema = await provider.GetSchemaAsync(new SchemaRequest(0, string.Empty, string.Empty), CancellationToken.None);

        Assert.Equal(EmbeddedSchema.Json, schema);
        Assert.Contains("\"fireworks\"", schema, StringComparison.Ordinal);
    }
}
