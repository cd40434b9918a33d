using Fireworks.Emulator.Validation;

namespace Fireworks.Emulator.Tests.Validation;

public sealed class ProtoDurationTests
{
    [Theory]
    [InlineData("300s", 300_000)]
    [InlineData("0s", 0)]
    [InlineData("0.25s", 250)]
    public void TryParse_ProtoJsonDuration_Succeeds(string text, int milliseconds)
    {
        Assert.True(ProtoDuration.TryParse(text, out var value));
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), value);
    }

    [Theory]
    [InlineData("5m")]
    [InlineData("1h30m")]
    [InlineData("300")]
    [InlineData("s")]
    public void TryParse_NonProtoJsonDuration_Fails(string text) => Assert.False(ProtoDuration.TryParse(text, out _));

    [Theory]
    [InlineData(600_000, "600s")]
    [InlineData(1_500, "1.500s")]
    public void Format_UsesWholeSecondsOrMillisecondPrecision(int milliseconds, string expected) =>
        Assert.Equal(expected, ProtoDuration.Format(TimeSpan.FromMilliseconds(milliseconds)));
}
