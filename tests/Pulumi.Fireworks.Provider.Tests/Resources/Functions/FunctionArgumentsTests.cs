using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Functions;
using static Pulumi.Fireworks.Provider.Tests.Support.Values;

namespace Pulumi.Fireworks.Provider.Tests.Resources.Functions;

public sealed class FunctionArgumentsTests
{
    private static readonly string[] Names = ["name", "showDeleted"];

    [Fact]
    public void String_RequiredAndAbsent_FailsNamingTheArgumentAndItsForm()
    {
        var args = new FunctionArguments(Map(), Names);

        Assert.Null(args.String("name", required: true, "a deployment id"));

        var failure = Assert.Single(args.Failures);
        Assert.Equal("name", failure.Property);
        Assert.Equal("is required: a deployment id", failure.Reason);
    }

    [Fact]
    public void String_ExplicitNull_CountsAsAbsent()
    {
        var args = new FunctionArguments(Map(("name", PropertyValue.Null)), Names);

        Assert.Null(args.String("name", required: true, "a deployment id"));
        Assert.Equal("name", Assert.Single(args.Failures).Property);
    }

    [Fact]
    public void String_WrongType_FailsOnceSayingWhatWasExpected()
    {
        var args = new FunctionArguments(Map(("name", Number(3))), Names);

        Assert.Null(args.String("name", required: true, "a deployment id"));

        var failure = Assert.Single(args.Failures);
        Assert.Equal("name", failure.Property);
        Assert.Equal("must be a string; got a number", failure.Reason);
    }

    [Fact]
    public void String_Unknown_FailsSayingAFunctionNeedsAKnownValue()
    {
        var args = new FunctionArguments(Map(("name", PropertyValue.Unknown)), Names);

        Assert.Null(args.String("name", required: true, "a deployment id"));

        var failure = Assert.Single(args.Failures);
        Assert.Equal("name", failure.Property);
        Assert.Contains("is not known yet", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Boolean_WrongType_FailsNamingTheArgument()
    {
        var args = new FunctionArguments(Map(("showDeleted", Text("yes"))), Names);

        Assert.Null(args.Boolean("showDeleted"));

        var failure = Assert.Single(args.Failures);
        Assert.Equal("showDeleted", failure.Property);
        Assert.Equal("must be true or false; got a string", failure.Reason);
    }

    [Fact]
    public void Boolean_Given_IsRead()
    {
        var args = new FunctionArguments(Map(("showDeleted", PropertyValue.True)), Names);

        Assert.True(args.Boolean("showDeleted"));
        Assert.False(args.HasFailures);
    }

    [Fact]
    public void UnknownArgumentName_FailsWithADidYouMeanAndTheKnownNames()
    {
        var args = new FunctionArguments(Map(("Name", Text("x"))), Names);

        var failure = Assert.Single(args.Failures);
        Assert.Equal("Name", failure.Property);
        Assert.Contains("did you mean 'name'?", failure.Reason, StringComparison.Ordinal);
        Assert.Contains("name, showDeleted", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void SecretArgument_FailureNamesItInTheReasonAndNeverQuotesTheValue()
    {
        var args = new FunctionArguments(Map(("name", Secret(Text("hush-hush")))), Names);
        var value = args.String("name", required: true, "a deployment id")!;

        args.Fail("name", $"{args.Show("name", value)} is not a deployment id");

        var failure = Assert.Single(args.Failures);
        Assert.Equal(string.Empty, failure.Property);
        Assert.StartsWith("property name:", failure.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("hush-hush", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(["hush-hush"], args.SecretValues);
    }

    [Fact]
    public void Seal_AnySecretArgument_MakesEveryResultValueSecret()
    {
        var args = new FunctionArguments(Map(("name", Secret(Text("chat")))), Names);
        var result = Map(("state", Text("READY")), ("keys", PropertyValue.CreateList([Secret(Text("k"))])));

        var sealedResult = args.Seal(result);

        Assert.All(sealedResult.Values, value => Assert.True(value.IsSecret));
        Assert.True(sealedResult["keys"].TryGetSecret(out var keys));
        Assert.False(keys.ContainsSecrets());
    }

    [Fact]
    public void Seal_NoSecretArgument_KeepsTheResultAsItIs()
    {
        var args = new FunctionArguments(Map(("name", Text("chat"))), Names);
        var result = Map(("state", Text("READY")), ("keys", PropertyValue.CreateList([Secret(Text("k"))])));

        Assert.Same(result, args.Seal(result));
    }
}
