using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Protocol.Rpc;
using Pulumi.Fireworks.Provider.Tests.Support;
using static Pulumi.Fireworks.Provider.Tests.Support.Values;

namespace Pulumi.Fireworks.Provider.Tests.Hosting;

public sealed partial class PluginHostTests
{
    private static ConfigureRequest ConfigureWith(params (string Key, PropertyValue Value)[] args) => new()
    {
        Args = PropertyValueCodec.EncodeMap(Map(args)),
        AcceptSecrets = true,
        AcceptResources = true,
    };

    // What every engine sends; older ones send nothing else to identify the resource (no name, no type).
    private static string UrnOf(string type, string name = "chat") => $"urn:pulumi:dev::test::{type}::{name}";

    private static ConfigureRequest ValidConfigure() =>
        ConfigureWith(("apiKey", Secret(Text("fw-key"))), ("accountId", Text("my-team")));

    [Fact]
    public async Task StartAsync_WritesOnlyThePortAndANewlineToStdout()
    {
        await using var fixture = await PluginHostFixture.StartAsync();

        await fixture.Client.HandshakeAsync(new ProviderHandshakeRequest());
        await fixture.Client.GetPluginInfoAsync(new Empty());

        Assert.Equal(fixture.Host.Port.ToString(CultureInfo.InvariantCulture) + "\n", fixture.Output.ToString());
        Assert.InRange(fixture.Host.Port, 1, 65535);
    }

    [Fact]
    public async Task Handshake_AnnouncesSecretsResourcesOutputsAndAutonaming()
    {
        await using var fixture = await PluginHostFixture.StartAsync();

        var response = await fixture.Client.HandshakeAsync(new ProviderHandshakeRequest
        {
            EngineAddress = "127.0.0.1:1",
            ConfigureWithUrn = true,
        });

        Assert.True(response.AcceptSecrets);
        Assert.True(response.AcceptResources);
        Assert.True(response.AcceptOutputs);
        Assert.True(response.SupportsAutonamingConfiguration);
        Assert.Equal("127.0.0.1:1", fixture.Host.Log.EngineAddress);
    }

    [Fact]
    public async Task Attach_ReplacesTheEngineAddress()
    {
        await using var fixture = await PluginHostFixture.StartAsync(engineAddress: "127.0.0.1:1");

        await fixture.Client.AttachAsync(new PluginAttach { Address = "127.0.0.1:2" });

        Assert.Equal("127.0.0.1:2", fixture.Host.Log.EngineAddress);
    }

    [Fact]
    public async Task GetPluginInfo_ReturnsASemver()
    {
        await using var fixture = await PluginHostFixture.StartAsync();

        var info = await fixture.Client.GetPluginInfoAsync(new Empty());

        Assert.Matches(Semver(), info.Version);
    }

