using System.Text.RegularExpressions;
using Fireworks.Emulator.Errors;
using Fireworks.Emulator.Validation;

namespace Fireworks.Emulator.State;

/// <summary>Deployment shapes and their versions; thread-safe.</summary>
internal sealed partial class ShapeStore(RandomSource random)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, StoredShape> shapes = new(StringComparer.Ordinal);

    [GeneratedRegex("^accounts/([^/]+)/deploymentShapes/([^/]+)(/versions/([^/]+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex ShapeName();

    [GeneratedRegex("^[a-z0-9]{8}$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionId();

    /// <summary>Adds a shape, or appends versions to an existing one; versions are timestamped from <paramref name="at"/> on.</summary>
    /// <exception cref="ArgumentException">The definition is malformed.</exception>
    public void Add(DeploymentShapeDefinition definition, DateTimeOffset at)
    {
        var match = ShapeName().Match(definition.Name ?? "");
        if (!match.Success || match.Groups[3].Success)
        {
            throw new ArgumentException($"shape name \"{definition.Name}\" is not of the form accounts/<account>/deploymentShapes/<shape>");
        }

        if (definition.Versions is null || definition.Versions.Any(v => v is null))
        {
            throw new ArgumentException("versions must be a list of version definitions");
        }

        foreach (var version in definition.Versions)
        {
            Check(version);
        }

        lock (gate)
        {
            if (!shapes.TryGetValue(definition.Name!, out var shape))
            {
                shape = new StoredShape { Name = definition.Name!, Account = match.Groups[1].Value, ShapeId = match.Groups[2].Value, CreateTime = at };
                shapes.Add(shape.Name, shape);
            }

            shape.DisplayName = definition.DisplayName ?? shape.DisplayName;
            shape.Description = definition.Description ?? shape.Description;
            var time = shape.Latest is { } latest && latest.CreateTime >= at ? latest.CreateTime : at;
            foreach (var version in definition.Versions)
            {
                var id = version.VersionId ?? NewVersionId(shape);
                if (shape.Version(id) is not null)
                {
                    throw new ArgumentException($"shape \"{shape.Name}\" already has a version \"{id}\"");
                }

                // Versions added together are a second apart, so "newest" is well defined.
                time = shape.Versions.IsEmpty ? time : time.AddSeconds(1);
                shape.AddVersion(new StoredShapeVersion(id, time, version with { VersionId = id }));
            }
        }
    }

    public StoredShape? Find(string account, string shapeId)
    {
        lock (gate)
        {
            return shapes.GetValueOrDefault($"accounts/{account}/deploymentShapes/{shapeId}");
        }
    }

    /// <summary>Shapes of one account, or of every account for <c>-</c>, in creation order.</summary>
    public List<StoredShape> List(string account)
    {
        lock (gate)
        {
            return [.. shapes.Values.Where(s => account == "-" || s.Account == account).OrderBy(s => s.CreateTime)];
        }
    }

    /// <summary>
    /// The version a deployment's <c>deploymentShape</c> names: an unversioned shape resolves to its latest validated
    /// version (latest of any status with <paramref name="skipShapeValidation"/>); a versioned one must exist and be
    /// validated unless <paramref name="skipShapeValidation"/>.
    /// </summary>
    /// <exception cref="ApiException">Unknown shape or version: 400 INVALID_ARGUMENT; no usable validated version: 400 FAILED_PRECONDITION.</exception>
    public ResolvedShape Resolve(string reference, bool skipShapeValidation)
    {
        var match = ShapeName().Match(reference);
        if (!match.Success)
        {
            throw ApiException.InvalidArgument($"deploymentShape \"{reference}\" is not of the form accounts/<account>/deploymentShapes/<shape>[/versions/<version>]");
        }

        lock (gate)
        {
            var shapeName = $"accounts/{match.Groups[1].Value}/deploymentShapes/{match.Groups[2].Value}";

            // [I] an unknown shape is a bad argument of the create/update request (400), not a missing resource.
            if (!shapes.TryGetValue(shapeName, out var shape))
            {
                throw ApiException.InvalidArgument($"deployment shape \"{shapeName}\" not found");
            }

            StoredShapeVersion version;
            if (match.Groups[4].Success)
            {
                version = shape.Version(match.Groups[4].Value)
                    ?? throw ApiException.InvalidArgument($"deployment shape version \"{reference}\" not found");
                if (!version.Definition.Validated && !skipShapeValidation)
                {
                    throw ApiException.FailedPrecondition($"deployment shape version \"{reference}\" is not validated; set skipShapeValidation=true to use it anyway");
                }
            }
            else
            {
                version = (skipShapeValidation ? shape.Latest : shape.LatestValidated)
                    ?? throw NoValidatedVersion(shapeName);
            }

            return new ResolvedShape(shape.VersionName(version), version);
        }
    }

    /// <summary>[I] chosen: a shape without a validated version is a failed precondition (400 code 9), not a missing shape.</summary>
    public static ApiException NoValidatedVersion(string shapeName) =>
        ApiException.FailedPrecondition($"deployment shape \"{shapeName}\" has no validated version; set skipShapeValidation=true to use its latest version");

    public void Clear()
    {
        lock (gate)
        {
            shapes.Clear();
        }
    }

    private static void Check(DeploymentShapeVersionDefinition version)
    {
        if (version.VersionId is { } id && !VersionId().IsMatch(id))
        {
            throw new ArgumentException($"version id \"{id}\" must be 8 lower-case letters or digits");
        }

        if (!KnownValues.AcceleratorTypes.Contains(version.AcceleratorType) || version.AcceleratorType == "ACCELERATOR_TYPE_UNSPECIFIED")
        {
            throw new ArgumentException($"unknown acceleratorType \"{version.AcceleratorType}\"");
        }

        if (version.Precision is { } precision && !KnownValues.Precisions.Contains(precision))
        {
            throw new ArgumentException($"unknown precision \"{precision}\"");
        }

        if (version.PresetType is { } preset && !KnownValues.ShapePresetTypes.Contains(preset))
        {
            throw new ArgumentException($"unknown presetType \"{preset}\"; allowed: {string.Join(", ", KnownValues.ShapePresetTypes)}");
        }

        if (version.AcceleratorCount < 1)
        {
            throw new ArgumentException("acceleratorCount must be at least 1");
        }
    }

    private string NewVersionId(StoredShape shape)
    {
        while (true)
        {
            var id = DeploymentIdFormat.Generate(random.Next);
            if (shape.Version(id) is null)
            {
                return id;
            }
        }
    }
}
