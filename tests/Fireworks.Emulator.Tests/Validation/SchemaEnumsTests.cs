using Fireworks.Emulator.Validation;

namespace Fireworks.Emulator.Tests.Validation;

public sealed class SchemaEnumsTests
{
    [Fact]
    public void Regions_AreThe32CurrentValuesOfTheSchema_WithoutTheDeprecatedOnes()
    {
        var regions = SchemaEnums.Values("fireworks:index:Region");

        Assert.Equal(32, regions.Count);
        Assert.Contains("US_OHIO_2", regions);
        Assert.Contains("AP_MALAYSIA_1", regions);
        Assert.DoesNotContain("EU_LONDON_1", regions);
        Assert.DoesNotContain("EU_ICELAND_3", regions);
    }

    [Fact]
    public void KnownValues_AddEachEnumsZeroValue()
    {
        Assert.Contains("REGION_UNSPECIFIED", (IReadOnlySet<string>)KnownValues.SchemaRegions);
        Assert.Contains("NVIDIA_B300_288GB", (IReadOnlySet<string>)KnownValues.AcceleratorTypes);
        Assert.Contains("ACCELERATOR_TYPE_UNSPECIFIED", (IReadOnlySet<string>)KnownValues.AcceleratorTypes);
        Assert.Equal(["BUCKET_TYPE_UNSPECIFIED", "FW_HOSTED", "MINIO", "NEBIUS", "S3"], KnownValues.HotLoadBucketTypes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Values_UnknownType_Throws() =>
        Assert.Throws<InvalidOperationException>(() => SchemaEnums.Values("fireworks:index:Nope"));
}
