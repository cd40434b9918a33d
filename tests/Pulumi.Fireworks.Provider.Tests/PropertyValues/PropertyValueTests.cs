using Pulumi.Fireworks.Provider.PropertyValues;
using static Pulumi.Fireworks.Provider.Tests.Support.Values;

namespace Pulumi.Fireworks.Provider.Tests.PropertyValues;

public sealed class PropertyValueTests
{
    [Fact]
    public void Equals_MapsWithTheSameEntriesInAnotherOrder_AreEqual()
    {
        var left = PropertyValue.CreateMap(Map(("a", Number(1)), ("b", Text("x"))));
        var right = PropertyValue.CreateMap(Map(("b", Text("x")), ("a", Number(1))));

        Assert.Equal(left, right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    [Fact]
    public void Equals_SecretAndPlainOfTheSameValue_AreDifferent()
    {
        Assert.NotEqual(Secret(Text("k")), Text("k"));
    }

    [Fact]
    public void CreateSecret_OfASecret_DoesNotWrapTwice()
    {
        var secret = Secret(Text("k"));

        Assert.Same(secret, PropertyValue.CreateSecret(secret));
    }

    [Fact]
    public void ToString_NeverShowsASecret()
    {
        var value = PropertyValue.CreateMap(Map(
            ("apiKey", Secret(Text("fw-super-secret"))),
            ("keys", PropertyValue.CreateList([Secret(Text("dr-secret"))])),
            ("out", PropertyValue.CreateOutput(new PropertyOutput(Text("out-secret"), true, [])))));

        var text = value.ToString();

        Assert.DoesNotContain("fw-super", text, StringComparison.Ordinal);
        Assert.DoesNotContain("dr-", text, StringComparison.Ordinal);
        Assert.DoesNotContain("out-", text, StringComparison.Ordinal);
        Assert.Contains("[secret]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Unwrap_SecretOutput_GivesTheInnerValueAndSaysItWasSecret()
    {
        var value = PropertyValue.CreateOutput(new PropertyOutput(Secret(Text("v")), false, []));

        var inner = value.Unwrap(out var wasSecret);

        Assert.Equal(Text("v"), inner);
        Assert.True(wasSecret);
    }

    [Fact]
    public void ContainsSecrets_FindsASecretDeepInside()
    {
        var value = PropertyValue.CreateList([PropertyValue.CreateMap(Map(("x", Secret(Number(1)))))]);

        Assert.True(value.ContainsSecrets());
        Assert.False(PropertyValue.CreateList([Number(1)]).ContainsSecrets());
    }
}
