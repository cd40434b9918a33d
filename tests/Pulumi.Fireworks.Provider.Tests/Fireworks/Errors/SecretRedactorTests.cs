using Pulumi.Fireworks.Provider.Fireworks.Errors;

namespace Pulumi.Fireworks.Provider.Tests.Fireworks.Errors;

public class SecretRedactorTests
{
    [Fact]
    public void Redact_ReplacesEveryOccurrenceOfEverySecret()
    {
        var redactor = new SecretRedactor(["key-one", "routeKey", null, ""]);

        Assert.Equal("[redacted] and [redacted] and [redacted]", redactor.Redact("key-one and routeKey and key-one"));
    }

    [Fact]
    public void Redact_SecretContainingAnother_IsReplacedWhole()
    {
        var redactor = new SecretRedactor(["abc", "abcdef"]);

        Assert.Equal("x [redacted] y", redactor.Redact("x abcdef y"));
    }
}
