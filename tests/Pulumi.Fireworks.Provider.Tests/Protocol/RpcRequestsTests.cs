using Google.Protobuf.WellKnownTypes;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Protocol;
using Pulumi.Fireworks.Provider.Protocol.Rpc;

namespace Pulumi.Fireworks.Provider.Tests.Protocol;

public sealed class RpcRequestsTests
{
    private const string Urn = "urn:pulumi:dev::proj::my:index:Component$fireworks:index:Deployment::chat::blue";
    private const string Type = "fireworks:index:Deployment";
    private const string Name = "chat::blue";

    public static TheoryData<string> Rpcs() => ["Check", "Diff", "Create", "Read", "Update", "Delete"];

    [Theory]
    [MemberData(nameof(Rpcs))]
    public void ToPlain_UrnOnly_TakesNameAndTypeFromTheUrn(string rpc)
    {
        Assert.True(Send(rpc, Urn, string.Empty, string.Empty) == (Name, Type), rpc);
    }

    [Theory]
    [MemberData(nameof(Rpcs))]
    public void ToPlain_OnlyTypeMissing_TakesTheTypeFromTheUrnAndKeepsTheName(string rpc)
    {
        Assert.True(Send(rpc, Urn, "explicit", string.Empty) == ("explicit", Type), rpc);
    }

    [Theory]
    [MemberData(nameof(Rpcs))]
    public void ToPlain_NameAndTypeSent_WinOverTheUrn(string rpc)
    {
        Assert.True(Send(rpc, "not a urn", "n", "t:index:T") == ("n", "t:index:T"), rpc);
    }

