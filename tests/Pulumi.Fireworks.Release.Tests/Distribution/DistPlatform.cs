namespace Pulumi.Fireworks.Release.Tests.Distribution;

/// <summary>Pulumi's names for a platform, as in plugin archive names: os linux|darwin|windows, arch amd64|arm64.</summary>
internal sealed record DistPlatform(string Os, string Arch);
