using System.Buffers;
using Grpc.Core;

namespace Pulumi.Fireworks.Provider.Tests.Support;

/// <summary>A received message payload, as the gRPC server hands it to a request deserializer.</summary>
internal sealed class BytesPayload(byte[] bytes) : DeserializationContext
{
    public override int PayloadLength => bytes.Length;

    public override byte[] PayloadAsNewBuffer() => (byte[])bytes.Clone();

    public override ReadOnlySequence<byte> PayloadAsReadOnlySequence() => new(bytes);
}
