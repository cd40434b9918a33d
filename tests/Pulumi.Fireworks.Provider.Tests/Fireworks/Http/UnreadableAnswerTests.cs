using System.Net;
using Microsoft.Extensions.Time.Testing;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.Tests.Support;

namespace Pulumi.Fireworks.Provider.Tests.Fireworks.Http;

/// <summary>
/// An answer the client cannot parse at all (not JSON, truncated) is a Fireworks failure naming the operation, the
/// HTTP status and the request id, never an internal error; a field that merely changed type is not a failure.
/// </summary>
public sealed class UnreadableAnswerTests
{
    private readonly FakeTimeProvider time = new();
    private readonly StubHttpHandler handler = new();

    [Theory]
    [InlineData("<html><body>502 Bad Gateway</body></html>")]
    [InlineData("{\"name\": \"accounts/acme/deployments/d1\", \"state\": \"REA")]
    public async Task Get_AnswerThatIsNotJson_FailsNamingOperationStatusAndRequestId(string body)
    {
        handler.Reply(HttpStatusCode.OK, body, m => m.Headers.Add("x-request-id", "req-77"));
        using var client = FireworksTestClient.Create(handler, time, maxRetries: 0);

        var error = await Assert.ThrowsAsync<FireworksException>(() => client.Deployments.GetDeploymentAsync("d1"));

        Assert.Equal(200, error.Status);
        Assert.Equal("req-77", error.RequestId);
        Assert.Contains("get deployment accounts/acme/deployments/d1", error.Message, StringComparison.Ordinal);
        Assert.Contains("could not be read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_FieldWhoseTypeChanged_IsReadAsAbsent()
    {
        handler.Reply(HttpStatusCode.OK, """
            {"name":"accounts/acme/deployments/d1","state":"CREATING","replicaCount":1.5,
             "replicaStats":{"readyReplicaCount":0,"partialReplicaCount":0.5}}
            """);
        using var client = FireworksTestClient.Create(handler, time, maxRetries: 0);

        var deployment = await client.Deployments.GetDeploymentAsync("d1");

        Assert.Equal(DeploymentStates.Creating, deployment!.State);
        Assert.Null(deployment.ReplicaCount);
        Assert.Equal(0.5, deployment.ReplicaStats!.PartialReplicaCount);
    }
}
