using System.Collections.Frozen;
using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Resources.Kernel;
using static Pulumi.Fireworks.Provider.Resources.Kernel.PropertyChange;

namespace Pulumi.Fireworks.Provider.Resources.DeployedModel;

/// <summary>
/// The properties of <c>fireworks:index:DeployedModel</c>, each declared once with what a change does
/// (<c>fireworks-api-more.md</c> §1.2: <c>deployment</c> and <c>model</c> cannot move in place; the flag of the load
/// request is never held by the service).
/// </summary>
public static class DeployedModelFields
{
    public static readonly InputField Deployment = new("deployment", Replace);
    public static readonly InputField Model = new("model", Replace);
    public static readonly InputField DisplayName = new("displayName", UpdateInPlace);
    public static readonly InputField Description = new("description", UpdateInPlace);
    public static readonly InputField Default = new("default", UpdateInPlace);
    public static readonly InputField Public = new("public", UpdateInPlace);
    public static readonly InputField ReplaceMergedAddon = new("replaceMergedAddon", StateOnly);

    /// <summary>Outputs only the service computes (besides every input).</summary>
    public const string Name = "name", State = "state", Status = "status", CreateTime = "createTime",
        UpdateTime = "updateTime", InferenceModel = "inferenceModel";

    /// <summary>Every input, in the order diffs list them.</summary>
    public static ImmutableArray<InputField> Inputs { get; } =
        [Deployment, Model, DisplayName, Description, Default, Public, ReplaceMergedAddon];

    public static ImmutableArray<string> InputNames { get; } = [.. Inputs.Select(field => field.Name)];

    public static FrozenDictionary<string, InputField> ByName { get; } =
        Inputs.ToFrozenDictionary(field => field.Name, StringComparer.Ordinal);

    /// <summary>The inputs a PATCH can change.</summary>
    public static ImmutableArray<InputField> Updatable { get; } = [.. Inputs.Where(field => field.Change == UpdateInPlace)];

    /// <summary>Fireworks' length limits (firectl): a display name under 64 characters, a description under 1000.</summary>
    public static ImmutableArray<(InputField Field, int MaxLength)> TextLimits { get; } = [(DisplayName, 63), (Description, 999)];
}