    [Fact]
    public async Task GetSchema_VersionZero_ServesTheEmbeddedPackageSchema()
    {
        await using var fixture = await PluginHostFixture.StartAsync();

        var response = await fixture.Client.GetSchemaAsync(new GetSchemaRequest { Version = 0 });

        using var schema = JsonDocument.Parse(response.Schema);
        Assert.Equal("fireworks", schema.RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public async Task GetSchema_OtherVersion_IsInvalidArgument()
    {
        await using var fixture = await PluginHostFixture.StartAsync();

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await fixture.Client.GetSchemaAsync(new GetSchemaRequest { Version = 1 }));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    [Fact]
    public async Task CheckConfig_InvalidKnob_ReturnsAFailureNamingIt()
    {
        await using var fixture = await PluginHostFixture.StartAsync();

        var response = await fixture.Client.CheckConfigAsync(new CheckRequest
        {
            Olds = new Struct(),
            News = PropertyValueCodec.EncodeMap(Map(("maxRetries", Text("50")))),
        });

        var failure = Assert.Single(response.Failures);
        Assert.Equal("maxRetries", failure.Property);
    }

    [Fact]
    public async Task CheckConfig_PlainApiKey_ComesBackSecret()
    {
        await using var fixture = await PluginHostFixture.StartAsync();

        var response = await fixture.Client.CheckConfigAsync(new CheckRequest
        {
            News = PropertyValueCodec.EncodeMap(Map(("apiKey", Text("fw-key")), ("version", Text("0.1.0")))),
        });

        Assert.Empty(response.Failures);
        Assert.Equal(Secret(Text("fw-key")), PropertyValueCodec.DecodeMap(response.Inputs)["apiKey"]);
        Assert.Equal(Text("0.1.0"), PropertyValueCodec.DecodeMap(response.Inputs)["version"]);
    }

    [Fact]
    public async Task DiffConfig_ApiKeyAndBaseUrlChanged_NeverAsksForReplacement()
    {
        await using var fixture = await PluginHostFixture.StartAsync();
        var olds = PropertyValueCodec.EncodeMap(Map(("apiKey", Text("a")), ("baseUrl", Text("http://127.0.0.1:1"))));
        var news = PropertyValueCodec.EncodeMap(Map(("apiKey", Text("b")), ("baseUrl", Text("http://127.0.0.1:2"))));

        var response = await fixture.Client.DiffConfigAsync(new DiffRequest { Olds = olds, OldInputs = olds, News = news });

        Assert.Equal(DiffResponse.Types.DiffChanges.DiffSome, response.Changes);
        Assert.Empty(response.Replaces);
        Assert.True(response.HasDetailedDiff);
        Assert.All(response.DetailedDiff.Values, diff => Assert.Equal(PropertyDiff.Types.Kind.Update, diff.Kind));
    }

    [Fact]
    public async Task Configure_AnswersTheHandshakeFlagsAndPreviewSupport()
    {
        await using var fixture = await PluginHostFixture.StartAsync();

        var response = await fixture.Client.ConfigureAsync(ValidConfigure());

        Assert.True(response.AcceptSecrets);
        Assert.True(response.AcceptResources);
        Assert.True(response.AcceptOutputs);
        Assert.True(response.SupportsPreview);
        Assert.True(response.SupportsAutonamingConfiguration);
    }

    [Fact]
    public async Task Configure_CredentialsFromTheEnvironment_AreUsed()
    {
        var factory = new FixedResourceFactory();
        var environment = new FakeEnvironment(("FIREWORKS_API_KEY", "env-key"), ("FIREWORKS_ACCOUNT_ID", "env-team"));
        await using var fixture = await PluginHostFixture.StartAsync(factory, environment);

        await fixture.Client.ConfigureAsync(ConfigureWith());

        Assert.Equal("env-team", factory.LastConfiguration?.AccountId);
    }

    [Fact]
    public async Task Configure_WithoutApiKey_FailsWithTheMissingKeysDetail()
    {
        await using var fixture = await PluginHostFixture.StartAsync();

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await fixture.Client.ConfigureAsync(ConfigureWith(("accountId", Text("my-team")))));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var status = error.GetRpcStatus();
        Assert.NotNull(status);
        var detail = Assert.Single(status.Details).Unpack<ConfigureErrorMissingKeys>();
        Assert.Equal("fireworks:apiKey", Assert.Single(detail.MissingKeys).Name);
    }

    [Fact]
    public async Task Check_BeforeConfigure_IsFailedPrecondition()
    {
        await using var fixture = await PluginHostFixture.StartAsync();

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await fixture.Client.CheckAsync(new CheckRequest { Urn = UrnOf("fireworks:index:Deployment") }));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
    }

