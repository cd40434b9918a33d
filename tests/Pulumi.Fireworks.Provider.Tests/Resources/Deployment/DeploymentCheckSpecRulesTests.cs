using Pulumi.Fireworks.Provider.Resources.Deployment;
using Pulumi.Fireworks.Provider.Tests.Support;
using static Pulumi.Fireworks.Provider.Tests.Support.DeploymentProps;

namespace Pulumi.Fireworks.Provider.Tests.Resources.Deployment;

/// <summary>Check's rules for the fields of spec 4.259.0 and for the regions it lists.</summary>
public sealed class DeploymentCheckSpecRulesTests
{
    private static DeploymentCheckResult Check(params (string Key, object? Value)[] entries) =>
        DeploymentCheck.Check(DeploymentRequests.Check(Valid(entries)));

    private static Dictionary<string, object?> Schedule(params (string Key, object? Value)[] overrides)
    {
        var schedule = Obj(("minReplicaCount", 1), ("schedule", "0 9 * * 1-5"), ("duration", "8h"), ("timezone", "UTC"));
        foreach (var (key, value) in overrides)
        {
            if (value is null)
            {
                schedule.Remove(key);
            }
            else
            {
                schedule[key] = value;
            }
        }

        return schedule;
    }

    private static DeploymentCheckResult WithSchedules(params (string Name, Dictionary<string, object?> Schedule)[] schedules) =>
        Check(("maxReplicaCount", 4),
            ("autoscalingPolicy", Obj(("scalingSchedules", schedules.ToDictionary(s => s.Name, s => (object?)s.Schedule)))));

    [Fact]
    public void Check_ValidScalingSchedules_Pass()
    {
        var result = WithSchedules(("weekdays", Schedule()), ("nights", Schedule(("schedule", "30 22 * * MON-FRI"),
            ("timezone", "Europe/Berlin"), ("duration", "300s"), ("disabled", true))));

        Assert.Empty(result.Response.Failures);
    }

