using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.PropertyValues;

namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>
/// Writes the outputs only the service computes. proto3 JSON leaves empty strings out, so an empty text is not an
/// output (it would read as a change from "unset"); numbers and flags are written when the service reported them.
/// </summary>
public static class ServiceOutputs
{
    public static void Text(ImmutableDictionary<string, PropertyValue>.Builder outputs, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            outputs[key] = PropertyValue.Create(value);
        }
    }

    public static void Integer(ImmutableDictionary<string, PropertyValue>.Builder outputs, string key, int? value)
    {
        if (value is { } number)
        {
            outputs[key] = PropertyValue.Create(number);
        }
    }

    public static void Flag(ImmutableDictionary<string, PropertyValue>.Builder outputs, string key, bool? value)
    {
        if (value is { } flag)
        {
            outputs[key] = PropertyValue.Create(flag);
        }
    }

    /// <summary>
    /// The <c>{code, message}</c> status object, when the service reported any part of it. The message is free text
    /// that may echo an input: <paramref name="redact"/> removes the secrets the caller knows.
    /// </summary>
    public static void Status(ImmutableDictionary<string, PropertyValue>.Builder outputs, string key, string? code,
        string? message, Func<string?, string?> redact)
    {
        if (code is null && message is null)
        {
            return;
        }

        outputs[key] = PropertyValue.CreateMap(
        [
            KeyValuePair.Create("code", PropertyValue.Create(code ?? string.Empty)),
            KeyValuePair.Create("message", PropertyValue.Create(redact(message) ?? string.Empty)),
        ]);
    }
}
