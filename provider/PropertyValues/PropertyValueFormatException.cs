namespace Pulumi.Fireworks.Provider.PropertyValues;

/// <summary>A <c>google.protobuf.Struct</c> that does not follow the Pulumi property encoding. The message names
/// the problem and never contains a property value.</summary>
public sealed class PropertyValueFormatException : Exception
{
    public PropertyValueFormatException(string message)
        : base(message)
    {
    }
}
