using System.Collections.Immutable;
using Moq;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Tests.Resources.Kernel;

/// <summary>What holds for every resource, whatever it is: ids, mapped failures, secrets that follow their source.</summary>
public sealed class GuardedResourceTests
{
    private const string Urn = "urn:pulumi:dev::proj::fireworks:index:Thing::t";
    private static readonly ImmutableDictionary<string, PropertyValue> NoProperties = PropertyValue.EmptyMap;

    private readonly Mock<ICustomResource> _inner = new();

    public GuardedResourceTests()
    {
        _inner.SetupGet(r => r.Token).Returns("fireworks:index:Thing");
        _inner.SetupGet(r => r.IdFormat).Returns("accounts/<account>/things/<id>");
        _inner.SetupGet(r => r.Secrets).Returns(new SecretDerivation
        {
            Sources = ImmutableDictionary<string, ImmutableArray<string>>.Empty.Add("name", ["thingId"]),
        });
        _inner.Setup(r => r.IsValidId(It.IsAny<string>())).Returns<string>(id => id.StartsWith("accounts/", StringComparison.Ordinal));
    }

    private GuardedResource Guarded => new(_inner.Object);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task UpdateAndDeleteAndRead_EmptyId_AreInvalidArgumentSayingWhatAnIdLooksLike(string id)
    {
        var update = await Assert.ThrowsAsync<ProviderErrorException>(() => Guarded.UpdateAsync(
            new ResourceUpdateRequest(id, Urn, "t", "fireworks:index:Thing", NoProperties, NoProperties, NoProperties, null, [], false),
            CancellationToken.None));
        var delete = await Assert.ThrowsAsync<ProviderErrorException>(() => Guarded.DeleteAsync(
            new ResourceDeleteRequest(id, Urn, "t", "fireworks:index:Thing", NoProperties, NoProperties, null), CancellationToken.None));
        var read = await Assert.ThrowsAsync<ProviderErrorException>(() => Guarded.ReadAsync(
            new ResourceReadRequest(id, Urn, "t", "fireworks:index:Thing", NoProperties, NoProperties), CancellationToken.None));

        Assert.All([update, delete, read], error =>
        {
            Assert.Equal(ProviderErrorCode.InvalidArgument, error.Code);
            Assert.Contains("accounts/<account>/things/<id>", error.Message, StringComparison.Ordinal);
            Assert.Contains(Urn, error.Message, StringComparison.Ordinal);
        });
        _inner.Verify(r => r.DeleteAsync(It.IsAny<ResourceDeleteRequest>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Delete_MalformedId_IsInvalidArgumentAndNeverReachesTheResource()
    {
        var error = await Assert.ThrowsAsync<ProviderErrorException>(() => Guarded.DeleteAsync(
            new ResourceDeleteRequest("not/an/id", Urn, "t", "fireworks:index:Thing", NoProperties, NoProperties, null),
            CancellationToken.None));

        Assert.Equal(ProviderErrorCode.InvalidArgument, error.Code);
        Assert.Contains("\"not/an/id\" is not a fireworks:index:Thing id", error.Message, StringComparison.Ordinal);
        _inner.Verify(r => r.DeleteAsync(It.IsAny<ResourceDeleteRequest>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Theory]
    [InlineData(400, "INVALID_ARGUMENT", ProviderErrorCode.InvalidArgument)]
    [InlineData(400, "FAILED_PRECONDITION", ProviderErrorCode.FailedPrecondition)]
    [InlineData(401, "UNAUTHENTICATED", ProviderErrorCode.Unauthenticated)]
    [InlineData(404, "NOT_FOUND", ProviderErrorCode.NotFound)]
    [InlineData(409, "ABORTED", ProviderErrorCode.Aborted)]
    [InlineData(429, "RESOURCE_EXHAUSTED", ProviderErrorCode.ResourceExhausted)]
    [InlineData(503, "UNAVAILABLE", ProviderErrorCode.Unavailable)]
    [InlineData(0, null, ProviderErrorCode.Unavailable)]
    [InlineData(414, null, ProviderErrorCode.InvalidArgument)]
    [InlineData(413, null, ProviderErrorCode.InvalidArgument)]
    [InlineData(431, null, ProviderErrorCode.InvalidArgument)]
    [InlineData(405, null, ProviderErrorCode.InvalidArgument)]
    public async Task AnyCall_FireworksFailureThatEscapes_IsMappedByTheOneTableNeverInternal(int status, string? code,
        ProviderErrorCode expected)
    {
        _inner.Setup(r => r.DiffAsync(It.IsAny<ResourceDiffRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new FireworksException("get thing", status, code, null, "refused", "req-3"));

        var error = await Assert.ThrowsAsync<ProviderErrorException>(() => Guarded.DiffAsync(
            new ResourceDiffRequest("accounts/a/things/x", Urn, "t", "fireworks:index:Thing", NoProperties, NoProperties, NoProperties, []),
            CancellationToken.None));

        Assert.Equal(expected, error.Code);
        Assert.Contains("req-3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_PartialFailure_MakesOutputsDerivedFromSecretInputsSecret()
    {
        var inputs = PropertyValue.EmptyMap.Add("thingId", PropertyValue.CreateSecret(PropertyValue.Create("t-1")));
        _inner.Setup(r => r.CreateAsync(It.IsAny<ResourceCreateRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ResourceInitializationException("accounts/a/things/t-1",
                PropertyValue.EmptyMap.Add("name", PropertyValue.Create("accounts/a/things/t-1")).Add("state", PropertyValue.Create("FAILED")),
                inputs, ["it failed"]) { RefreshBeforeUpdate = true });

        var partial = await Assert.ThrowsAsync<ResourceInitializationException>(() => Guarded.CreateAsync(
            new ResourceCreateRequest(Urn, "t", "fireworks:index:Thing", inputs, null, false), CancellationToken.None));

        Assert.True(partial.Properties["name"].IsSecret);
        Assert.False(partial.Properties["state"].IsSecret);
        Assert.True(partial.RefreshBeforeUpdate);
        Assert.Equal("accounts/a/things/t-1", partial.Id);
    }

    [Fact]
    public async Task Update_OutputThatWasSecret_StaysSecret()
    {
        var olds = PropertyValue.EmptyMap.Add("region", PropertyValue.CreateSecret(PropertyValue.Create("US_IOWA_1")));
        _inner.Setup(r => r.UpdateAsync(It.IsAny<ResourceUpdateRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ResourceUpdateResponse(PropertyValue.EmptyMap.Add("region", PropertyValue.Create("US_IOWA_1"))));

        var response = await Guarded.UpdateAsync(new ResourceUpdateRequest("accounts/a/things/x", Urn, "t",
            "fireworks:index:Thing", olds, NoProperties, NoProperties, null, [], false), CancellationToken.None);

        Assert.True(response.Properties["region"].IsSecret);
    }

    [Fact]
    public async Task Registry_UnknownFunction_NamesTheFunctionsThatExist()
    {
        var function = new Mock<IFunction>();
        function.SetupGet(f => f.Token).Returns("fireworks:index:getThing");
        var registry = new ResourceRegistry([_inner.Object], [function.Object]);

        var error = await Assert.ThrowsAsync<ProviderErrorException>(() =>
            registry.InvokeAsync(new InvokeRequest("fireworks:index:getNothing", NoProperties), CancellationToken.None));

        Assert.Equal(ProviderErrorCode.InvalidArgument, error.Code);
        Assert.Contains("fireworks:index:getThing", error.Message, StringComparison.Ordinal);
    }
}