    [Fact]
    public async Task Check_UnknownTypeToken_IsInvalidArgumentNamingTheType()
    {
        await using var fixture = await PluginHostFixture.StartAsync();
        await fixture.Client.ConfigureAsync(ValidConfigure());

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await fixture.Client.CheckAsync(new CheckRequest { Urn = UrnOf("fireworks:index:Nope") }));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("fireworks:index:Nope", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_RegisteredType_IsRoutedToItsResource()
    {
        var resource = new RecordingResource("fireworks:index:Test");
        await using var fixture = await PluginHostFixture.StartAsync(new FixedResourceFactory(resource));
        await fixture.Client.ConfigureAsync(ValidConfigure());

        await fixture.Client.CheckAsync(new CheckRequest
        {
            Type = "fireworks:index:Test",
            Name = "chat",
            News = PropertyValueCodec.EncodeMap(Map(("baseModel", Text("m")))),
            Autonaming = new CheckRequest.Types.AutonamingOptions
            {
                ProposedName = "chat-1a2b",
                Mode = CheckRequest.Types.AutonamingOptions.Types.Mode.Enforce,
            },
        });

        Assert.Equal("chat", resource.LastCheck?.Name);
        Assert.Equal(Text("m"), resource.LastCheck?.News["baseModel"]);
        Assert.Equal(new Provider.Contracts.Autonaming("chat-1a2b", Provider.Contracts.AutonamingMode.Enforce),
            resource.LastCheck?.Autonaming);
    }

    [Fact]
    public async Task Create_ResourceInitializationFailure_CarriesTheIdInErrorResourceInitFailed()
    {
        var resource = new RecordingResource
        {
            CreateFailure = new Provider.Contracts.ResourceInitializationException(
                "accounts/my-team/deployments/chat",
                Map(("state", Text("FAILED"))),
                PropertyValue.EmptyMap,
                ["deployment did not become READY"]),
        };
        await using var fixture = await PluginHostFixture.StartAsync(new FixedResourceFactory(resource));
        await fixture.Client.ConfigureAsync(ValidConfigure());

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await fixture.Client.CreateAsync(new CreateRequest { Urn = UrnOf(resource.Token) }));

        Assert.Equal(StatusCode.Unknown, error.StatusCode);
        var any = Assert.Single(error.GetRpcStatus()!.Details);
        Assert.Equal("type.googleapis.com/pulumirpc.ErrorResourceInitFailed", any.TypeUrl);
        var detail = any.Unpack<ErrorResourceInitFailed>();
        Assert.Equal("accounts/my-team/deployments/chat", detail.Id);
        Assert.Equal(["deployment did not become READY"], detail.Reasons);
        Assert.Equal(Text("FAILED"), PropertyValueCodec.DecodeMap(detail.Properties)["state"]);
    }

    [Fact]
    public async Task Cancel_CancelsAnInFlightCreate()
    {
        var resource = new RecordingResource { CreateWaitsForCancellation = true };
        await using var fixture = await PluginHostFixture.StartAsync(new FixedResourceFactory(resource));
        await fixture.Client.ConfigureAsync(ValidConfigure());

        var create = fixture.Client.CreateAsync(new CreateRequest { Urn = UrnOf(resource.Token) }).ResponseAsync;
        await resource.CreateStarted.Task;
        await fixture.Client.CancelAsync(new Empty());

        var error = await Assert.ThrowsAsync<RpcException>(() => create);
        Assert.Equal(StatusCode.Cancelled, error.StatusCode);
    }

    [Fact]
    public async Task Handshake_AfterCancel_StartsANewSessionWhoseCallsAreNotCancelled()
    {
        var resource = new RecordingResource();
        await using var fixture = await PluginHostFixture.StartAsync(new FixedResourceFactory(resource));
        await fixture.Client.ConfigureAsync(ValidConfigure());
        await fixture.Client.CancelAsync(new Empty());

        await fixture.Client.HandshakeAsync(new ProviderHandshakeRequest());
        var response = await fixture.Client.CreateAsync(new CreateRequest { Urn = UrnOf(resource.Token) });

        Assert.Equal("id-1", response.Id);
    }

    [Fact]
    public async Task Read_GoneResource_AnswersAnEmptyId()
    {
        var resource = new RecordingResource();
        await using var fixture = await PluginHostFixture.StartAsync(new FixedResourceFactory(resource));
        await fixture.Client.ConfigureAsync(ValidConfigure());

        var response = await fixture.Client.ReadAsync(new ReadRequest { Id = "x", Urn = UrnOf(resource.Token) });

        Assert.Equal(string.Empty, response.Id);
        Assert.Null(response.Properties);
    }

