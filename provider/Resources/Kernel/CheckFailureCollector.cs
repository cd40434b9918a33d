using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Contracts;

namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>
/// Collects check failures and warnings. A failure on a secret input gets an empty property name (the engine
/// prints the value next to a named property) and names the property in the reason instead; reasons about
/// secret inputs never quote the value (use <see cref="Show"/>).
/// </summary>
public sealed class CheckFailureCollector
{
    private readonly List<CheckFailure> _failures = [];
    private readonly List<string> _warnings = [];
    private readonly HashSet<string> _secretProperties = new(StringComparer.Ordinal);

    public bool HasFailures => _failures.Count > 0;

    public ImmutableArray<CheckFailure> Failures => [.. _failures];

    /// <summary>Messages worth telling the user that do not stop the update (e.g. an unlisted region).</summary>
    public ImmutableArray<string> Warnings => [.. _warnings];

    public void MarkSecret(string property) => _secretProperties.Add(property);

    public bool IsSecret(string path) => _secretProperties.Contains(TopLevel(path));

    public void Fail(string path, string reason)
    {
        _failures.Add(IsSecret(path)
            ? new CheckFailure(string.Empty, $"property {path}: {reason}")
            : new CheckFailure(path, reason));
    }

    public void Warn(string message) => _warnings.Add(message);

    /// <summary>The value quoted for a message, or a placeholder when the property is secret.</summary>
    public string Show(string path, string value) => IsSecret(path) ? "(a secret value, not shown)" : $"\"{value}\"";

    private static string TopLevel(string path)
    {
        var end = path.IndexOfAny(['.', '[']);
        return end < 0 ? path : path[..end];
    }
}
