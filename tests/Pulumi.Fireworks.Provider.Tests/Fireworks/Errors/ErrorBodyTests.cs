using Pulumi.Fireworks.Provider.Fireworks.Errors;

namespace Pulumi.Fireworks.Provider.Tests.Fireworks.Errors;

public class ErrorBodyTests
{
    [Fact]
    public void Parse_GrpcGatewayStatus_ReadsNumericCodeAndMessage()
    {
        var body = ErrorBody.Parse("""{"code":3,"details":[],"message":"proto: (line 1:203): unknown field \"loadTargets\""}""");

        Assert.Equal(3, body.GrpcCode);
        Assert.Equal("INVALID_ARGUMENT", body.ErrorCode);
        Assert.Equal("proto: (line 1:203): unknown field \"loadTargets\"", body.Message);
    }

    [Fact]
    public void Parse_OpenAiStyleError_ReadsNamedCodeMessageAndRequestId()
    {
        var body = ErrorBody.Parse("""{"error":{"message":"Model not found","code":"NOT_FOUND","type":"invalid_request_error","param":null},"request_id":"abc-123"}""");

        Assert.Equal(5, body.GrpcCode);
        Assert.Equal("NOT_FOUND", body.ErrorCode);
        Assert.Equal("Model not found", body.Message);
        Assert.Equal("abc-123", body.RequestId);
    }

    [Fact]
    public void Parse_PlainTextBody_KeepsTheText()
    {
        var body = ErrorBody.Parse("<html>bad gateway</html>");

        Assert.Null(body.ErrorCode);
        Assert.Equal("<html>bad gateway</html>", body.Message);
    }

    [Fact]
    public void Parse_EmptyBody_HasNothing()
    {
        Assert.Equal(new ErrorBody(null, null, null, null), ErrorBody.Parse(""));
    }
}
