using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Kernel;
using static Pulumi.Fireworks.Provider.Tests.Support.DeploymentProps;

namespace Pulumi.Fireworks.Provider.Tests.Resources.Kernel;

public sealed class InPlaceUpdateTests
{
    private static Task<int> Send(Exception failure) =>
        InPlaceUpdate.SendAsync<int>(() => throw failure, "thing things/1", new ErrorReporter([]));

    [Fact]
    public async Task SendAsync_CertainRejection_IsACleanFailureWithTheMappedCode()
    {
        var error = await Assert.ThrowsAsync<ProviderErrorException>(() => Send(new FireworksException("update thing", 400, "INVALID_ARGUMENT", 3, "bad", "r")));

        Assert.Equal(ProviderErrorCode.InvalidArgument, error.Code);
    }

    [Theory]
    [InlineData(409)]
    [InlineData(503)]
    [InlineData(0)]
    public async Task SendAsync_ConflictOrNoAnswer_IsAnUnknownOutcome(int status)
    {
        var error = await Assert.ThrowsAsync<ProviderErrorException>(() => Send(new FireworksException("update thing", status, null, null, "x", null)));

        Assert.Equal(ProviderErrorCode.Unknown, error.Code);
        Assert.Contains("updating thing things/1: the outcome is unknown", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StateOnly_SetsTheNewValuesOfUnheldInputs_AndDropsRemovedOnesAndDefaults()
    {
        var properties = new[]
        {
            new InputField("flag", PropertyChange.StateOnly), new InputField("gone", PropertyChange.StateOnly),
            new InputField("name", PropertyChange.UpdateInPlace),
        };

        var outputs = InPlaceUpdate.StateOnly(Map(("flag", false), ("gone", true), ("name", "old"), ("__defaults", new[] { "x" })),
            Map(("flag", true), ("name", "new")), properties);

        Assert.Equal(Map(("flag", true), ("name", "old")), outputs);
    }
}
