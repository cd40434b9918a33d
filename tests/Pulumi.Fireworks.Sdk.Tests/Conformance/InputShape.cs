namespace Pulumi.Fireworks.Sdk.Tests.Conformance;

/// <summary>Which generated input class is checked: the shapes differ in nested type names, wrappers and attribute flags.</summary>
internal enum InputShape
{
    /// <summary>Resource or object-type arguments: nested objects are <c>Inputs.XArgs</c>, values are <c>Input&lt;T&gt;</c>.</summary>
    Args,

    /// <summary>Lookup state for <c>Get</c>: nested objects are <c>Inputs.XGetArgs</c>.</summary>
    State,

    /// <summary>Provider arguments: like Args, and non-string inputs are sent JSON-encoded (<c>json: true</c>).</summary>
    Provider,

    /// <summary>A function's <c>XArgs</c> for <c>InvokeAsync</c>: plain values (<c>string</c>, <c>bool?</c>), no Input wrappers.</summary>
    Plain,
}
