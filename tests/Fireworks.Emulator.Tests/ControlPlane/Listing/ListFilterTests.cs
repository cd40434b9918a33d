using Fireworks.Emulator.ControlPlane.Listing;
using Fireworks.Emulator.Errors;

namespace Fireworks.Emulator.Tests.ControlPlane.Listing;

public sealed class ListFilterTests
{
    private static readonly string[] Fields = ["display_name", "base_model", "state"];

    [Fact]
    public void Parse_QuotedAndBareTermsJoinedByAnd_GivesEachTerm()
    {
        var filter = ListFilter.Parse("display_name=\"a \\\"quoted\\\" AND name\" AND state=READY AND base_model = \"m\"", Fields);

        Assert.Equal(
            [new FilterTerm("display_name", "a \"quoted\" AND name"), new FilterTerm("state", "READY"), new FilterTerm("base_model", "m")],
            filter.Terms);
    }

    [Fact]
    public void Matches_RequiresEveryTerm()
    {
        var filter = ListFilter.Parse("state=READY AND base_model=\"m\"", Fields);

        Assert.True(filter.Matches(f => f == "state" ? "READY" : "m"));
        Assert.False(filter.Matches(f => f == "state" ? "READY" : "other"));
    }

    [Theory]
    [InlineData("annotations.team=\"ml\"", "\"annotations.team\" is not supported")]
    [InlineData("state>READY", "expected =")]
    [InlineData("state=READY OR state=FAILED", "joined by AND")]
    [InlineData("display_name=\"open", "unterminated")]
    [InlineData("=x", "expected a field name")]
    public void Parse_UnsupportedOrMalformed_IsInvalidArgument(string text, string message)
    {
        var error = Assert.Throws<ApiException>(() => ListFilter.Parse(text, Fields));

        Assert.Equal(GrpcCode.InvalidArgument, error.Code);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Empty_MatchesEverything() => Assert.True(ListFilter.Parse("  ", Fields).Matches(_ => null));
}
