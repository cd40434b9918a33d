using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Pulumi.Fireworks.Provider.Fireworks.DeploymentShapes;
using Pulumi.Fireworks.Provider.Fireworks.Models;

namespace Pulumi.Fireworks.Provider.Tests.Fireworks.DeploymentShapes;

/// <summary>
/// The shape wire models against the 4.259.0 reply schemas the emulator's tests keep
/// (<c>tests/Fireworks.Emulator.Tests/Spec/gateway-replies-4.259.0.json</c>): every field read, each with the type
/// the spec gives it (int64 as a long read from a string, enums and timestamps as strings).
/// </summary>
public sealed class DeploymentShapeTests
{
    private static readonly JsonElement SpecTypes = LoadSpecTypes();

    public static TheoryData<string, string> WireTypes => new()
    {
        { "gatewayDeploymentShape", nameof(DeploymentShape) },
        { "gatewayDeploymentShapeVersion", nameof(DeploymentShapeVersion) },
        { "gatewayListDeploymentShapeVersionsResponse", nameof(DeploymentShapeVersionList) },
    };

    [Theory]
    [MemberData(nameof(WireTypes))]
    public void EveryFieldOfTheSpec_IsReadWithTheTypeTheSpecGivesIt(string specType, string wireType)
    {
        var read = Info(wireType).Properties.ToDictionary(property => property.Name, property => property.PropertyType);

        Assert.All(SpecTypes.GetProperty(specType).EnumerateObject(), field =>
        {
            Assert.True(read.TryGetValue(field.Name, out var type), $"{wireType} does not read '{field.Name}'");
            Assert.Equal(Expected(field.Value), type);
        });
    }

    private static JsonTypeInfo Info(string wireType) => wireType switch
    {
        nameof(DeploymentShape) => FireworksJsonContext.Default.DeploymentShape,
        nameof(DeploymentShapeVersion) => FireworksJsonContext.Default.DeploymentShapeVersion,
        _ => FireworksJsonContext.Default.DeploymentShapeVersionList,
    };

    private static Type Expected(JsonElement type)
    {
        if (type.ValueKind == JsonValueKind.String)
        {
            return type.GetString() switch
            {
                "string" or "timestamp" or "duration" => typeof(string),
                "int32" => typeof(int?),
                "int64" => typeof(long?),
                "bool" => typeof(bool?),
                "number" => typeof(double?),
                var other => throw new InvalidOperationException($"unexpected spec type {other}"),
            };
        }

        if (type.TryGetProperty("enum", out _))
        {
            return typeof(string);
        }

        if (type.TryGetProperty("object", out var name))
        {
            return name.GetString() == "gatewayDeploymentShape" ? typeof(DeploymentShape) : typeof(DeploymentShapeVersion);
        }

        var item = type.GetProperty("array");
        return typeof(IReadOnlyList<>).MakeGenericType(Expected(item));
    }

    private static JsonElement LoadSpecTypes()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Pulumi.Fireworks.sln")))
        {
            directory = directory.Parent;
        }

        var path = Path.Combine(directory?.FullName ?? throw new InvalidOperationException("repository root not found"),
            "tests", "Fireworks.Emulator.Tests", "Spec", "gateway-replies-4.259.0.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("types").Clone();
    }
}
