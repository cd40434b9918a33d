namespace Pulumi.Fireworks.Sdk.Tests.Documents;

/// <summary>What an example program uses of the package, whatever its language; names are spelled as in that language.</summary>
internal interface IProgramUsage
{
    /// <summary>How many Deployment resources the program declares.</summary>
    int DeploymentCount { get; }

    /// <summary>The Deployment arguments the program sets.</summary>
    IReadOnlyList<string> DeploymentArgs { get; }

    /// <summary>The AutoscalingPolicy arguments the program sets.</summary>
    IReadOnlyList<string> AutoscalingPolicyArgs { get; }

    /// <summary>The members the program reads from its Deployment resources.</summary>
    IReadOnlyList<string> DeploymentMembers { get; }

    /// <summary>How many DeployedModel resources the program declares.</summary>
    int DeployedModelCount { get; }

    /// <summary>The DeployedModel arguments the program sets.</summary>
    IReadOnlyList<string> DeployedModelArgs { get; }

    /// <summary>The members the program reads from its DeployedModel resources.</summary>
    IReadOnlyList<string> DeployedModelMembers { get; }

    /// <summary>Function (schema name, e.g. getDeploymentShape) → the arguments the program passes to it.</summary>
    IReadOnlyDictionary<string, IReadOnlyList<string>> FunctionArgs { get; }

    /// <summary>Function (schema name) → the members the program reads from its result.</summary>
    IReadOnlyDictionary<string, IReadOnlyList<string>> FunctionMembers { get; }
}
