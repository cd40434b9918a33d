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

    [Fact]
    public void Message_ForAnIdOfThousandsOfCharacters_StaysShortAndKeepsStatusCodeAndRequestId()
    {
        var id = new string('a', 10_000);
        var error = new FireworksException($"get deployment accounts/a/deployments/{id}", 414, null, null,
            $"deployment \"{id}\" not found", "r-9");

        Assert.True(error.Message.Length < 900, $"{error.Message.Length} characters");
        Assert.StartsWith("Fireworks get deployment accounts/a/deployments/aaa", error.Message, StringComparison.Ordinal);
        Assert.Contains("characters]...", error.Message, StringComparison.Ordinal);
        Assert.Contains("failed: HTTP 414: deployment \"aaa", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("aaa\" not found (request id: r-9)", error.Message, StringComparison.Ordinal);
        Assert.Equal($"get deployment accounts/a/deployments/{id}", error.Operation);
    }
}
