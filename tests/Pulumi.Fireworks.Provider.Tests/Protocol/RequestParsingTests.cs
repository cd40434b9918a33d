using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumi.Fireworks.Provider.Protocol;
using Pulumi.Fireworks.Provider.Protocol.Rpc;
using Pulumi.Fireworks.Provider.Tests.Support;

namespace Pulumi.Fireworks.Provider.Tests.Protocol;

public sealed class RequestParsingTests
{
    private static readonly Marshaller<CheckRequest> Generated = Marshallers.Create(
        (CheckRequest message) => message.ToByteArray(), CheckRequest.Parser.ParseFrom);

    [Fact]
    public void Parse_OrdinaryRequest_IsTheMessageSent()
    {
        var sent = new CheckRequest { Urn = "urn:pulumi:dev::p::fireworks:index:Deployment::chat", News = Shallow() };

        Assert.Equal(sent, RequestParsing.Parse(Generated, Payload(sent.ToByteArray())));
    }

    [Theory]
    [InlineData(49)]
    [InlineData(1_000)]
    [InlineData(4_998)] // the engine's deepest list: 10,000 nested messages in Go's counting
    public void Parse_ListsDeeperThanTheStockLimit_Parse(int levels)
    {
        var sent = new CheckRequest { News = new Struct { Fields = { ["deep"] = NestedLists(levels) } } };

        Assert.Equal(sent, RequestParsing.Parse(Generated, Payload(sent.ToByteArray())));
    }

    [Fact]
    public void Parse_TheEnginesDeepestMaps_Parse()
    {
        // Go does not count map entries: 4,998 map levels are 9,998 messages there, 14,995 in Google.Protobuf.
        var sent = new CheckRequest { News = new Struct { Fields = { ["deep"] = NestedMaps(4_998) } } };

        Assert.Equal(sent, RequestParsing.Parse(Generated, Payload(sent.ToByteArray())));
    }

    [Fact]
    public void Parse_DeeperThanTheRaisedLimit_IsInvalidArgument()
    {
        var sent = new CheckRequest { News = new Struct { Fields = { ["deep"] = NestedLists(RequestParsing.RecursionLimit / 2 + 1) } } };

        var error = Assert.Throws<RpcException>(() => RequestParsing.Parse(Generated, Payload(sent.ToByteArray())));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("CheckRequest", error.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("16000", error.Status.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0xff, 0xff, 0xff })]
    [InlineData(new byte[] { 0x0a, 0x05, 0x61 })] // a string field longer than the payload
    [InlineData(new byte[] { 0x1a, 0x02, 0x0a, 0x10 })] // news holding a truncated map entry
    public void Parse_Garbage_IsInvalidArgument(byte[] payload)
    {
        var error = Assert.Throws<RpcException>(() => RequestParsing.Parse(Generated, Payload(payload)));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.StartsWith("the request is not a valid CheckRequest message", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void WithDeepRequests_KeepsTheNamesAndTheResponseMarshaller()
    {
        var method = new Method<CheckRequest, CheckResponse>(MethodType.Unary, "pulumirpc.ResourceProvider", "Check",
            Generated, Marshallers.Create((CheckResponse r) => r.ToByteArray(), CheckResponse.Parser.ParseFrom));

        var deep = RequestParsing.WithDeepRequests(method);

        Assert.Equal("/pulumirpc.ResourceProvider/Check", deep.FullName);
        Assert.Same(method.ResponseMarshaller, deep.ResponseMarshaller);
        Assert.NotSame(method.RequestMarshaller, deep.RequestMarshaller);
        var sent = new CheckRequest { News = new Struct { Fields = { ["deep"] = NestedLists(100) } } };
        Assert.Equal(sent, deep.RequestMarshaller.ContextualDeserializer(Payload(sent.ToByteArray())));
    }

    private static Struct Shallow() => new() { Fields = { ["baseModel"] = Value.ForString("m"), ["n"] = Value.ForNumber(1) } };

    private static Value NestedLists(int levels)
    {
        var value = Value.ForString("leaf");
        for (var level = 0; level < levels; level++)
        {
            value = Value.ForList(value);
        }

        return value;
    }

    private static Value NestedMaps(int levels)
    {
        var value = Value.ForString("leaf");
        for (var level = 0; level < levels; level++)
        {
            value = Value.ForStruct(new Struct { Fields = { ["k"] = value } });
        }

        return value;
    }

    private static DeserializationContext Payload(byte[] bytes) => new BytesPayload(bytes);}
