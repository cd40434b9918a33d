namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>
/// Keys of checked inputs that belong to the provider or the engine, never to the user. The engine hides keys
/// starting with <c>__</c> from the diff display.
/// </summary>
public static class InternalKeys
{
    /// <summary>Lists the inputs the provider filled in rather than the user (e.g. a generated id).</summary>
    public const string Defaults = "__defaults";

    public static bool IsInternal(string name) => name.StartsWith("__", StringComparison.Ordinal);
}
