using Pulumi.Fireworks.Provider.Primitives;

namespace Pulumi.Fireworks.Provider.Tests.Primitives;

public sealed class DurationTextTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("60s", 60)]
    [InlineData("300s", 300)]
    [InlineData("5m", 300)]
    [InlineData("1h30m", 5400)]
    [InlineData("1.5h", 5400)]
    [InlineData("500ms", 0.5)]
    [InlineData("250ms", 0.25)]
    [InlineData("0.5s", 0.5)]
    [InlineData("2m30s", 150)]
    [InlineData("-5s", -5)]
    public void TryParse_GoAndProtoJsonForms_GiveTheDuration(string text, double seconds)
    {
        Assert.True(DurationText.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromSeconds(seconds), duration);
    }

    [Theory]
    [InlineData("300s", "300s")]
    [InlineData("5m", "300s")]
    [InlineData("10m0s", "600s")]
    [InlineData("1h30m", "5400s")]
    [InlineData("1.5s", "1.500s")]
    [InlineData("1.5h", "5400s")]
    [InlineData("500ms", "0.500s")]
    [InlineData("1us", "0.000001s")]
    [InlineData("100ns", "0.000000100s")]
    [InlineData("0", "0s")]
    [InlineData("0s", "0s")]
    [InlineData("-1.5s", "-1.500s")]
    public void Normalize_AcceptedForms_GiveTheFormTheServiceEchoes(string text, string expected)
    {
        Assert.Equal(expected, DurationText.Normalize(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("5")]
    [InlineData("60")]
    [InlineData("s")]
    [InlineData("m")]
    [InlineData("5 m")]
    [InlineData("5 minutes")]
    [InlineData("5d")]
    [InlineData("1h-5m")]
    [InlineData("1.2.3s")]
    [InlineData("soon")]
    public void Normalize_NotADuration_GivesNull(string? text)
    {
        Assert.False(DurationText.TryParse(text, out _));
        Assert.Null(DurationText.Normalize(text));
    }

    [Theory]
    [InlineData("70000000000000000000000000000h")]
    [InlineData("70000000000000000000000000000ns")]
    [InlineData("1h70000000000000000000000000000m")]
    public void TryParse_BeyondTheLargestDuration_IsRejectedWithoutThrowing(string text)
    {
        Assert.False(DurationText.TryParse(text, out _));
        Assert.Null(DurationText.Normalize(text));
    }

    [Fact]
    public void Format_TheLargestDurations_DoNotOverflow()
    {
        Assert.Equal("922337203685.477580700s", DurationText.Format(TimeSpan.MaxValue));
        Assert.Equal("-922337203685.477580800s", DurationText.Format(TimeSpan.MinValue));
    }
}
