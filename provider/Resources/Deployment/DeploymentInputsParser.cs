using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Primitives;
using Pulumi.Fireworks.Provider.PropertyValues;
using Names = Pulumi.Fireworks.Provider.Resources.Deployment.DeploymentPropertyNames;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.Deployment;

/// <summary>
/// Reads a property map into <see cref="DeploymentInputs"/>. Numbers arrive as doubles; secrets are unwrapped and
/// remembered; a value holding an unknown becomes an unknown <see cref="Known{T}"/>; null counts as not set. Type
/// errors and unknown property names go to the collector; the parse itself never fails.
/// </summary>
public static class DeploymentInputsParser
{
    public static DeploymentInputs Parse(ImmutableDictionary<string, PropertyValue> properties,
        CheckFailureCollector failures)
    {
        failures.MarkSecret(Names.DirectRouteApiKeys);
        var secrets = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        secrets.Add(Names.DirectRouteApiKeys);
        foreach (var (name, value) in properties)
        {
            if (IsInternal(name))
            {
                continue;
            }

            if (!Names.Inputs.Contains(name))
            {
                failures.Fail(name, UnknownPropertyReason(name, Names.Inputs));
                continue;
            }

            if (value.ContainsSecrets())
            {
                secrets.Add(name);
                failures.MarkSecret(name);
            }
        }

        var reader = new Reader(properties, failures);
        return new DeploymentInputs
        {
            BaseModel = reader.String(Names.BaseModel),
            DeploymentId = reader.String(Names.DeploymentId),
            DisplayName = reader.String(Names.DisplayName),
            Description = reader.String(Names.Description),
            AcceleratorType = reader.String(Names.AcceleratorType),
            AcceleratorCount = reader.Integer(Names.AcceleratorCount),
            Precision = reader.String(Names.Precision),
            DeploymentShape = reader.String(Names.DeploymentShape),
            MinReplicaCount = reader.Integer(Names.MinReplicaCount),
            MaxReplicaCount = reader.Integer(Names.MaxReplicaCount),
            AutoscalingPolicy = reader.Policy(Names.AutoscalingPolicy),
            Region = reader.String(Names.Region),
            MultiRegion = reader.String(Names.MultiRegion),
            Regions = reader.StringList(Names.Regions),
            DirectRouteType = reader.String(Names.DirectRouteType),
            DirectRouteApiKeys = reader.StringList(Names.DirectRouteApiKeys),
            EnableAddons = reader.Boolean(Names.EnableAddons),
            MaxContextLength = reader.Integer(Names.MaxContextLength),
            DraftModel = reader.String(Names.DraftModel),
            DraftTokenCount = reader.Integer(Names.DraftTokenCount),
            NgramSpeculationLength = reader.Integer(Names.NgramSpeculationLength),
            Annotations = reader.StringMap(Names.Annotations),
            WaitForReady = reader.Boolean(Names.WaitForReady) ?? Known<bool>.Of(DeploymentDefaults.WaitForReady),
            HardDelete = reader.Boolean(Names.HardDelete) ?? Known<bool>.Of(DeploymentDefaults.HardDelete),
            IgnoreChecksOnDelete = reader.Boolean(Names.IgnoreChecksOnDelete)
                ?? Known<bool>.Of(DeploymentDefaults.IgnoreChecksOnDelete),
            SecretProperties = secrets.ToImmutable(),
            DefaultedProperties = DefaultedIn(properties),
        };
    }

    /// <summary>Keys starting with <c>__</c> belong to the provider or engine, never to the user.</summary>
    public static bool IsInternal(string name) => name.StartsWith("__", StringComparison.Ordinal);

    public static string UnknownPropertyReason(string name, IEnumerable<string> known)
    {
        var list = known.ToList();
        var suggestion = NameSuggestion.Closest(name, list);
        var hint = suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?";
        return $"unknown property '{name}'{hint} Known properties are: {string.Join(", ", list)}";
    }

    private static ImmutableHashSet<string> DefaultedIn(ImmutableDictionary<string, PropertyValue> properties)
    {
        if (!properties.TryGetValue(Names.Defaults, out var value) || !value.Unwrap(out _).TryGetList(out var items))
        {
            return ImmutableHashSet<string>.Empty;
        }

        return items.Select(item => item.Unwrap(out _).TryGetString(out var text) ? text : null)
            .OfType<string>()
            .Where(Names.Inputs.Contains)
            .ToImmutableHashSet(StringComparer.Ordinal);
    }

