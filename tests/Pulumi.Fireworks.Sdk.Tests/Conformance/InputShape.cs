namespace Pulumi.Fireworks.Sdk.Tests.Conformance;

/// <summary>Which generated input class is checked: the shapes differ in nested type names and attribute flags.</summary>
internal enum InputShape
{
    /// <summary>Resource or object-type arguments: nested objects are <c>Inputs.XArgs</c>, required inputs are required.</summary>
    Args,

    /// <summary>Lookup state for <c>Get</c>: nested objects are <c>Inputs.XGetArgs</c>, nothing is required.</summary>
    State,

    /// <summary>Provider arguments: like Args, and non-string inputs are sent JSON-encoded (<c>json: true</c>).</summary>
    Provider,
}
