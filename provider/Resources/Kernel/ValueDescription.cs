using Pulumi.Fireworks.Provider.PropertyValues;

namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>Names the kind of a value for a message; never the value itself (it could be secret).</summary>
public static class ValueDescription
{
    public static string Of(PropertyValue value)
    {
        var plain = value.Unwrap(out _);
        return plain.Kind switch
        {
            PropertyValueKind.Null => "null",
            PropertyValueKind.Bool => "a boolean",
            PropertyValueKind.Number when plain.TryGetNumber(out var n) && Math.Floor(n) != n => "a number with a fraction",
            PropertyValueKind.Number => "a number",
            PropertyValueKind.String => "a string",
            PropertyValueKind.List => "a list",
            PropertyValueKind.Map => "an object",
            PropertyValueKind.Asset => "an asset",
            PropertyValueKind.Archive => "an archive",
            PropertyValueKind.ResourceReference => "a resource reference",
            _ => "an unsupported value",
        };
    }
}