    [Fact]
    public async Task RpcsNotBuilt_AnswerUnimplemented()
    {
        await using var fixture = await PluginHostFixture.StartAsync();
        var client = fixture.Client;
        var calls = new Func<Task>[]
        {
            async () => await client.ParameterizeAsync(new ParameterizeRequest()),
            async () => await client.CallAsync(new CallRequest()),
            async () => await client.ConstructAsync(new ConstructRequest()),
            async () => await client.GetMappingAsync(new GetMappingRequest()),
            async () => await client.GetMappingsAsync(new GetMappingsRequest()),
            async () =>
            {
                using var stream = client.List(new ListRequest());
                await stream.ResponseStream.MoveNext(CancellationToken.None);
            },
        };

        foreach (var call in calls)
        {
            var error = await Assert.ThrowsAsync<RpcException>(call);
            Assert.Equal(StatusCode.Unimplemented, error.StatusCode);
        }
    }

    [Fact]
    public async Task Configure_SecretsNeverReachStdoutOrStderr()
    {
        await using var fixture = await PluginHostFixture.StartAsync();

        await fixture.Client.ConfigureAsync(ConfigureWith(
            ("apiKey", Secret(Text("fw-super-secret"))), ("accountId", Text("t")), ("maxRetries", Text("1"))));
        await Assert.ThrowsAsync<RpcException>(async () => await fixture.Client.ConfigureAsync(ConfigureWith(
            ("apiKey", Secret(Text("fw-super-secret"))), ("accountId", Text("t")), ("maxRetries", Text("100")))));

        Assert.DoesNotContain("fw-super-secret", fixture.Output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("fw-super-secret", fixture.Diagnostics.ToString(), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$")]
    private static partial Regex Semver();

    [Fact]
    public async Task Check_UrnOnly_IsRoutedByTheUrnsTypeWithTheUrnsName()
    {
        var resource = new RecordingResource("fireworks:index:Test");
        await using var fixture = await PluginHostFixture.StartAsync(new FixedResourceFactory(resource));
        await fixture.Client.ConfigureAsync(ValidConfigure());

        await fixture.Client.CheckAsync(new CheckRequest
        {
            Urn = "urn:pulumi:dev::test::my:index:Parent$fireworks:index:Test::chat::blue",
        });

        Assert.Equal("chat::blue", resource.LastCheck?.Name);
        Assert.Equal("fireworks:index:Test", resource.LastCheck?.Type);
    }

    [Fact]
    public async Task Check_NoTypeAndAMalformedUrn_IsInvalidArgumentNamingTheUrn()
    {
        await using var fixture = await PluginHostFixture.StartAsync();
        await fixture.Client.ConfigureAsync(ValidConfigure());

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await fixture.Client.CheckAsync(new CheckRequest { Urn = "chat", Name = "chat" }));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.StartsWith("invalid urn \"chat\"", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_ValueNestedPastProtobufsStockLimit_ReachesTheResource()
    {
        // 200 list levels are 400 nested messages; the stock parser stopped at 100 (UNKNOWN before the fix). The
        // call goes out as bytes because the test's own client would refuse the echoed response just the same.
        var resource = new RecordingResource("fireworks:index:Test");
        await using var fixture = await PluginHostFixture.StartAsync(new FixedResourceFactory(resource));
        await fixture.Client.ConfigureAsync(ValidConfigure());
        var deep = NestedLists(200);
        var request = new CheckRequest { Urn = UrnOf(resource.Token), News = PropertyValueCodec.EncodeMap(Map(("deep", deep))) };

        var answer = await RawCheckAsync(fixture, request.ToByteArray());

        Assert.Equal(deep, resource.LastCheck?.News["deep"]);
        var response = new CheckResponse();
        response.MergeFrom(CodedInputStream.CreateWithLimits(new MemoryStream(answer), int.MaxValue, 1_000));
        Assert.Equal(deep, PropertyValueCodec.DecodeMap(response.Inputs)["deep"]);
    }

    [Fact]
    public async Task Check_ValueNestedBeyondTheCodecsLimit_IsInvalidArgumentNamingItsPath()
    {
        var resource = new RecordingResource("fireworks:index:Test");
        await using var fixture = await PluginHostFixture.StartAsync(new FixedResourceFactory(resource));
        await fixture.Client.ConfigureAsync(ValidConfigure());

        var error = await Assert.ThrowsAsync<RpcException>(async () => await fixture.Client.CheckAsync(new CheckRequest
        {
            Urn = UrnOf(resource.Token),
            News = PropertyValueCodec.EncodeMap(Map(("regions", NestedLists(PropertyValueCodec.MaxDepth + 1)))),
        }));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.StartsWith("invalid property value at regions[0][0]", error.Status.Detail, StringComparison.Ordinal);
        Assert.Contains(" in news: the value is nested too deeply", error.Status.Detail, StringComparison.Ordinal);
        Assert.Null(resource.LastCheck);
    }

    [Fact]
    public async Task Check_BytesThatAreNoMessage_AreInvalidArgument()
    {
        await using var fixture = await PluginHostFixture.StartAsync();

        var error = await Assert.ThrowsAsync<RpcException>(async () => await RawCheckAsync(fixture, [0xff, 0xff, 0xff]));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.StartsWith("the request is not a valid CheckRequest message", error.Status.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1e12, 604_800.0)]
    [InlineData(double.MaxValue, 604_800.0)]
    [InlineData(double.NaN, null)]
    [InlineData(-1.0, null)]
    [InlineData(120.0, 120.0)]
    public async Task Create_ExtremeTimeout_ReachesTheResourceClampedOrAsTheDefault(double sent, double? seconds)
    {
        var resource = new RecordingResource("fireworks:index:Test");
        await using var fixture = await PluginHostFixture.StartAsync(new FixedResourceFactory(resource));
        await fixture.Client.ConfigureAsync(ValidConfigure());

        await fixture.Client.CreateAsync(new CreateRequest { Urn = UrnOf(resource.Token), Timeout = sent });

        Assert.Equal(seconds is { } value ? TimeSpan.FromSeconds(value) : null, resource.LastCreate?.Timeout);
    }

    [Theory]
    [InlineData("a b c")]
    [InlineData("unix:///tmp/engine.sock")]
    public async Task HandshakeAndAttach_AddressNoChannelCouldUse_AreInvalidArgumentAndKeepTheEngine(string address)
    {
        await using var fixture = await PluginHostFixture.StartAsync(engineAddress: "127.0.0.1:1");

        var handshake = await Assert.ThrowsAsync<RpcException>(async () =>
            await fixture.Client.HandshakeAsync(new ProviderHandshakeRequest { EngineAddress = address }));
        var attach = await Assert.ThrowsAsync<RpcException>(async () =>
            await fixture.Client.AttachAsync(new PluginAttach { Address = address }));

        Assert.Equal(StatusCode.InvalidArgument, handshake.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, attach.StatusCode);
        Assert.Equal("127.0.0.1:1", fixture.Host.Log.EngineAddress);
    }

        private static async Task<byte[]> RawCheckAsync(PluginHostFixture fixture, byte[] request)
    {
        var bytes = Marshallers.Create((byte[] payload) => payload, payload => payload);
        var check = new Method<byte[], byte[]>(MethodType.Unary, "pulumirpc.ResourceProvider", "Check", bytes, bytes);
        return await fixture.Channel.CreateCallInvoker().AsyncUnaryCall(check, null, new CallOptions(), request);
    }

    private static PropertyValue NestedLists(int levels)
    {
        var value = Text("leaf");
        for (var level = 0; level < levels; level++)
        {
            value = PropertyValue.CreateList([value]);
        }

        return value;
    }
}
