using System.Collections.Frozen;

namespace Pulumi.Fireworks.Provider.PropertyValues;

/// <summary>
/// The magic strings of the Pulumi property encoding inside <c>google.protobuf.Struct</c>: the signature key that
/// marks a special object, the signatures that say what it is, and the unknown sentinels.
/// </summary>
public static class PropertySignatures
{
    /// <summary>Object key whose string value says which special object the object is.</summary>
    public const string Key = "4dabf18193072939515e22adb298388d";

    public const string Secret = "1b47061264138c4ac30d75fd1eb44270";

    public const string ResourceReference = "5cf8f73096256a8f31e491e813e4eb8e";

    public const string Output = "d0e6a833031e9bbcd3f4e8bde6ca49a4";

    public const string Asset = "c44067f5952c0a294b673a41bacd8c17";

    public const string Archive = "0def7320c3a5731c473e5ecbe6d01bc7";

    /// <summary>Non-UTF-8 strings; sent only to providers that announce <c>accepts_byte_string</c> (we do not).</summary>
    public const string ByteString = "803fd3297a5875dc03ca845dda5d2a98";

    /// <summary>The unknown sentinel the engine sends in practice and the only one this provider emits.</summary>
    public const string UnknownString = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

    public const string UnknownBool = "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7";

    public const string UnknownNumber = "3eeb2bf0-c639-47a8-9e75-3b44932eb421";

    public const string UnknownArray = "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2";

    public const string UnknownAsset = "030794c1-ac77-496b-92df-f27374a8bd58";

    public const string UnknownArchive = "e48ece36-62e2-4504-bad9-02848725956a";

    public const string UnknownObject = "dd056dcd-154b-4c76-9bd3-c8f88648b5ff";

    /// <summary>All seven unknown sentinels: the engine's decoder accepts each of them, so we do too.</summary>
    public static FrozenSet<string> UnknownSentinels { get; } = new[]
    {
        UnknownString, UnknownBool, UnknownNumber, UnknownArray, UnknownAsset, UnknownArchive, UnknownObject,
    }.ToFrozenSet(StringComparer.Ordinal);
}
