namespace Pulumi.Fireworks.Sdk.Tests.Documents;

/// <summary>What an example program uses of the package, whatever its language.</summary>
internal interface IProgramUsage
{
    /// <summary>How many Deployment resources the program declares.</summary>
    int DeploymentCount { get; }

    /// <summary>The Deployment arguments the program sets, spelled as in its language.</summary>
    IReadOnlyList<string> DeploymentArgs { get; }

    /// <summary>The AutoscalingPolicy arguments the program sets, spelled as in its language.</summary>
    IReadOnlyList<string> AutoscalingPolicyArgs { get; }

    /// <summary>The members the program reads from its Deployment resources.</summary>
    IReadOnlyList<string> DeploymentMembers { get; }
}
