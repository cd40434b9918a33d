using System.Collections.Immutable;
using System.Text;
using Names = Pulumi.Fireworks.Provider.Resources.Deployment.DeploymentPropertyNames;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.Deployment;

/// <summary>
/// Chooses the deploymentId when the user gave none: the Pulumi resource name made valid, a hyphen and seven
/// characters from a <see cref="Random"/> seeded by the engine's random seed (the same seed gives the same id).
/// Honours the engine's autonaming options and keeps an earlier generated id on updates so that an update never
/// turns into a replacement.
/// </summary>
public static class DeploymentIdNaming
{
    public const int SuffixLength = 7;
    private const int MaxLength = 63;
    private const string SuffixAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>The id to use and whether the provider chose it; null id when a failure was reported.</summary>
    public static (Known<string>? Id, bool Generated) Resolve(Known<string>? given, string? oldId,
        ResourceCheckRequest request, CheckFailureCollector failures)
    {
        var autonaming = request.Autonaming;
        if (autonaming?.Mode == AutonamingMode.Enforce)
        {
            if (given is { IsKnown: true } && given.Value != autonaming.ProposedName)
            {
                failures.Fail(Names.DeploymentId,
                    $"the stack's autonaming configuration enforces the name \"{autonaming.ProposedName}\"; remove " +
                    $"deploymentId or set it to that name");
                return (null, false);
            }

            if (!DeploymentInputsValidator.IsValidDeploymentId(autonaming.ProposedName))
            {
                failures.Fail(Names.DeploymentId,
                    $"the stack's autonaming configuration proposes \"{autonaming.ProposedName}\", which is not a " +
                    $"valid deployment id; a deployment id must be {DeploymentInputsValidator.DeploymentIdRule}");
                return (null, false);
            }

            return (Known<string>.Of(autonaming.ProposedName), given is null);
        }

        if (given is not null)
        {
            return (given, false);
        }

        if (autonaming?.Mode == AutonamingMode.Disable)
        {
            failures.Fail(Names.DeploymentId,
                "deploymentId is required because autonaming is disabled for this stack; set it to " +
                DeploymentInputsValidator.DeploymentIdRule);
            return (null, false);
        }

        // An id generated earlier from the same resource name stays, or every update would replace.
        if (oldId is not null && oldId.StartsWith(BaseName(request.Name) + "-", StringComparison.Ordinal))
        {
            return (Known<string>.Of(oldId), true);
        }

        if (autonaming?.Mode == AutonamingMode.Propose)
        {
            if (oldId is not null && oldId == Sanitize(autonaming.ProposedName))
            {
                return (Known<string>.Of(oldId), true);
            }

            var proposed = Sanitize(autonaming.ProposedName);
            if (!DeploymentInputsValidator.IsValidDeploymentId(proposed))
            {
                failures.Fail(Names.DeploymentId,
                    $"the stack's autonaming configuration proposes \"{autonaming.ProposedName}\", which cannot be " +
                    $"made a valid deployment id; set deploymentId to {DeploymentInputsValidator.DeploymentIdRule}");
                return (null, false);
            }

            return (Known<string>.Of(proposed), true);
        }

        return (Known<string>.Of(Generate(request.Name, request.RandomSeed, request.Urn)), true);
    }

    /// <summary>The generated id for a resource name and seed (deterministic).</summary>
    public static string Generate(string resourceName, ImmutableArray<byte> randomSeed, string urn)
    {
        var random = new Random(SeedOf(randomSeed, urn));
        var suffix = new StringBuilder(SuffixLength);
        for (var i = 0; i < SuffixLength; i++)
        {
            suffix.Append(SuffixAlphabet[random.Next(SuffixAlphabet.Length)]);
        }

        return $"{BaseName(resourceName)}-{suffix}";
    }

    /// <summary>The resource name lower-cased, other characters turned into hyphens, trimmed to leave room for
    /// the suffix, starting with a letter.</summary>
    public static string BaseName(string resourceName)
    {
        var name = Sanitize(resourceName);
        if (name.Length > MaxLength - SuffixLength - 1)
        {
            name = name[..(MaxLength - SuffixLength - 1)].TrimEnd('-');
        }

        return name.Length == 0 ? "deployment" : name;
    }

    private static string Sanitize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            var valid = char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c);
            if (valid)
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var name = builder.ToString().TrimEnd('-');
        return name.Length > 0 && !char.IsAsciiLetterLower(name[0]) ? "d-" + name : name;
    }

    /// <summary>Folds the engine's seed (32 bytes) into an int; FNV-1a so it is stable across processes.</summary>
    private static int SeedOf(ImmutableArray<byte> randomSeed, string urn)
    {
        var bytes = randomSeed.IsDefaultOrEmpty ? Encoding.UTF8.GetBytes(urn) : randomSeed.AsSpan().ToArray();
        var hash = 2166136261u;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return unchecked((int)hash);
    }
}
