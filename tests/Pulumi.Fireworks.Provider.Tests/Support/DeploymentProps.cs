using System.Collections;
using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.PropertyValues;

namespace Pulumi.Fireworks.Provider.Tests.Support;

/// <summary>Builds property maps for Deployment tests from plain C# values (numbers become doubles, like the wire).</summary>
internal static class DeploymentProps
{
    public const string Urn = "urn:pulumi:dev::proj::fireworks:index:Deployment::chat";
    public const string Model = "accounts/fireworks/models/llama-v3p1-8b-instruct";

    /// <summary>Fireworks needs an accelerator type (or a deployment shape) on every create.</summary>
    public const string Accelerator = "NVIDIA_H100_80GB";
    public const string SecretKey = "SuperSecretKey123";
    public const string OtherSecretKey = "AnotherKey456";

    public static ImmutableDictionary<string, PropertyValue> Map(params (string Key, object? Value)[] entries) =>
        PropertyValue.EmptyMap.AddRange(entries.Select(entry => KeyValuePair.Create(entry.Key, Value(entry.Value))));

    /// <summary>Minimal valid program inputs plus the given entries (which win).</summary>
    /// <remarks>The base has an accelerator type unless the entries pick a deployment shape (Fireworks takes one).</remarks>
    public static ImmutableDictionary<string, PropertyValue> Valid(params (string Key, object? Value)[] entries) =>
        entries.Aggregate(
            entries.Any(entry => entry.Key == "deploymentShape")
                ? Map(("baseModel", Model))
                : Map(("baseModel", Model), ("acceleratorType", Accelerator)),
            (map, entry) => map.SetItem(entry.Key, Value(entry.Value)));

    public static PropertyValue Secret(object? value) => PropertyValue.CreateSecret(Value(value));

    public static PropertyValue Value(object? value) => value switch
    {
        null => PropertyValue.Null,
        PropertyValue property => property,
        string text => PropertyValue.Create(text),
        bool flag => PropertyValue.Create(flag),
        int number => PropertyValue.Create(number),
        double number => PropertyValue.Create(number),
        IDictionary dictionary => PropertyValue.CreateMap(dictionary.Keys.Cast<string>()
            .Select(key => KeyValuePair.Create(key, Value(dictionary[key])))),
        IEnumerable items => PropertyValue.CreateList(items.Cast<object?>().Select(Value)),
        _ => throw new ArgumentException($"unsupported test value {value}"),
    };

    public static Dictionary<string, object?> Obj(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(entry => entry.Key, entry => entry.Value);
}
