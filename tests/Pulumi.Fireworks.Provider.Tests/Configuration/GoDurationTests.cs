using Pulumi.Fireworks.Provider.Configuration;

namespace Pulumi.Fireworks.Provider.Tests.Configuration;

public sealed class GoDurationTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("60s", 60)]
    [InlineData("300s", 300)]
    [InlineData("5m", 300)]
    [InlineData("1h30m", 5400)]
    [InlineData("1.5h", 5400)]
    [InlineData("500ms", 0.5)]
    [InlineData("0.5s", 0.5)]
    [InlineData("2m30s", 150)]
    public void TryParse_GoAndProtoJsonForms_GiveTheDuration(string text, double seconds)
    {
        Assert.True(GoDuration.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromSeconds(seconds), duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("60")]
    [InlineData("s")]
    [InlineData("5 m")]
    [InlineData("5d")]
    [InlineData("1h-5m")]
    public void TryParse_OtherText_Fails(string text)
    {
        Assert.False(GoDuration.TryParse(text, out _));
    }
}
