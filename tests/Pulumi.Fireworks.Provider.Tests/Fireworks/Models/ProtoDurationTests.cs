using Pulumi.Fireworks.Provider.Fireworks.Models;

namespace Pulumi.Fireworks.Provider.Tests.Fireworks.Models;

public class ProtoDurationTests
{
    [Theory]
    [InlineData("300s", 300)]
    [InlineData("5m", 300)]
    [InlineData("1h30m", 5400)]
    [InlineData("1.5s", 1.5)]
    [InlineData("250ms", 0.25)]
    [InlineData("0", 0)]
    public void TryParse_ProtoAndGoForms_AreRead(string text, double seconds)
    {
        Assert.True(ProtoDuration.TryParse(text, out var value));
        Assert.Equal(TimeSpan.FromSeconds(seconds), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("5")]
    [InlineData("-5s")]
    [InlineData("5 minutes")]
    [InlineData("s")]
    public void TryParse_Garbage_IsRejected(string text)
    {
        Assert.False(ProtoDuration.TryParse(text, out _));
    }

    [Theory]
    [InlineData("5m", "300s")]
    [InlineData("1h", "3600s")]
    [InlineData("1.5s", "1.500s")]
    [InlineData("300s", "300s")]
    public void Normalize_GivesTheFormTheServiceEchoes(string text, string expected)
    {
        Assert.Equal(expected, ProtoDuration.Normalize(text));
    }

    [Fact]
    public void TryParse_BeyondTheLargestDuration_IsRejectedWithoutThrowing()
    {
        Assert.False(ProtoDuration.TryParse("70000000000000000000000000000h", out _));
        Assert.Equal("70000000000000000000000000000h", ProtoDuration.Normalize("70000000000000000000000000000h"));
    }
}
