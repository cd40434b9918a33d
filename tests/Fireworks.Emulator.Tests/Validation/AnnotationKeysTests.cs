using Fireworks.Emulator.Errors;
using Fireworks.Emulator.Validation;

namespace Fireworks.Emulator.Tests.Validation;

public sealed class AnnotationKeysTests
{
    [Theory]
    [InlineData("fireworks.pulumi.com/urn")]
    [InlineData("team")]
    [InlineData("fireworks-training-sdk/managed-rollout")]
    [InlineData("a.b-c/Name_1.x")]
    public void Validate_KubernetesStyleKey_Passes(string key)
    {
        var annotations = new Dictionary<string, string> { [key] = "urn:pulumi:dev::proj::fireworks:index:Deployment::chat$x/y" };

        AnnotationKeys.Validate(annotations);

        Assert.Single(annotations);
    }

    [Theory]
    [InlineData("fireworks.ai/owner", "reserved prefix")]
    [InlineData("sub.fireworks.ai/owner", "reserved prefix")]
    [InlineData("Upper.Case/name", "invalid key")]
    [InlineData("-starts-with-dash", "invalid key")]
    [InlineData("has space", "invalid key")]
    [InlineData("prefix/", "invalid key")]
    [InlineData("a/b/c", "invalid key")]
    [InlineData("a234567890123456789012345678901234567890123456789012345678901234", "invalid key")]
    public void Validate_BadKey_IsInvalidArgumentNamingTheKey(string key, string message)
    {
        var error = Assert.Throws<ApiException>(() => AnnotationKeys.Validate(new Dictionary<string, string> { [key] = "v" }));

        Assert.Equal(GrpcCode.InvalidArgument, error.Code);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }
}
