using Pulumi.Fireworks.Provider.Fireworks.Errors;

namespace Pulumi.Fireworks.Provider.Tests.Fireworks.Errors;

public class FireworksExceptionTests
{
    [Fact]
    public void Message_NamesOperationStatusCodeAndRequestId()
    {
        var error = new FireworksException("create deployment accounts/a/deployments/x", 400, "INVALID_ARGUMENT", 3, "bad shape", "r-1");

        Assert.Equal("Fireworks create deployment accounts/a/deployments/x failed: HTTP 400 INVALID_ARGUMENT (code 3): bad shape (request id: r-1)", error.Message);
    }

    [Fact]
    public void Message_WithoutResponse_SaysSo()
    {
        var error = new FireworksException("get deployment accounts/a/deployments/x", 0, null, null, "timed out", null);

        Assert.Equal("Fireworks get deployment accounts/a/deployments/x failed: no response: timed out", error.Message);
    }
}
