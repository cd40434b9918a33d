using System.Text.Json.Nodes;

namespace Fireworks.Emulator.ControlPlane;

/// <summary>
/// Output fields no client can know, added to reply objects when <see cref="ReplySettings.UnknownOutputFields"/> is on,
/// so tests prove that readers ignore what a newer server sends: a nested object, an int64 encoded as a string (as
/// proto-JSON does), an array of mixed values, and an enum value in a new field.
/// </summary>
internal static class UnknownFields
{
    public const string ObjectField = "emulatorUnknownObject";
    public const string Int64Field = "emulatorUnknownInt64";
    public const string ArrayField = "emulatorUnknownArray";
    public const string EnumField = "emulatorUnknownEnum";

    public static IReadOnlyList<string> Names { get; } = [ObjectField, Int64Field, ArrayField, EnumField];

    public static void AddTo(JsonObject target)
    {
        target[ObjectField] = new JsonObject
        {
            ["nested"] = new JsonObject { ["depth"] = 2, ["labels"] = new JsonArray("a", "b") },
            ["enabled"] = true,
        };
        target[Int64Field] = "9007199254740993";
        target[ArrayField] = new JsonArray(new JsonObject { ["kind"] = "FUTURE_KIND_ONE" }, "text", 3.5);
        target[EnumField] = "FUTURE_ENUM_VALUE_NO_CLIENT_KNOWS";
    }
}
