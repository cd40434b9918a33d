using Pulumi.Fireworks.Provider.Resources.Functions;

namespace Pulumi.Fireworks.Provider.Tests.Resources.Functions;

public sealed class BoundedUniqueListTests
{
    private static BoundedUniqueList<(string? Key, int Version)> List(int limit, bool newerWins = false) =>
        new(limit, item => item.Key, newerWins ? (candidate, current) => candidate.Version > current.Version : null);

    [Fact]
    public void Add_SameKeyTwice_KeepsTheFirstInItsPlace()
    {
        var list = List(10);

        list.Add(("a", 1));
        list.Add(("b", 1));
        list.Add(("a", 2));

        Assert.Equal([("a", 1), ("b", 1)], list.Items);
    }

    [Fact]
    public void Add_WithAReplacingRule_PutsTheLaterItemInTheEarliersPlace()
    {
        var list = List(10, newerWins: true);

        list.Add(("a", 1));
        list.Add(("b", 1));
        list.Add(("a", 2));

        Assert.Equal([("a", 2), ("b", 1)], list.Items);
    }

    [Fact]
    public void Add_BeyondTheLimit_RefusesTheItemAndRecordsTheOverflow()
    {
        var list = List(2);

        Assert.True(list.Add(("a", 1)));
        Assert.True(list.Add(("b", 1)));
        Assert.False(list.Overflowed);
        Assert.False(list.Add(("c", 1)));

        Assert.True(list.Overflowed);
        Assert.Equal(["a", "b"], list.Items.Select(item => item.Key));
    }

    [Fact]
    public void Add_ARepeatAtTheLimit_IsNotAnOverflow()
    {
        var list = List(1);

        list.Add(("a", 1));

        Assert.True(list.Add(("a", 2)));
        Assert.False(list.Overflowed);
    }

    [Fact]
    public void Add_ItemsWithoutAKey_AreAllKept()
    {
        var list = List(10);

        list.Add((null, 1));
        list.Add((null, 1));

        Assert.Equal(2, list.Items.Count);
    }
}