    private readonly struct Reader(ImmutableDictionary<string, PropertyValue> map, CheckFailureCollector failures)
    {
        public Known<string>? String(string name) => Read<string>(map, name, name, TryString, "a string");

        public Known<int>? Integer(string name) => Read<int>(map, name, name, TryInteger, "a whole number (up to 2147483647)");

        public Known<bool>? Boolean(string name) => Read<bool>(map, name, name, TryBoolean, "true or false");

        public Known<IReadOnlyList<string>>? StringList(string name)
        {
            var collector = failures;
            return Read<IReadOnlyList<string>>(map, name, name, (PropertyValue value, out IReadOnlyList<string> list) =>
            {
                list = [];
                if (!value.TryGetList(out var items))
                {
                    return false;
                }

                var result = new List<string>(items.Length);
                for (var i = 0; i < items.Length; i++)
                {
                    if (items[i].Unwrap(out _).TryGetString(out var text))
                    {
                        result.Add(text);
                    }
                    else
                    {
                        collector.Fail($"{name}[{i}]", $"must be a string; got {Describe(items[i])}");
                    }
                }

                list = result;
                return true;
            }, "a list of strings");
        }

        public Known<IReadOnlyDictionary<string, string>>? StringMap(string name)
        {
            var collector = failures;
            return Read<IReadOnlyDictionary<string, string>>(map, name, name,
                (PropertyValue value, out IReadOnlyDictionary<string, string> result) =>
                {
                    result = ImmutableDictionary<string, string>.Empty;
                    if (!value.TryGetMap(out var entries))
                    {
                        return false;
                    }

                    var builder = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
                    foreach (var (key, item) in entries)
                    {
                        if (item.Unwrap(out _).TryGetString(out var text))
                        {
                            builder[key] = text;
                        }
                        else
                        {
                            collector.Fail(PropertyPath.Child(name, key), $"must be a string; got {Describe(item)}");
                        }
                    }

                    result = builder.ToImmutable();
                    return true;
                }, "a map of strings");
        }

        public Known<AutoscalingPolicyInput>? Policy(string name)
        {
            if (!map.TryGetValue(name, out var raw))
            {
                return null;
            }

            var value = raw.Unwrap(out _);
            if (value.IsNull)
            {
                return null;
            }

            if (value.IsUnknown)
            {
                return Known<AutoscalingPolicyInput>.Unknown(raw);
            }

            if (!value.TryGetMap(out var fields))
            {
                failures.Fail(name, $"must be an object with {string.Join(", ", Names.AutoscalingPolicyInputs)}; got {Describe(value)}");
                return null;
            }

            foreach (var key in fields.Keys.Where(key => !Names.AutoscalingPolicyInputs.Contains(key)))
            {
                failures.Fail(PropertyPath.Child(name, key), UnknownPropertyReason(key, Names.AutoscalingPolicyInputs));
            }

            return Known<AutoscalingPolicyInput>.Of(new AutoscalingPolicyInput
            {
                ScaleUpWindow = Duration(fields, name, Names.ScaleUpWindow),
                ScaleDownWindow = Duration(fields, name, Names.ScaleDownWindow),
                ScaleToZeroWindow = Duration(fields, name, Names.ScaleToZeroWindow),
                LoadTargets = LoadTargets(fields, name),
            });
        }

        private Known<TimeSpan>? Duration(ImmutableDictionary<string, PropertyValue> fields, string parent, string name)
        {
            var path = PropertyPath.Child(parent, name);
            var collector = failures;
            return Read(fields, name, path, (PropertyValue value, out TimeSpan duration) =>
            {
                duration = TimeSpan.Zero;
                if (!value.TryGetString(out var text))
                {
                    return false;
                }

                if (!DurationText.TryParse(text, out duration))
                {
                    collector.Fail(path, $"{collector.Show(path, text)} is not a duration; use {DurationText.AllowedForms}");
                }

                return true;
            }, "a duration string");
        }

        private Known<IReadOnlyDictionary<string, double>>? LoadTargets(
            ImmutableDictionary<string, PropertyValue> fields, string parent)
        {
            var path = PropertyPath.Child(parent, Names.LoadTargets);
            var collector = failures;
            return Read<IReadOnlyDictionary<string, double>>(fields, Names.LoadTargets, path,
                (PropertyValue value, out IReadOnlyDictionary<string, double> result) =>
                {
                    result = ImmutableDictionary<string, double>.Empty;
                    if (!value.TryGetMap(out var entries))
                    {
                        return false;
                    }

                    var builder = ImmutableDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
                    foreach (var (key, item) in entries)
                    {
                        if (item.Unwrap(out _).TryGetNumber(out var number))
                        {
                            builder[key] = number;
                        }
                        else
                        {
                            collector.Fail(PropertyPath.Child(path, key), $"must be a number; got {Describe(item)}");
                        }
                    }

                    result = builder.ToImmutable();
                    return true;
                }, "a map of numbers");
        }

        private Known<T>? Read<T>(ImmutableDictionary<string, PropertyValue> source, string key, string path,
            TryConvert<T> convert, string expected)
        {
            if (!source.TryGetValue(key, out var raw))
            {
                return null;
            }

            var value = raw.Unwrap(out _);
            if (value.IsNull)
            {
                return null;
            }

            if (value.ContainsUnknowns())
            {
                return Known<T>.Unknown(raw);
            }

            if (convert(value, out var result))
            {
                return Known<T>.Of(result);
            }

            failures.Fail(path, $"must be {expected}; got {Describe(value)}");
            return null;
        }
    }

    private delegate bool TryConvert<T>(PropertyValue value, out T result);

    private static bool TryString(PropertyValue value, out string result) => value.TryGetString(out result);

    private static bool TryBoolean(PropertyValue value, out bool result) => value.TryGetBool(out result);

    private static bool TryInteger(PropertyValue value, out int result)
    {
        result = 0;
        if (!value.TryGetNumber(out var number) || double.IsNaN(number) || Math.Floor(number) != number
            || number < int.MinValue || number > int.MaxValue)
        {
            return false;
        }

        result = (int)number;
        return true;
    }

    /// <summary>The kind of a value for a message; never the value itself (it could be secret).</summary>
    private static string Describe(PropertyValue value) => value.Unwrap(out _).Kind switch
    {
        PropertyValueKind.Null => "null",
        PropertyValueKind.Bool => "a boolean",
        PropertyValueKind.Number when value.Unwrap(out _).TryGetNumber(out var n) && Math.Floor(n) != n =>
            "a number with a fraction",
        PropertyValueKind.Number => "a number",
        PropertyValueKind.String => "a string",
        PropertyValueKind.List => "a list",
        PropertyValueKind.Map => "an object",
        PropertyValueKind.Asset => "an asset",
        PropertyValueKind.Archive => "an archive",
        PropertyValueKind.ResourceReference => "a resource reference",
        _ => "an unsupported value",
    };
}
