using Pulumi.Fireworks.Provider.Fireworks.Waiting;

namespace Pulumi.Fireworks.Provider.Tests.Fireworks.Waiting;

public class PollScheduleTests
{
    [Fact]
    public void Next_StartsFastThenBacksOffToTheCap()
    {
        var schedule = new PollSchedule(new DeploymentWaitOptions());
        var elapsed = TimeSpan.Zero;
        var delays = new List<TimeSpan>();
        for (var i = 0; i < 25; i++)
        {
            var delay = schedule.Next(elapsed);
            delays.Add(delay);
            elapsed += delay;
        }

        Assert.Equal(TimeSpan.FromSeconds(0.5), delays[0]);
        Assert.All(delays.Take(10).Skip(1), d => Assert.Equal(TimeSpan.FromSeconds(1), d));
        Assert.Equal(TimeSpan.FromSeconds(15), delays[^1]);
        Assert.True(delays.Zip(delays.Skip(10)).All(pair => pair.First <= pair.Second));
    }

    [Fact]
    public void Next_NeverGoesBelowTheMinimumInterval()
    {
        var schedule = new PollSchedule(new DeploymentWaitOptions { MinInterval = TimeSpan.FromSeconds(15) });

        Assert.Equal(TimeSpan.FromSeconds(15), schedule.Next(TimeSpan.Zero));
        Assert.Equal(TimeSpan.FromSeconds(15), schedule.Next(TimeSpan.FromSeconds(15)));
    }

    [Fact]
    public void Next_ShortBudget_StretchesOnlyThatDelay()
    {
        var schedule = new PollSchedule(new DeploymentWaitOptions());

        Assert.Equal(TimeSpan.FromSeconds(40), schedule.Next(TimeSpan.Zero, TimeSpan.FromSeconds(40)));

        // The back-off goes on from the schedule's own 0.5 s (1 s × 1.5), not from the 40 s the budget imposed.
        Assert.Equal(TimeSpan.FromSeconds(1.5), schedule.Next(TimeSpan.FromSeconds(40), TimeSpan.Zero));
    }
}
