using Pulumi.Fireworks.Provider.Fireworks.Resilience;

namespace Pulumi.Fireworks.Provider.Tests.Fireworks.Resilience;

public class SlidingWindowTests
{
    private static readonly TimeSpan Span = TimeSpan.FromSeconds(60.25);

    [Fact]
    public void Count_AnsweredRequest_LeavesOneSpanAfterItsAnswer()
    {
        var window = new SlidingWindow(Span);
        window.Start();
        window.Finish(TimeSpan.FromSeconds(3), accepted: true);

        Assert.Equal(1, window.Count(TimeSpan.FromSeconds(3) + Span - TimeSpan.FromTicks(1)));
        Assert.Equal(0, window.Count(TimeSpan.FromSeconds(3) + Span));
    }

    [Fact]
    public void Count_RequestInFlight_CountsWhateverTheTime()
    {
        var window = new SlidingWindow(Span);
        window.Start();

        Assert.Equal(1, window.Count(TimeSpan.FromHours(1)));
        Assert.Null(window.NextLeavesAt(TimeSpan.FromHours(1)));
    }

    [Fact]
    public void Accepted_CountsOnlyRequestsAnsweredWithoutA429()
    {
        var window = new SlidingWindow(Span);
        for (var i = 0; i < 3; i++)
        {
            window.Start();
        }

        window.Finish(TimeSpan.FromSeconds(1), accepted: false);
        window.Finish(TimeSpan.FromSeconds(2), accepted: true);
        window.Finish(TimeSpan.FromSeconds(3), accepted: true);

        Assert.Equal(3, window.Count(TimeSpan.FromSeconds(4)));
        Assert.Equal(2, window.Accepted(TimeSpan.FromSeconds(4)));
        Assert.Equal(TimeSpan.FromSeconds(2) + Span, window.OldestAcceptedLeavesAt(TimeSpan.FromSeconds(4)));
        Assert.Equal(TimeSpan.FromSeconds(1) + Span, window.NextLeavesAt(TimeSpan.FromSeconds(4)));
    }
}
