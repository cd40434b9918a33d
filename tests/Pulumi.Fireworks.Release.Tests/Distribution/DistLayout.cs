using System.Text.Json;
using Pulumi.Fireworks.Release.Tests.Support;

namespace Pulumi.Fireworks.Release.Tests.Distribution;

/// <summary>
/// build/platforms.json: the one place that names the release files and maps .NET runtime identifiers to Pulumi's
/// os/arch. build/dist.js (make dist) and the release workflow follow it; the tests read it from there too.
/// </summary>
internal sealed class DistLayout
{
    public const string File = "build/platforms.json";

    private DistLayout(JsonElement root)
    {
        Binary = root.GetProperty("binary").GetString()!;
        ArchiveTemplate = root.GetProperty("archive").GetString()!;
        ChecksumsTemplate = root.GetProperty("checksums").GetString()!;
        Files = root.GetProperty("files").EnumerateArray().Select(f => f.GetString()!).ToList();
        Runtimes = root.GetProperty("runtimes").EnumerateObject().ToDictionary(
            p => p.Name,
            p => new DistPlatform(p.Value.GetProperty("os").GetString()!, p.Value.GetProperty("arch").GetString()!),
            StringComparer.Ordinal);
    }

    public static DistLayout Instance { get; } = Load();

    public string Binary { get; }

    public string ArchiveTemplate { get; }

    public string ChecksumsTemplate { get; }

    public IReadOnlyList<string> Files { get; }

    public IReadOnlyDictionary<string, DistPlatform> Runtimes { get; }

    public string ArchiveName(string version, string rid) =>
        ArchiveTemplate.Replace("{version}", version, StringComparison.Ordinal)
            .Replace("{os}", Runtimes[rid].Os, StringComparison.Ordinal)
            .Replace("{arch}", Runtimes[rid].Arch, StringComparison.Ordinal);

    public string ChecksumsName(string version) => ChecksumsTemplate.Replace("{version}", version, StringComparison.Ordinal);

    private static DistLayout Load()
    {
        using var document = JsonDocument.Parse(RepositoryRoot.ReadText(File));
        return new DistLayout(document.RootElement.Clone());
    }
}
