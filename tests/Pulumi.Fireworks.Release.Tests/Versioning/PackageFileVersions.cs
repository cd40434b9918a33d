using System.Text.Json;
using System.Xml.Linq;
using Pulumi.Fireworks.Release.Tests.Support;

namespace Pulumi.Fireworks.Release.Tests.Versioning;

/// <summary>
/// The versions the package files state, which MSBuild cannot stamp: the schema, the SDKs' package files (the .NET
/// SDK is not built here), and the examples that depend on the SDK packages.
/// </summary>
internal static class PackageFileVersions
{
    public static IEnumerable<VersionMention> All() =>
    [
        Json("schema.json", "version"),
        Json("sdk/nodejs/package.json", "version"),
        Json("sdk/nodejs/package.json", "pulumi", "version"),
        Json("sdk/nodejs/package-lock.json", "version"),
        Json("sdk/nodejs/package-lock.json", "packages", "", "version"),
        Json("sdk/dotnet/pulumi-plugin.json", "version"),
        new("sdk/dotnet/version.txt", "the whole file", RepositoryRoot.ReadText("sdk/dotnet/version.txt").Trim()),
        CsprojVersion("sdk/dotnet/Pulumi.Fireworks.csproj"),
        PackageReferenceVersion("examples/csharp/FireworksChat.csproj", "Pulumi.Fireworks"),
        Json("examples/typescript/package-lock.json", "packages", "node_modules/@pulumi-fireworks/fireworks", "version"),
    ];

    private static VersionMention Json(string file, params string[] path)
    {
        using var document = JsonDocument.Parse(RepositoryRoot.ReadText(file));
        var element = document.RootElement;
        foreach (var key in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(key, out element))
            {
                return new(file, JsonPath(path), VersionMention.Missing);
            }
        }

        return new(file, JsonPath(path), element.ValueKind == JsonValueKind.String ? element.GetString()! : VersionMention.Missing);
    }

    private static VersionMention CsprojVersion(string file)
    {
        var version = XDocument.Parse(RepositoryRoot.ReadText(file)).Descendants("Version").Select(e => e.Value).FirstOrDefault();
        return new(file, "<Version>", version ?? VersionMention.Missing);
    }

    private static VersionMention PackageReferenceVersion(string file, string package)
    {
        var version = XDocument.Parse(RepositoryRoot.ReadText(file)).Descendants("PackageReference")
            .Where(r => (string?)r.Attribute("Include") == package)
            .Select(r => (string?)r.Attribute("Version"))
            .FirstOrDefault();
        return new(file, $"<PackageReference Include=\"{package}\">", version ?? VersionMention.Missing);
    }

    private static string JsonPath(string[] path) =>
        string.Concat(path.Select((key, i) => key.Length > 0 && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? (i == 0 ? key : "." + key)
            : $"[\"{key}\"]"));
}
