using Pulumi.Fireworks.Provider.Primitives;
namespace Pulumi.Fireworks.Provider.Fireworks.Deployments;

/// <summary>
/// Decides whether a deployment found after a 409 on a retried create is the one this client sent (its lost first
/// attempt went through) rather than someone else's. Every field that was sent and that the service echoes must
/// agree; fields the service leaves empty, and fields the service fills on its own, are not held against it.
/// </summary>
internal static class CreatedDeploymentMatch
{
    /// <summary>Returns null when <paramref name="found"/> matches <paramref name="sent"/>, else the first difference.</summary>
    public static string? Difference(DeploymentSpec sent, Deployment found)
    {
        if (found.State is DeploymentStates.Deleted or DeploymentStates.Deleting)
        {
            return "the existing deployment is " + found.State;
        }

        if (!string.Equals(sent.BaseModel, found.BaseModel, StringComparison.Ordinal))
        {
            return "baseModel differs";
        }

        return Text("displayName", sent.DisplayName, found.DisplayName)
            ?? Text("description", sent.Description, found.Description)
            ?? Text("acceleratorType", sent.AcceleratorType, found.AcceleratorType)
            ?? Value("acceleratorCount", sent.AcceleratorCount, found.AcceleratorCount)
            ?? Text("precision", sent.Precision, found.Precision)
            ?? Shape(sent.DeploymentShape, found.DeploymentShape)
            ?? Value("minReplicaCount", sent.MinReplicaCount, found.MinReplicaCount)
            ?? Value("maxReplicaCount", sent.MaxReplicaCount, found.MaxReplicaCount)
            ?? Text("placement.region", sent.Placement?.Region, found.Placement?.Region)
            ?? Text("placement.multiRegion", sent.Placement?.MultiRegion, found.Placement?.MultiRegion)
            ?? List("placement.regions", sent.Placement?.Regions, found.Placement?.Regions)
            ?? Text("directRouteType", sent.DirectRouteType, found.DirectRouteType)
            ?? List("directRouteApiKeys", sent.DirectRouteApiKeys, found.DirectRouteApiKeys)
            ?? Value("enableAddons", sent.EnableAddons, found.EnableAddons)
            ?? Value("maxContextLength", sent.MaxContextLength, found.MaxContextLength)
            ?? Text("draftModel", sent.DraftModel, found.DraftModel)
            ?? Value("draftTokenCount", sent.DraftTokenCount, found.DraftTokenCount)
            ?? Value("ngramSpeculationLength", sent.NgramSpeculationLength, found.NgramSpeculationLength)
            ?? Autoscaling(sent.AutoscalingPolicy, found.AutoscalingPolicy)
            ?? Annotations(sent.Annotations, found.Annotations);
    }

    private static string? Text(string field, string? sent, string? found) =>
        sent is not null && !string.IsNullOrEmpty(found) && !string.Equals(sent, found, StringComparison.Ordinal) ? field + " differs" : null;

    // A sent zero or false means "the service's default" (e.g. maxContextLength 0 = the model's length), which the
    // service may echo filled in: only a value actually chosen is held against the deployment found.
    private static string? Value<T>(string field, T? sent, T? found)
        where T : struct =>
        sent is { } chosen && !EqualityComparer<T>.Default.Equals(chosen, default)
        && found is not null && !EqualityComparer<T>.Default.Equals(chosen, found.Value) ? field + " differs" : null;

    // The service rewrites a shape to its versioned name: ".../deploymentShapes/x" comes back as ".../x/versions/v".
    private static string? Shape(string? sent, string? found) =>
        sent is not null && !string.IsNullOrEmpty(found) && found != sent && !found.StartsWith(sent + "/versions/", StringComparison.Ordinal)
            ? "deploymentShape differs"
            : null;

    // Order is not meaningful for region lists or key sets.
    private static string? List(string field, IReadOnlyList<string>? sent, IReadOnlyList<string>? found) =>
        sent is not null && found is not null && !sent.ToHashSet(StringComparer.Ordinal).SetEquals(found) ? field + " differ" : null;

    private static string? Autoscaling(AutoscalingPolicy? sent, AutoscalingPolicy? found)
    {
        if (sent is null || found is null)
        {
            return null;
        }

        return Duration("autoscalingPolicy.scaleUpWindow", sent.ScaleUpWindow, found.ScaleUpWindow)
            ?? Duration("autoscalingPolicy.scaleDownWindow", sent.ScaleDownWindow, found.ScaleDownWindow)
            ?? Duration("autoscalingPolicy.scaleToZeroWindow", sent.ScaleToZeroWindow, found.ScaleToZeroWindow)
            ?? LoadTargets(sent.LoadTargets, found.LoadTargets);
    }

    private static string? Duration(string field, string? sent, string? found) =>
        sent is not null && !string.IsNullOrEmpty(found) && DurationText.Normalize(sent) != DurationText.Normalize(found) ? field + " differs" : null;

    private static string? LoadTargets(IReadOnlyDictionary<string, double>? sent, IReadOnlyDictionary<string, double>? found)
    {
        if (sent is null || found is null)
        {
            return null;
        }

        foreach (var (key, value) in sent)
        {
            if (found.TryGetValue(key, out var other) && Math.Abs(other - value) > 1e-9)
            {
                return "autoscalingPolicy.loadTargets differ";
            }
        }

        return null;
    }

    // The service may add annotations of its own; every annotation sent must be there with the same value.
    private static string? Annotations(IReadOnlyDictionary<string, string>? sent, IReadOnlyDictionary<string, string>? found)
    {
        if (sent is null || found is null)
        {
            return null;
        }

        foreach (var (key, value) in sent)
        {
            if (!found.TryGetValue(key, out var other) || other != value)
            {
                return "annotations differ";
            }
        }

        return null;
    }
}
