using System.Security.Cryptography;
using System.Text.Json;
using System.Xml.Linq;
using Pulumi.Fireworks.Release.Tests.Support;

namespace Pulumi.Fireworks.Release.Tests.Licensing;

/// <summary>LICENSE is the Apache License 2.0 word for word, and every package says Apache-2.0.</summary>
public sealed class LicenseTests
{
    // SHA-256 of https://www.apache.org/licenses/LICENSE-2.0.txt (the text Debian ships as common-licenses/Apache-2.0).
    private const string ApacheLicense20Sha256 = "cfc7749b96f63bd31c3c42b5c471bf756814053e847c10f3eb003417bc523d30";

    [Fact]
    public void License_IsTheApacheLicense20TextVerbatim()
    {
        var bytes = File.ReadAllBytes(RepositoryRoot.Combine("LICENSE"));

        Assert.Equal(ApacheLicense20Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    [Fact]
    public void Packages_DeclareApache20()
    {
        using var schema = JsonDocument.Parse(RepositoryRoot.ReadText("schema.json"));
        using var npm = JsonDocument.Parse(RepositoryRoot.ReadText("sdk/nodejs/package.json"));
        var nuget = XDocument.Parse(RepositoryRoot.ReadText("sdk/dotnet/Pulumi.Fireworks.csproj"))
            .Descendants("PackageLicenseExpression").Single().Value;

        Assert.Equal("Apache-2.0", schema.RootElement.GetProperty("license").GetString());
        Assert.Equal("Apache-2.0", npm.RootElement.GetProperty("license").GetString());
        Assert.Equal("Apache-2.0", nuget);
    }
}
