namespace Pulumi.Fireworks.Provider.PropertyValues;

/// <summary>A <c>google.protobuf.Struct</c> that does not follow the Pulumi property encoding. The message names
/// the problem and the property path where it was found, and never contains a property value.</summary>
public sealed class PropertyValueFormatException : Exception
{
    public PropertyValueFormatException(string message)
        : base(message)
    {
        Reason = message;
    }

    private PropertyValueFormatException(string reason, string path, string? bag)
        : base(Describe(reason, path, bag))
    {
        Reason = reason;
        Path = path;
        Bag = bag;
    }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; }

    /// <summary>The property path of the refused value (<c>regions[3]</c>; empty for the bag itself), or null
    /// before the codec has placed the error.</summary>
    public string? Path { get; }

    /// <summary>The request field the value came from (<c>news</c>, <c>olds</c>...), when known.</summary>
    public string? Bag { get; }

    /// <summary>The same error, placed at <paramref name="path"/> in <paramref name="bag"/>.</summary>
    public PropertyValueFormatException At(string path, string? bag) => new(Reason, path, bag);

    private static string Describe(string reason, string path, string? bag) =>
        (path.Length, bag) switch
        {
            (0, null) => $"invalid property value: {reason}",
            (0, _) => $"invalid property value in {bag}: {reason}",
            (_, null) => $"invalid property value at {path}: {reason}",
            _ => $"invalid property value at {path} in {bag}: {reason}",
        };
}
