using System.Collections.Immutable;
using Microsoft.Extensions.Time.Testing;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Kernel;
using static Pulumi.Fireworks.Provider.Tests.Support.DeploymentProps;

namespace Pulumi.Fireworks.Provider.Tests.Resources.Kernel;

public sealed class KeepOnFailureTests
{
    private sealed record Thing(string State);

    private readonly FakeTimeProvider _time = new();
    private readonly ImmutableDictionary<string, PropertyValue> _inputs = Map(("size", 1));

    private KeepOnFailure<Thing> Keep(Thing? current, string secret = "s3cret") => new("things/1", _ => Task.FromResult(current),
        thing => Map(("state", thing?.State ?? "from inputs")), _inputs, new ErrorReporter([secret]), _time);

    [Fact]
    public async Task WaitAsync_TargetReached_ReturnsWhatTheWaitReturned()
    {
        var reached = await Keep(null).WaitAsync(_ => Task.FromResult<Thing?>(new Thing("READY")), _ => throw new InvalidOperationException(),
            null, CancellationToken.None);

        Assert.Equal("READY", reached!.State);
    }

    [Fact]
    public async Task WaitAsync_AnyFailure_IsAPartialFailureWithTheIdTheFreshestOutputsAndARedactedReason()
    {
        var failure = await Assert.ThrowsAsync<ResourceInitializationException>(() => Keep(new Thing("FAILED"))
            .WaitAsync(_ => throw new TimeoutException(), _ => new StoppedWait<Thing>("stopped near s3cret", new Thing("CREATING")),
                null, CancellationToken.None));

        Assert.Equal("things/1", failure.Id);
        Assert.Equal(PropertyValue.Create("FAILED"), failure.Properties["state"]);
        Assert.Equal(_inputs, failure.Inputs);
        Assert.DoesNotContain("s3cret", Assert.Single(failure.Reasons), StringComparison.Ordinal);
        Assert.True(failure.RefreshBeforeUpdate);
        Assert.IsType<TimeoutException>(failure.InnerException);
    }

    [Fact]
    public async Task WaitAsync_ReadFailsAfterwards_FallsBackToTheLastSeenThenTheKnownRecord()
    {
        var keep = new KeepOnFailure<Thing>("things/1", _ => throw new HttpRequestException("down"),
            thing => Map(("state", thing?.State ?? "from inputs")), _inputs, new ErrorReporter([]), _time);

        var seen = await Assert.ThrowsAsync<ResourceInitializationException>(() => keep.WaitAsync(_ => throw new TimeoutException(),
            _ => new StoppedWait<Thing>("r", new Thing("SEEN")), new Thing("KNOWN"), CancellationToken.None));
        var known = await Assert.ThrowsAsync<ResourceInitializationException>(() => keep.WaitAsync(_ => throw new TimeoutException(),
            _ => new StoppedWait<Thing>("r", null), new Thing("KNOWN"), CancellationToken.None));

        Assert.Equal(PropertyValue.Create("SEEN"), seen.Properties["state"]);
        Assert.Equal(PropertyValue.Create("KNOWN"), known.Properties["state"]);
    }

    [Fact]
    public async Task WaitAsync_ExplanationThatThrows_EndsWithThatCleanError()
    {
        var error = await Assert.ThrowsAsync<ProviderErrorException>(() => Keep(null).WaitAsync(_ => throw new TimeoutException(),
            _ => throw new ProviderErrorException(ProviderErrorCode.Aborted, "nothing is left"), null, CancellationToken.None));

        Assert.Equal(ProviderErrorCode.Aborted, error.Code);
    }

    [Fact]
    public async Task WaitAsync_Cancelled_StillAnswersWithTheIdWithoutReadingAgain()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();
        var reads = 0;
        var keep = new KeepOnFailure<Thing>("things/1", _ => { reads++; return Task.FromResult<Thing?>(new Thing("X")); },
            thing => Map(("state", thing?.State ?? "from inputs")), _inputs, new ErrorReporter([]), _time);

        var failure = await Assert.ThrowsAsync<ResourceInitializationException>(() => keep.WaitAsync(
            token => Task.FromCanceled<Thing?>(token), _ => new StoppedWait<Thing>("cancelled", null), null, cancel.Token));

        Assert.Equal("things/1", failure.Id);
        Assert.Equal(0, reads);
    }
}
