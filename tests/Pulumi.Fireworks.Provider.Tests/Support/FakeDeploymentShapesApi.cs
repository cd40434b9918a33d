using System.Runtime.CompilerServices;
using Pulumi.Fireworks.Provider.Fireworks.DeploymentShapes;

namespace Pulumi.Fireworks.Provider.Tests.Support;

/// <summary>
/// An <see cref="IDeploymentShapesApi"/> that answers every version list with the scripted versions (whatever the
/// filter: a fake that ignores it shows the caller does its own selection), records the calls, and can fail after
/// handing out the versions.
/// </summary>
internal sealed class FakeDeploymentShapesApi : IDeploymentShapesApi
{
    public List<DeploymentShapeVersion> Versions { get; } = [];

    public List<(ShapeName Shape, ListDeploymentShapeVersionsOptions? Options)> Calls { get; } = [];

    /// <summary>Thrown once the versions are handed out (null: the list ends normally).</summary>
    public Exception? Failure { get; set; }

    /// <summary>How many versions the caller read.</summary>
    public int Pulled { get; private set; }

    public static DeploymentShapeVersion Version(string shape, string version, bool latestValidated, string accelerator = "NVIDIA_H100_80GB",
        int count = 1, string createTime = "2026-01-01T00:00:00Z", string? baseModel = DeploymentProps.Model) => new()
    {
        Name = $"{shape}/versions/{version}",
        CreateTime = createTime,
        Validated = latestValidated ? true : null,
        LatestValidated = latestValidated ? true : null,
        Snapshot = new DeploymentShape
        {
            Name = shape,
            BaseModel = baseModel,
            AcceleratorType = accelerator,
            AcceleratorCount = count,
            Precision = "FP8",
        },
    };

    public async IAsyncEnumerable<DeploymentShapeVersion> ListVersionsAsync(ShapeName shape,
        ListDeploymentShapeVersionsOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Calls.Add((shape, options));
        await Task.CompletedTask;
        foreach (var version in Versions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Pulled++;
            yield return version;
        }

        if (Failure is not null)
        {
            throw Failure;
        }
    }
}
