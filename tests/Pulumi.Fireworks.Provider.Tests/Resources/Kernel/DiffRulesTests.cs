using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Tests.Resources.Kernel;

public sealed class DiffRulesTests
{
    [Fact]
    public void For_ComparesTheInputsInTheirOrderAndReplacesWhereTheirChangeDoes()
    {
        var rules = DiffRules.For(
        [
            new InputField("b", PropertyChange.Replace), new InputField("a", PropertyChange.UpdateInPlace),
            new InputField("c", PropertyChange.StateOnly),
        ]);

        Assert.Equal<string>(["b", "a", "c"], rules.Inputs);
        Assert.Equal<string>(["b"], rules.ReplaceOnChange);
    }
}
