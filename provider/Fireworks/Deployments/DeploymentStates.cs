namespace Pulumi.Fireworks.Provider.Fireworks.Deployments;

/// <summary>
/// Known values of <see cref="Deployment.State"/>. The state is kept as an open string so a value added by the
/// service later does not break reading.
/// </summary>
public static class DeploymentStates
{
    /// <summary>The deployment is being created.</summary>
    public const string Creating = "CREATING";

    /// <summary>The deployment is serving (possibly with zero replicas).</summary>
    public const string Ready = "READY";

    /// <summary>The deployment is rolling out a change.</summary>
    public const string Updating = "UPDATING";

    /// <summary>The deployment is being deleted.</summary>
    public const string Deleting = "DELETING";

    /// <summary>The deployment is (soft) deleted; it can still be read and undeleted.</summary>
    public const string Deleted = "DELETED";

    /// <summary>The deployment failed; <see cref="Deployment.Status"/> says why.</summary>
    public const string Failed = "FAILED";
}
