using Pulumi.Fireworks.Provider.Fireworks.Accounts;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
namespace Pulumi.Fireworks.Provider.Tests.Support;

/// <summary>Small JSON bodies as the service would send them.</summary>
internal static class DeploymentJson
{
    public static string Deployment(string id, string state = "READY", string baseModel = "accounts/fireworks/models/llama-v3p1-8b-instruct", string extra = "") =>
        $$"""
        {"name":"accounts/{{FireworksTestClient.Account}}/deployments/{{id}}","baseModel":"{{baseModel}}","state":"{{state}}","replicaCount":1,"desiredReplicaCount":1{{extra}}}
        """;
}
