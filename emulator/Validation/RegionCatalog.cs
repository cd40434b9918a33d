using System.Collections.Frozen;

namespace Fireworks.Emulator.Validation;

/// <summary>The regions one emulator accepts: the schema's 4.259.0 list plus <see cref="EmulatorOptions.ExtraRegions"/>.</summary>
internal sealed class RegionCatalog(IEnumerable<string> extraRegions)
{
    private readonly FrozenSet<string> regions = FrozenSet.ToFrozenSet([.. KnownValues.SchemaRegions, .. extraRegions], StringComparer.Ordinal);

    public bool Contains(string region) => regions.Contains(region);
}
