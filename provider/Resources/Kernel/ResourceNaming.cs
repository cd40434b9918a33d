using System.Collections.Immutable;
using System.Text;
using Pulumi.Fireworks.Provider.Contracts;

namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>
/// Chooses an id when the user gave none: the Pulumi resource name made valid (lower case, other characters turned
/// into hyphens, starting with a letter), a hyphen and seven characters drawn from a <see cref="Random"/> seeded by
/// the engine's random seed (the same seed gives the same id). Honours the engine's autonaming options and keeps an
/// earlier generated id on updates, so that an update never turns into a replacement.
/// </summary>
public static class ResourceNaming
{
    public const int SuffixLength = 7;
    private const string SuffixAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>The id to use and whether the provider chose it; a null id when a failure was reported.</summary>
    public static (Known<string>? Id, bool Generated) Resolve(NamingRule rule, Known<string>? given, string? oldId,
        ResourceCheckRequest request, CheckFailureCollector failures)
    {
        var autonaming = request.Autonaming;
        if (autonaming?.Mode == AutonamingMode.Enforce)
        {
            if (given is { IsKnown: true } && given.Value != autonaming.ProposedName)
            {
                failures.Fail(rule.Property,
                    $"the stack's autonaming configuration enforces the name \"{autonaming.ProposedName}\"; remove " +
                    $"{rule.Property} or set it to that name");
                return (null, false);
            }

            if (!rule.IsValid(autonaming.ProposedName))
            {
                failures.Fail(rule.Property,
                    $"the stack's autonaming configuration proposes \"{autonaming.ProposedName}\", which is not a " +
                    $"valid {rule.Property}; it must be {rule.Rule}");
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
            failures.Fail(rule.Property,
                $"{rule.Property} is required because autonaming is disabled for this stack; set it to {rule.Rule}");
            return (null, false);
        }

        // An id generated earlier from the same resource name stays, or every update would replace.
        if (oldId is not null && oldId.StartsWith(BaseName(rule, request.Name) + "-", StringComparison.Ordinal))
        {
            return (Known<string>.Of(oldId), true);
        }

        if (autonaming?.Mode == AutonamingMode.Propose)
        {
            var proposed = Sanitize(autonaming.ProposedName);
            if (oldId is not null && oldId == proposed)
            {
                return (Known<string>.Of(oldId), true);
            }

            if (!rule.IsValid(proposed))
            {
                failures.Fail(rule.Property,
                    $"the stack's autonaming configuration proposes \"{autonaming.ProposedName}\", which cannot be " +
                    $"made a valid {rule.Property}; set {rule.Property} to {rule.Rule}");
                return (null, false);
            }

            return (Known<string>.Of(proposed), true);
        }

        return (Known<string>.Of(Generate(rule, request.Name, request.RandomSeed, request.Urn)), true);
    }

    /// <summary>The generated id for a resource name and seed (deterministic).</summary>
    public static string Generate(NamingRule rule, string resourceName, ImmutableArray<byte> randomSeed, string urn)
    {
        var random = new Random(SeedOf(randomSeed, urn));
        var suffix = new StringBuilder(SuffixLength);
        for (var i = 0; i < SuffixLength; i++)
        {
            suffix.Append(SuffixAlphabet[random.Next(SuffixAlphabet.Length)]);
        }

        return $"{BaseName(rule, resourceName)}-{suffix}";
    }

    /// <summary>The resource name made valid and trimmed to leave room for the suffix.</summary>
    public static string BaseName(NamingRule rule, string resourceName)
    {
        var name = Sanitize(resourceName);
        if (name.Length > rule.MaxLength - SuffixLength - 1)
        {
            name = name[..(rule.MaxLength - SuffixLength - 1)].TrimEnd('-');
        }

        return name.Length == 0 ? rule.Fallback : name;
    }

    private static string Sanitize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
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
