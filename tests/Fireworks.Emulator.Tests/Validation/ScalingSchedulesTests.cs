using Fireworks.Emulator.Errors;
using Fireworks.Emulator.Validation;
using Fireworks.Emulator.Wire;

namespace Fireworks.Emulator.Tests.Validation;

public sealed class ScalingSchedulesTests
{
    private static ScalingScheduleJson Valid() => new() { MinReplicaCount = 1, Schedule = "0 9 * * MON-FRI", Duration = "3600s", Timezone = "Europe/Berlin" };

    [Theory]
    [InlineData("*/15 0-6 1,15 * 0")]
    [InlineData("0 9 * JAN-MAR 1-5")]
    [InlineData("30 18 * * 7")]
    public void Validate_WellFormedSchedule_Passes(string cron)
    {
        var schedules = new Dictionary<string, ScalingScheduleJson> { ["s"] = Valid() };
        schedules["s"].Schedule = cron;

        ScalingSchedules.Validate(schedules, maxReplicaCount: 2);

        Assert.Equal(cron, schedules["s"].Schedule);
    }

    [Theory]
    [InlineData("schedule", "0 9 * *", "5 fields")]
    [InlineData("schedule", "60 9 * * *", "minute")]
    [InlineData("schedule", "0 24 * * *", "hour")]
    [InlineData("schedule", "", "schedule is required")]
    [InlineData("duration", "299s", "300s")]
    [InlineData("duration", "604801s", "7 days")]
    [InlineData("duration", "1.5s", "whole seconds")]
    [InlineData("duration", "1h", "whole seconds")]
    [InlineData("timezone", "Mars/Olympus", "IANA")]
    [InlineData("timezone", "Pacific Standard Time", "IANA")]
    [InlineData("timezone", "", "timezone is required")]
    public void Validate_BadField_IsInvalidArgumentNamingIt(string field, string value, string message)
    {
        var schedule = Valid();
        switch (field)
        {
            case "schedule":
                schedule.Schedule = value;
                break;
            case "duration":
                schedule.Duration = value;
                break;
            default:
                schedule.Timezone = value;
                break;
        }

        var error = Assert.Throws<ApiException>(() => ScalingSchedules.Validate(new Dictionary<string, ScalingScheduleJson> { ["s"] = schedule }, 2));

        Assert.Equal(GrpcCode.InvalidArgument, error.Code);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Contains("scalingSchedules[\"s\"]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MinReplicaCountAboveMax_IsRefused()
    {
        var schedule = Valid();
        schedule.MinReplicaCount = 3;

        var error = Assert.Throws<ApiException>(() => ScalingSchedules.Validate(new Dictionary<string, ScalingScheduleJson> { ["s"] = schedule }, 2));

        Assert.Contains("maxReplicaCount (2)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingMinReplicaCount_IsRefused()
    {
        var schedule = Valid();
        schedule.MinReplicaCount = null;

        var error = Assert.Throws<ApiException>(() => ScalingSchedules.Validate(new Dictionary<string, ScalingScheduleJson> { ["s"] = schedule }, 2));

        Assert.Contains("minReplicaCount is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SixSchedules_IsRefused()
    {
        var schedules = Enumerable.Range(0, 6).ToDictionary(i => $"s{i}", _ => Valid());

        var error = Assert.Throws<ApiException>(() => ScalingSchedules.Validate(schedules, 2));

        Assert.Contains("at most 5", error.Message, StringComparison.Ordinal);
    }
}