    [Theory]
    [MemberData(nameof(Rpcs))]
    public void ToPlain_NoNameNoTypeAndAMalformedUrn_IsInvalidArgumentShowingAUrn(string rpc)
    {
        var error = Assert.Throws<ProviderErrorException>(() => Send(rpc, "fireworks:index:Deployment::chat", "", ""));

        Assert.True(error.Code == ProviderErrorCode.InvalidArgument, rpc);
        Assert.StartsWith("invalid urn \"fireworks:index:Deployment::chat\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("urn:pulumi:<stack>::<project>::<qualified type>::<name>", error.Message, StringComparison.Ordinal);
        Assert.Contains(PulumiUrn.Example, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Identify_EmptyUrn_SaysItIsEmptyAndWhatIsMissing()
    {
        var error = Assert.Throws<ProviderErrorException>(() => RpcRequests.Identify("", "chat", ""));

        Assert.Equal(ProviderErrorCode.InvalidArgument, error.Code);
        Assert.Contains("the request has no type, so it is read from the urn, which is empty", error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Identify_UrnWithAnEmptyType_IsInvalidArgument()
    {
        var error = Assert.Throws<ProviderErrorException>(() =>
            RpcRequests.Identify("urn:pulumi:dev::p::my:index:C$::chat", "chat", ""));

        Assert.Equal(ProviderErrorCode.InvalidArgument, error.Code);
        Assert.Contains("whose type is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Identify_UrnWithAnEmptyName_IsInvalidArgumentOnlyWhenTheNameIsNeeded()
    {
        const string urn = "urn:pulumi:dev::p::fireworks:index:Deployment::";

        Assert.Equal(("chat", Type), RpcRequests.Identify(urn, "chat", ""));
        var error = Assert.Throws<ProviderErrorException>(() => RpcRequests.Identify(urn, "", Type));
        Assert.Contains("whose name is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Identify_HugeGarbageUrn_IsQuotedShortened()
    {
        var error = Assert.Throws<ProviderErrorException>(() => RpcRequests.Identify(new string('x', 100_000), "", ""));

        Assert.True(error.Message.Length < 600, $"message of {error.Message.Length} characters");
    }

    [Fact]
    public void ToPlain_ProviderUrnOfCheckConfig_GivesTheProviderType()
    {
        var plain = RpcRequests.ToPlain(new CheckRequest { Urn = "urn:pulumi:dev::p::pulumi:providers:fireworks::default" },
            configuration: true);

        Assert.Equal("pulumi:providers:fireworks", plain.Type);
        Assert.Equal("default", plain.Name);
    }

    [Fact]
    public void ToPlain_CheckConfigAndDiffConfigWithoutAnyIdentity_PassAsTheyCame()
    {
        var check = RpcRequests.ToPlain(new CheckRequest(), configuration: true);
        var diff = RpcRequests.ToPlain(new DiffRequest { Urn = "garbage" }, configuration: true);

        Assert.Equal((string.Empty, string.Empty), (check.Name, check.Type));
        Assert.Equal((string.Empty, string.Empty), (diff.Name, diff.Type));
    }

    [Fact]
    public void ToPlain_DiffConfigWithAProviderUrn_TakesNameAndTypeFromIt()
    {
        var diff = RpcRequests.ToPlain(new DiffRequest { Urn = "urn:pulumi:dev::p::pulumi:providers:fireworks::eu" },
            configuration: true);

        Assert.Equal(("eu", "pulumi:providers:fireworks"), (diff.Name, diff.Type));
    }

    [Fact]
    public void ToPlain_ConfigureWithUrnButNoName_TakesTheNameFromTheUrn()
    {
        var plain = RpcRequests.ToPlain(new ConfigureRequest { Urn = "urn:pulumi:dev::p::pulumi:providers:fireworks::eu" });

        Assert.Equal("eu", plain.Name);
    }

    [Fact]
    public void ToPlain_ConfigureWithAMalformedUrn_NeedsNoNameAndDoesNotFail()
    {
        var plain = RpcRequests.ToPlain(new ConfigureRequest { Urn = "garbage" });

        Assert.Null(plain.Name);
        Assert.Equal("garbage", plain.Urn);
    }

    [Theory]
    [InlineData(0.0, null)]
    [InlineData(double.NaN, null)]
    [InlineData(-5.0, null)]
    [InlineData(90.0, 90.0)]
    [InlineData(1e12, 604_800.0)]
    public void ToPlain_Timeouts_OfCreateUpdateAndDelete_AreSafe(double sent, double? seconds)
    {
        var expected = seconds is { } value ? TimeSpan.FromSeconds(value) : (TimeSpan?)null;

        Assert.Equal(expected, RpcRequests.ToPlain(new CreateRequest { Urn = Urn, Timeout = sent }).Timeout);
        Assert.Equal(expected, RpcRequests.ToPlain(new UpdateRequest { Urn = Urn, Timeout = sent }).Timeout);
        Assert.Equal(expected, RpcRequests.ToPlain(new DeleteRequest { Urn = Urn, Timeout = sent }).Timeout);
    }

    [Fact]
    public void ToPlain_BadValueInNews_NamesTheBagAndThePath()
    {
        var news = new Struct
        {
            Fields =
            {
                ["regions"] = Value.ForList(Value.ForString("a"), Value.ForStruct(new Struct
                {
                    Fields = { [PropertySignatures.Key] = Value.ForString("bogus") },
                })),
            },
        };

        var error = Assert.Throws<PropertyValueFormatException>(() =>
            RpcRequests.ToPlain(new CheckRequest { Urn = Urn, News = news }));

        Assert.Equal("regions[1]", error.Path);
        Assert.Equal("news", error.Bag);
        Assert.StartsWith("invalid property value at regions[1] in news: unknown special-object signature \"bogus\"",
            error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToPlain_BadValueInOldInputsOfDelete_NamesOldInputs()
    {
        var oldInputs = new Struct
        {
            Fields = { ["x"] = Value.ForStruct(new Struct { Fields = { [PropertySignatures.Key] = Value.ForNumber(1) } }) },
        };

        var error = Assert.Throws<PropertyValueFormatException>(() =>
            RpcRequests.ToPlain(new DeleteRequest { Urn = Urn, OldInputs = oldInputs }));

        Assert.Equal("oldInputs", error.Bag);
        Assert.Equal("x", error.Path);
    }

    // A resource RPC as an engine sends it; the URN only when name and type are empty.
    private static (string Name, string Type) Send(string rpc, string urn, string name, string type) => rpc switch
    {
        "Check" => Identity(RpcRequests.ToPlain(new CheckRequest { Urn = urn, Name = name, Type = type })),
        "Diff" => Identity(RpcRequests.ToPlain(new DiffRequest { Urn = urn, Name = name, Type = type })),
        "Create" => Identity(RpcRequests.ToPlain(new CreateRequest { Urn = urn, Name = name, Type = type })),
        "Read" => Identity(RpcRequests.ToPlain(new ReadRequest { Urn = urn, Name = name, Type = type })),
        "Update" => Identity(RpcRequests.ToPlain(new UpdateRequest { Urn = urn, Name = name, Type = type })),
        "Delete" => Identity(RpcRequests.ToPlain(new DeleteRequest { Urn = urn, Name = name, Type = type })),
        _ => throw new ArgumentOutOfRangeException(nameof(rpc), rpc, "not a resource RPC"),
    };

    private static (string Name, string Type) Identity(ResourceCheckRequest request) => (request.Name, request.Type);

    private static (string Name, string Type) Identity(ResourceDiffRequest request) => (request.Name, request.Type);

    private static (string Name, string Type) Identity(ResourceCreateRequest request) => (request.Name, request.Type);

    private static (string Name, string Type) Identity(ResourceReadRequest request) => (request.Name, request.Type);

    private static (string Name, string Type) Identity(ResourceUpdateRequest request) => (request.Name, request.Type);

    private static (string Name, string Type) Identity(ResourceDeleteRequest request) => (request.Name, request.Type);
}
