using Pulumi.Fireworks.Provider.Plugin;

namespace Pulumi.Fireworks.Provider.Tests.Plugin;

public sealed class CancellationRootTests
{
    [Fact]
    public async Task Cancel_CancelsEveryLinkedCall()
    {
        using var root = new CancellationRoot();
        using var first = root.Link(CancellationToken.None);
        using var second = root.Link(CancellationToken.None);

        root.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Task.Delay(Timeout.Infinite, first.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Task.Delay(Timeout.Infinite, second.Token));
    }

    [Fact]
    public void Link_CallTokenCancelled_CancelsOnlyThatCall()
    {
        using var root = new CancellationRoot();
        using var client = new CancellationTokenSource();
        using var linked = root.Link(client.Token);

        client.Cancel();

        Assert.True(linked.IsCancellationRequested);
        Assert.False(root.Token.IsCancellationRequested);
    }

    [Fact]
    public async Task Renew_AfterCancel_GivesNewCallsAFreshToken()
    {
        using var root = new CancellationRoot();
        var old = root.Token;
        root.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Task.Delay(Timeout.Infinite, old));

        root.Renew();

        Assert.False(root.Token.IsCancellationRequested);
    }

    [Fact]
    public async Task Renew_AfterShutdown_KeepsEverythingCancelled()
    {
        using var root = new CancellationRoot();
        var token = root.Token;
        root.Shutdown();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Task.Delay(Timeout.Infinite, token));

        root.Renew();

        Assert.True(root.Token.IsCancellationRequested);
    }
}
