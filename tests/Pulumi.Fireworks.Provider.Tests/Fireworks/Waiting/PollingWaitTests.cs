using Microsoft.Extensions.Time.Testing;
using Pulumi.Fireworks.Provider.Fireworks.Waiting;
using Pulumi.Fireworks.Provider.Tests.Support;

namespace Pulumi.Fireworks.Provider.Tests.Fireworks.Waiting;

public sealed class PollingWaitTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task WaitAsync_PollsOnTheScheduleUntilReached_AndReportsEachPollBeforeJudgingIt()
    {
        var states = new Queue<string>(["a", "a", "b"]);
        var seen = new List<string?>();
        var polledAt = new List<TimeSpan>();
        var start = _time.GetTimestamp();
        var wait = new PollingWait<string>(_ => Task.FromResult<string?>(states.Dequeue()), state => state == "b",
            new PollSettings(), _time, state => { seen.Add(state); polledAt.Add(_time.GetElapsedTime(start)); });

        var last = await _time.RunAsync(() => wait.WaitAsync(_ => new TimeoutException()), TimeSpan.FromMilliseconds(10));

        Assert.Equal("b", last);
        Assert.Equal(["a", "a", "b"], seen);
        Assert.Equal(3, wait.Polls);
        Assert.True(wait.HasCompleted);
        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1.5)], polledAt);
    }

    [Fact]
    public async Task WaitAsync_JudgeThrows_EndsTheWaitWithThatFailure()
    {
        var wait = new PollingWait<string>(_ => Task.FromResult<string?>("broken"),
            _ => throw new InvalidOperationException("failed"), new PollSettings(), _time);

        await Assert.ThrowsAsync<InvalidOperationException>(() => _time.RunAsync(() => wait.WaitAsync(_ => new TimeoutException())));
        Assert.Equal(1, wait.Polls);
    }

    [Fact]
    public async Task WaitAsync_TimeoutPasses_ThrowsTheCallersExceptionWithTheElapsedTime_AfterALastPollOnTheDeadline()
    {
        var wait = new PollingWait<string>(_ => Task.FromResult<string?>("a"), _ => false,
            new PollSettings { Timeout = TimeSpan.FromSeconds(30) }, _time);

        var error = await Assert.ThrowsAsync<TimeoutException>(() => _time.RunAsync(
            () => wait.WaitAsync(elapsed => new TimeoutException(elapsed.ToString())), TimeSpan.FromMilliseconds(10)));

        Assert.Equal(TimeSpan.FromSeconds(30).ToString(), error.Message);
        Assert.Equal(TimeSpan.FromSeconds(30), wait.Elapsed);
    }
}
