using Pulumi.Fireworks.Provider.Protocol;

namespace Pulumi.Fireworks.Provider.Tests.Protocol;

public sealed class EngineTimeoutTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.MinValue)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void FromSeconds_NotAUsableTimeout_MeansTheProviderDefault(double seconds)
    {
        Assert.Null(EngineTimeout.FromSeconds(seconds));
    }

    [Theory]
    [InlineData(1.0, 10_000_000L)]
    [InlineData(1800.0, 18_000_000_000L)]
    [InlineData(0.25, 2_500_000L)]
    public void FromSeconds_OrdinaryTimeout_IsKept(double seconds, long ticks)
    {
        Assert.Equal(TimeSpan.FromTicks(ticks), EngineTimeout.FromSeconds(seconds));
    }

    [Theory]
    [InlineData(604_800.0)]
    [InlineData(604_800.5)]
    [InlineData(9_223_372_036.854775)] // the engine's largest: Go's max time.Duration in seconds
    [InlineData(9.3e11)] // beyond TimeSpan, which used to fail with INTERNAL (Overflow_TimeSpanTooLong)
    [InlineData(double.MaxValue)]
    public void FromSeconds_HugeTimeout_IsClampedToSevenDays(double seconds)
    {
        Assert.Equal(TimeSpan.FromDays(7), EngineTimeout.FromSeconds(seconds));
    }

    [Fact]
    public void FromSeconds_JustBelowTheMaximum_IsKept()
    {
        Assert.Equal(TimeSpan.FromDays(7) - TimeSpan.FromSeconds(1), EngineTimeout.FromSeconds(604_799.0));
    }

    [Theory]
    [InlineData(1e-9)] // Go's "1ns"
    [InlineData(double.Epsilon)]
    public void FromSeconds_BelowOneTick_StaysPositive(double seconds)
    {
        Assert.Equal(TimeSpan.FromTicks(1), EngineTimeout.FromSeconds(seconds));
    }

    [Fact]
    public void Maximum_LeavesRoomForTimestampArithmetic()
    {
        // What the resource layer does with a timeout: add it to now, to a Stopwatch timestamp, hand it to a timer.
        var maximum = EngineTimeout.Maximum;

        Assert.True(DateTimeOffset.MaxValue - DateTimeOffset.UtcNow > maximum);
        Assert.True(checked(maximum.Ticks * 100) > 0, "nanoseconds fit a long");
        Assert.True(maximum.TotalMilliseconds < uint.MaxValue - 1, "Task.Delay and CancelAfter accept it");
        using var source = new CancellationTokenSource();
        source.CancelAfter(maximum);
        Assert.False(source.IsCancellationRequested);
    }
}
