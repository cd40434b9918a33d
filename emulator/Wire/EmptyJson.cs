namespace Fireworks.Emulator.Wire;

/// <summary>The empty message <c>{}</c>: returned by delete and scale, accepted by undelete.</summary>
internal sealed class EmptyJson
{
}
