using System.Globalization;

namespace Fireworks.Emulator.Validation;

/// <summary>The proto-JSON form of google.protobuf.Timestamp: RFC 3339 in UTC with 0, 3, 6 or 9 fractional digits.</summary>
internal static class ProtoTimestamp
{
    public static string Format(DateTimeOffset value)
    {
        var utc = value.UtcDateTime;
        var text = utc.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        var nanos = utc.Ticks % TimeSpan.TicksPerSecond * 100;
        if (nanos == 0)
        {
            return text + "Z";
        }

        var fraction = nanos.ToString("000000000", CultureInfo.InvariantCulture);
        fraction = fraction.EndsWith("000000", StringComparison.Ordinal) ? fraction[..3]
            : fraction.EndsWith("000", StringComparison.Ordinal) ? fraction[..6]
            : fraction;
        return text + "." + fraction + "Z";
    }
}
