using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.DeployedModel;

/// <summary>
/// The typed inputs of <c>fireworks:index:DeployedModel</c>. A null member was not set; an unknown
/// <see cref="Known{T}"/> holds the engine's value during preview. <see cref="SecretProperties"/> lists the inputs
/// that arrived secret: they are written back secret, and their values are redacted from every message.
/// </summary>
public sealed record DeployedModelInputs(
    Known<string>? Deployment,
    Known<string>? Model,
    Known<string>? DisplayName,
    Known<string>? Description,
    Known<bool>? Default,
    Known<bool>? Public,
    Known<bool>? ReplaceMergedAddon)
{
    public ImmutableHashSet<string> SecretProperties { get; init; } = ImmutableHashSet<string>.Empty;

    /// <summary>The known text values of secret inputs (for redacting messages).</summary>
    public IEnumerable<string> SecretValues =>
        new[]
            {
                (Field: DeployedModelFields.Deployment, Value: Deployment), (Field: DeployedModelFields.Model, Value: Model),
                (Field: DeployedModelFields.DisplayName, Value: DisplayName), (Field: DeployedModelFields.Description, Value: Description),
            }
            .Where(text => SecretProperties.Contains(text.Field.Name))
            .Select(text => Text(text.Value))
            .OfType<string>();

    /// <summary>Reads a property map; unknown names and type errors go to <paramref name="failures"/>.</summary>
    public static DeployedModelInputs Read(ImmutableDictionary<string, PropertyValue> properties, CheckFailureCollector failures)
    {
        var secrets = InputReader.Inspect(properties, DeployedModelFields.InputNames, failures);
        var reader = new InputReader(properties, failures);
        return new DeployedModelInputs(
            reader.String(DeployedModelFields.Deployment.Name),
            reader.String(DeployedModelFields.Model.Name),
            reader.String(DeployedModelFields.DisplayName.Name),
            reader.String(DeployedModelFields.Description.Name),
            reader.Boolean(DeployedModelFields.Default.Name),
            reader.Boolean(DeployedModelFields.Public.Name),
            reader.Boolean(DeployedModelFields.ReplaceMergedAddon.Name)) { SecretProperties = secrets };
    }

    /// <summary>The inputs as the engine stores them: secrets wrapped, unknowns as they came, unset ones left out.</summary>
    public ImmutableDictionary<string, PropertyValue> ToPropertyMap() => new InputWriter()
        .Add(DeployedModelFields.Deployment.Name, Deployment, InputWriter.Text)
        .Add(DeployedModelFields.Model.Name, Model, InputWriter.Text)
        .Add(DeployedModelFields.DisplayName.Name, DisplayName, InputWriter.Text)
        .Add(DeployedModelFields.Description.Name, Description, InputWriter.Text)
        .Add(DeployedModelFields.Default.Name, Default, InputWriter.Flag)
        .Add(DeployedModelFields.Public.Name, Public, InputWriter.Flag)
        .Add(DeployedModelFields.ReplaceMergedAddon.Name, ReplaceMergedAddon, InputWriter.Flag)
        .Build(SecretProperties);

    /// <summary>A text input's value, when set and known.</summary>
    public static string? Text(Known<string>? value) => value is { IsKnown: true } known ? known.Value : null;

    /// <summary>A flag's value, when set and known.</summary>
    public static bool? Flag(Known<bool>? value) => value is { IsKnown: true } known ? known.Value : null;

    public override string ToString() => $"DeployedModelInputs {PropertyValue.CreateMap(ToPropertyMap())}";
}
