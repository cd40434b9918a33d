using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Tests.Resources.Kernel;

public sealed class LiveRecordTests
{
    private static Task<string?> Read(Func<CancellationToken, Task<string?>> read) =>
        LiveRecord.ReadAsync(read, state => state == "DELETED", new ErrorReporter([]), CancellationToken.None);

    [Theory]
    [InlineData("READY", "READY")]
    [InlineData("DELETED", null)]
    [InlineData(null, null)]
    public async Task ReadAsync_NotFoundOrAGoneState_IsNull(string? state, string? expected)
    {
        Assert.Equal(expected, await Read(_ => Task.FromResult(state)));
    }

    [Fact]
    public async Task ReadAsync_FailedRead_IsACleanMappedFailure()
    {
        var error = await Assert.ThrowsAsync<ProviderErrorException>(() =>
            Read(_ => throw new FireworksException("get thing", 403, "PERMISSION_DENIED", 7, "no", null)));

        Assert.Equal(ProviderErrorCode.PermissionDenied, error.Code);
    }
}
