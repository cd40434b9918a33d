namespace Pulumi.Fireworks.Release.Tests.Versioning;

/// <summary>One place that states the version: the file, where in it, and the value it states.</summary>
internal sealed record VersionMention(string File, string Where, string Value)
{
    public const string Missing = "(missing)";
}
