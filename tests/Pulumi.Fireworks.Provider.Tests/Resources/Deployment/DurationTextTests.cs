using Pulumi.Fireworks.Provider.Resources.Deployment;

namespace Pulumi.Fireworks.Provider.Tests.Resources.Deployment;

public sealed class DurationTextTests
{
    [Theory]
    [InlineData("300s", "300s")]
    [InlineData("5m", "300s")]
    [InlineData("10m0s", "600s")]
    [InlineData("1h30m", "5400s")]
    [InlineData("1.5s", "1.5s")]
    [InlineData("1.5h", "5400s")]
    [InlineData("500ms", "0.5s")]
    [InlineData("0", "0s")]
    [InlineData("0s", "0s")]
    public void Normalize_AcceptedForms_GiveTheProtobufJsonForm(string text, string expected)
    {
        Assert.Equal(expected, DurationText.Normalize(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("5")]
    [InlineData("5 m")]
    [InlineData("m")]
    [InlineData("5d")]
    [InlineData("1.2.3s")]
    [InlineData("soon")]
    public void Normalize_NotADuration_GivesNull(string text)
    {
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
}
