using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.Functions;

/// <summary>
/// The arguments of one Invoke, read with the kernel's <see cref="InputReader"/>: unknown names, wrong types, missing
/// required arguments and values not known yet become failures naming the argument (a secret argument's value is
/// never quoted). Remembers which arguments were secret so that the result can follow them.
/// </summary>
public sealed class FunctionArguments
{
    private readonly CheckFailureCollector _failures = new();
    private readonly InputReader _reader;
    private readonly List<string> _secretValues = [];

    /// <param name="args">The request's arguments (secrets wrapped, unknowns kept).</param>
    /// <param name="names">The function's argument names.</param>
    public FunctionArguments(ImmutableDictionary<string, PropertyValue> args, IReadOnlyCollection<string> names)
    {
        ArgumentNullException.ThrowIfNull(args);
        SecretNames = InputReader.Inspect(args, names, _failures);
        _reader = new InputReader(args, _failures);
    }

    /// <summary>The arguments that arrived secret, in whole or in part.</summary>
    public ImmutableHashSet<string> SecretNames { get; }

    /// <summary>The values of secret string arguments, for redacting messages that may echo them.</summary>
    public IReadOnlyList<string> SecretValues => _secretValues;

    public bool HasFailures => _failures.HasFailures;

    public ImmutableArray<CheckFailure> Failures => _failures.Failures;

    /// <summary>A string argument; null (and a failure when <paramref name="required"/>) when absent, unknown or mistyped.</summary>
    /// <param name="name">The argument.</param>
    /// <param name="required">True when the function cannot run without it.</param>
    /// <param name="expected">What a valid value looks like, for the "is required" failure.</param>
    public string? String(string name, bool required, string expected)
    {
        var value = _reader.String(name);
        if (value is null)
        {
            RequireIfNeeded(name, required, expected);
            return null;
        }

        if (!IsKnown(name, value))
        {
            return null;
        }

        if (SecretNames.Contains(name))
        {
            _secretValues.Add(value.Value);
        }

        return value.Value;
    }

    /// <summary>An optional boolean argument; null when absent, unknown or mistyped.</summary>
    public bool? Boolean(string name) => _reader.Boolean(name) is { } value && IsKnown(name, value) ? value.Value : null;

    /// <summary>Records a problem with an argument's value.</summary>
    public void Fail(string name, string reason) => _failures.Fail(name, reason);

    /// <summary>The value quoted for a message, or a placeholder when the argument is secret.</summary>
    public string Show(string name, string value) => _failures.Show(name, value);

    /// <summary>
    /// The result as the engine should store it: when any argument was secret, every value is secret (a function's
    /// result may derive from any of its arguments); otherwise unchanged (nested secrets such as keys stay).
    /// </summary>
    public ImmutableDictionary<string, PropertyValue> Seal(ImmutableDictionary<string, PropertyValue> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (SecretNames.IsEmpty)
        {
            return result;
        }

        return result.ToImmutableDictionary(entry => entry.Key, entry => entry.Value.IsSecret || entry.Value.IsNull
            ? entry.Value
            : PropertyValue.CreateSecret(entry.Value.ContainsSecrets() ? DiffValues.Plain(entry.Value) : entry.Value),
            StringComparer.Ordinal);
    }

    private void RequireIfNeeded(string name, bool required, string expected)
    {
        // A mistyped value was reported by the reader already; "is required" would only repeat it.
        if (required && !_failures.Failures.Any(failure => Names(failure, name)))
        {
            _failures.Fail(name, $"is required: {expected}");
        }
    }

    private bool IsKnown<T>(string name, Known<T> value)
    {
        if (value.IsUnknown)
        {
            _failures.Fail(name, "is not known yet (it comes from a resource that is not created yet, as in a preview); " +
                                 "a function needs a known value: call its output form (e.g. getDeploymentOutput), which " +
                                 "waits for it");
        }

        return value.IsKnown;
    }

    private static bool Names(CheckFailure failure, string name) =>
        failure.Property == name || failure.Reason.StartsWith($"property {name}:", StringComparison.Ordinal);
}
