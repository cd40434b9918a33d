using System.Buffers;
using Grpc.Core;

namespace Pulumi.Fireworks.Provider.Protocol;

/// <summary>A zero-length message payload: what a generated deserializer turns into a new, empty message.</summary>
internal sealed class EmptyPayload : DeserializationContext
{
    public static readonly EmptyPayload Instance = new();

    public override int PayloadLength => 0;

    public override byte[] PayloadAsNewBuffer() => [];

    public override ReadOnlySequence<byte> PayloadAsReadOnlySequence() => ReadOnlySequence<byte>.Empty;
}