    [Fact]
    public void Check_SixScalingSchedules_FailsNamingTheLimit()
    {
        var result = WithSchedules([.. Enumerable.Range(1, 6).Select(i => ($"s{i}", Schedule()))]);

        var failure = Assert.Single(result.Response.Failures);
        Assert.Equal("autoscalingPolicy.scalingSchedules", failure.Property);
        Assert.Contains("at most 5", failure.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("minReplicaCount", "is required")]
    [InlineData("schedule", "five-field cron")]
    [InlineData("duration", "is required")]
    [InlineData("timezone", "IANA time zone")]
    public void Check_ScheduleWithoutARequiredField_FailsNamingIt(string field, string reason)
    {
        var result = WithSchedules(("s", Schedule((field, null))));

        var failure = Assert.Single(result.Response.Failures);
        Assert.Equal($"autoscalingPolicy.scalingSchedules.s.{field}", failure.Property);
        Assert.Contains(reason, failure.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("schedule", "0 9 * *", "it has 4 fields")]
    [InlineData("schedule", "61 9 * * *", "outside the minute range 0-59")]
    [InlineData("schedule", "0 9 * * mon?x", "day of week")]
    [InlineData("duration", "299s", "300s (5 minutes) to 604800s (7 days)")]
    [InlineData("duration", "169h", "300s (5 minutes) to 604800s (7 days)")]
    [InlineData("duration", "300.5s", "whole seconds")]
    [InlineData("timezone", "not a zone", "not an IANA time zone name")]
    [InlineData("minReplicaCount", 5, "between 0 and maxReplicaCount (4)")]
    [InlineData("minReplicaCount", -1, "between 0 and maxReplicaCount")]
    public void Check_ScheduleOutOfItsRules_FailsNamingTheFieldAndTheRule(string field, object value, string reason)
    {
        var result = WithSchedules(("s", Schedule((field, value))));

        var failure = Assert.Single(result.Response.Failures);
        Assert.Equal($"autoscalingPolicy.scalingSchedules.s.{field}", failure.Property);
        Assert.Contains(reason, failure.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("EU_NETHERLANDS_1")]
    [InlineData("US_WASHINGTON_5")]
    [InlineData("US_MINNESOTA_1")]
    [InlineData("US_CALIFORNIA_2")]
    [InlineData("AP_MALAYSIA_1")]
    [InlineData("US_OHIO_2")]
    public void Check_RegionsAddedIn4259_PassWithoutWarning(string region)
    {
        var result = Check(("region", region));

        Assert.Empty(result.Response.Failures);
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [InlineData("EU_LONDON_1")]
    [InlineData("EU_PARIS_1")]
    [InlineData("EU_HELSINKI_1")]
    [InlineData("US_NEVADA_1")]
    [InlineData("EU_ICELAND_DEV_1")]
    [InlineData("US_ARIZONA_2")]
    [InlineData("US_MISSOURI_1")]
    [InlineData("US_TEXAS_3")]
    [InlineData("US_ARIZONA_3")]
    [InlineData("EU_ICELAND_3")]
    public void Check_RegionsNoLongerListed_PassWithAWarningNamingTheCurrentList(string region)
    {
        var result = Check(("region", region));

        Assert.Empty(result.Response.Failures);
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("no longer listed", warning, StringComparison.Ordinal);
        Assert.Contains("EU_NETHERLANDS_1", warning, StringComparison.Ordinal);
        Assert.DoesNotContain(region + ",", warning.Split("Current values:")[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("acceleratorType", "NVIDIA_X900_512GB")]
    [InlineData("multiRegion", "MARS")]
    [InlineData("directRouteType", "QUANTUM_LINK")]
    [InlineData("precision", "FP2")]
    [InlineData("hotLoadBucketType", "AZURE_BLOB")]
    public void Check_WellFormedValueTheProviderDoesNotKnowYet_PassesWithAWarning(string property, string value)
    {
        var entries = property == "directRouteType"
            ? new (string, object?)[] { (property, value), ("region", "US_IOWA_1"), ("directRouteApiKeys", new[] { SecretKey }) }
            : [(property, value)];

        var result = Check(entries);

        Assert.Empty(result.Response.Failures);
        Assert.Contains(result.Warnings, warning => warning.Contains(value, StringComparison.Ordinal)
            && warning.Contains("passed to Fireworks as given", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("hotLoadBucketUrl", "https://bucket/path", "s3://bucket/path")]
    [InlineData("hotLoadBucketUrl", "s3://bucket/path/", "without a trailing slash")]
    [InlineData("hotLoadTrainerJob", "job-7", "accounts/<account>/rlorTrainerJobs/<job>")]
    [InlineData("deploymentTemplate", "tmpl", "accounts/<account>/deploymentTemplates/<template>")]
    [InlineData("expireTime", "next tuesday", "RFC 3339")]
    [InlineData("expireTime", "2027-01-01T00:00:00", "RFC 3339")]
    [InlineData("numPeftDeviceCached", -1, "0 or more")]
    public void Check_NewFieldWithABadValue_FailsNamingItAndTheForm(string property, object value, string reason)
    {
        var result = Check((property, value));

        var failure = Assert.Single(result.Response.Failures);
        Assert.Equal(property, failure.Property);
        Assert.Contains(reason, failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RevocableCapBelowTheMaximum_FailsNamingBoth()
    {
        var failure = Assert.Single(Check(("maxReplicaCount", 4), ("maxWithRevocableReplicaCount", 3)).Response.Failures);

        Assert.Equal("maxWithRevocableReplicaCount", failure.Property);
        Assert.Contains("at least maxReplicaCount (4)", failure.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fireworks.pulumi.com/urn", "reserved")]
    [InlineData("fireworks.ai/tier", "reserved")]
    [InlineData("bad key!", "not an annotation key")]
    public void Check_AnnotationKeyReservedOrMalformed_Fails(string key, string reason)
    {
        var failure = Assert.Single(Check(("annotations", Obj((key, "x")))).Response.Failures);

        Assert.StartsWith("annotations", failure.Property, StringComparison.Ordinal);
        Assert.Contains(reason, failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ExpireTimeInAnotherZone_IsStoredAsTheSameInstantInUtc()
    {
        var result = Check(("expireTime", "2027-06-30T14:00:00+02:00"));

        Assert.Empty(result.Response.Failures);
        Assert.Equal(Value("2027-06-30T12:00:00Z"), result.Response.Inputs["expireTime"]);
    }
}
