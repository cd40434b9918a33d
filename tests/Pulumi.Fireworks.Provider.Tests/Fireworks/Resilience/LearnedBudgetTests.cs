using Pulumi.Fireworks.Provider.Fireworks.Resilience;

namespace Pulumi.Fireworks.Provider.Tests.Fireworks.Resilience;

public class LearnedBudgetTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    [Fact]
    public void Learn_FewerAcceptedThanTheSmallestBudget_KeepsTheSmallestBudget()
    {
        var budget = new LearnedBudget(10, Window);

        budget.Learn(3, TimeSpan.Zero);

        Assert.Equal(10, budget.Value);
    }

    [Fact]
    public void Grow_WindowWithoutHeldBackCallers_KeepsTheBudget()
    {
        var budget = new LearnedBudget(10, Window);
        budget.Learn(30, TimeSpan.Zero);

        budget.Grow(Window * 3, 6000, TimeSpan.Zero);

        Assert.Equal(30, budget.Value);
    }

    [Fact]
    public void Grow_HeldBackForAWindowSinceTheGateReopened_GrowsByFivePercentAtLeastOne()
    {
        var budget = new LearnedBudget(10, Window);
        budget.Learn(10, TimeSpan.Zero);
        var reopened = TimeSpan.FromSeconds(30);
        budget.NoteHeldBack();

        budget.Grow(reopened + Window - TimeSpan.FromSeconds(1), 6000, reopened);
        Assert.Equal(10, budget.Value);
        budget.Grow(reopened + Window, 6000, reopened);

        Assert.Equal(11, budget.Value);
    }

    [Fact]
    public void Grow_ReachingTheCap_ForgetsTheLearnedBudget()
    {
        var budget = new LearnedBudget(10, Window);
        budget.Learn(30, TimeSpan.Zero);
        budget.NoteHeldBack();

        budget.Grow(Window, 31, TimeSpan.Zero);

        Assert.Null(budget.Value);
    }
}
