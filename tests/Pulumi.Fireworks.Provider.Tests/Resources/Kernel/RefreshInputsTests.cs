using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Kernel;
using static Pulumi.Fireworks.Provider.Tests.Support.DeploymentProps;

namespace Pulumi.Fireworks.Provider.Tests.Resources.Kernel;

public sealed class RefreshInputsTests
{
    private static readonly InputField Name = new("displayName", PropertyChange.UpdateInPlace);
    private static readonly InputField Count = new("count", PropertyChange.UpdateInPlace);
    private static readonly InputField Target = new("target", PropertyChange.Replace);
    private static readonly InputField Flag = new("flag", PropertyChange.StateOnly);
    private static readonly InputField Key = new("key", PropertyChange.UpdateInPlace) { MayBeWithheld = true };
    private static readonly InputField Policy = new("policy", PropertyChange.UpdateInPlace) { ServerFillsFields = true };
    private static readonly InputField[] All = [Name, Count, Target, Flag, Key, Policy];

    [Fact]
    public void Rebuild_ValueTheUserNeverDeclared_IsLeftOut()
    {
        var inputs = RefreshInputs.Rebuild(All, Map(("target", "t")), Map(("target", "t"), ("displayName", "server-made")));

        Assert.Equal(["target"], inputs.Keys);
    }

    [Fact]
    public void Rebuild_DeclaredValueTheServiceHolds_IsTheServicesValue()
    {
        var inputs = RefreshInputs.Rebuild(All, Map(("displayName", "mine")), Map(("displayName", "changed outside")));

        Assert.Equal(PropertyValue.Create("changed outside"), inputs["displayName"]);
    }

    [Fact]
    public void Rebuild_WhatTheServiceDoesNotReport_IsKeptFromTheOldInputs()
    {
        var old = Map(("flag", true), ("key", Secret("k")), ("count", 0), ("target", "t"));

        var inputs = RefreshInputs.Rebuild(All, old, Map());

        Assert.Equal(old, inputs);
    }

    [Fact]
    public void Rebuild_DeclaredInPlaceValueTheServiceNoLongerHolds_IsDrift()
    {
        var inputs = RefreshInputs.Rebuild(All, Map(("displayName", "mine"), ("count", 3)), Map());

        Assert.Empty(inputs);
    }

    [Fact]
    public void Rebuild_ObjectTheServiceFillsIn_KeepsOnlyTheDeclaredFields()
    {
        var inputs = RefreshInputs.Rebuild(All, Map(("policy", Obj(("a", 1)))), Map(("policy", Obj(("a", 2), ("b", 3)))));

        Assert.Equal(Value(Obj(("a", 2))), inputs["policy"]);
    }

    [Fact]
    public void Rebuild_DefaultsOfTheHeldMap_AreKept()
    {
        var inputs = RefreshInputs.Rebuild(All, Map(("target", "t")), Map(("target", "t"), ("__defaults", new[] { "target" })));

        Assert.True(inputs.ContainsKey("__defaults"));
    }
}
