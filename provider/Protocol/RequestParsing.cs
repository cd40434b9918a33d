using System.Runtime.ExceptionServices;
using Google.Protobuf;
using Grpc.Core;

namespace Pulumi.Fireworks.Provider.Protocol;

/// <summary>
/// Request parsing that accepts every message the engine can send. Google.Protobuf stops at 100 nested messages
/// (a map level of a <c>Struct</c> costs three: map entry, <c>Value</c>, <c>Struct</c>; a list level two), so
/// values about 49 list levels deep failed the call with UNKNOWN before the provider saw them. The engine's Go
/// protobuf accepts 10,000 nested messages (<c>protowire.DefaultRecursionLimit</c>, counting two per level: it does
/// not count map entries), so no value it holds is deeper than about 5,000 levels; <see cref="RecursionLimit"/>
/// covers that in Google.Protobuf's counting, maps included. The property codec then decides what it accepts and
/// names the path of what it refuses.
/// </summary>
/// <remarks>
/// The generated parser runs first; only a message it refuses is parsed again, with the raised limit, on a thread
/// whose stack fits that depth (parsing recurses once per nested message, about 200 bytes each). A request that
/// still does not parse is InvalidArgument, not the UNKNOWN the server answers for other exceptions.
/// </remarks>
internal static class RequestParsing
{
    /// <summary>Nested messages accepted, in Google.Protobuf's counting (5,000 map levels cost 15,000).</summary>
    public const int RecursionLimit = 16_000;

    /// <summary>The stack of the thread that parses deep requests: about twenty times what the limit needs.</summary>
    public const int ParserStackSize = 64 * 1024 * 1024;

    /// <summary><paramref name="method"/> with a request marshaller that parses through <see cref="Parse{T}"/>.</summary>
    public static Method<TRequest, TResponse> WithDeepRequests<TRequest, TResponse>(Method<TRequest, TResponse> method)
        where TRequest : class
        where TResponse : class
    {
        var generated = method.RequestMarshaller;
        var marshaller = Marshallers.Create(generated.ContextualSerializer, context => Parse(generated, context));
        return new Method<TRequest, TResponse>(method.Type, method.ServiceName, method.Name, marshaller,
            method.ResponseMarshaller);
    }

    /// <summary>Parses with the generated parser, then, if that refuses, with <see cref="RecursionLimit"/>.</summary>
    /// <exception cref="RpcException">InvalidArgument: the payload is not a valid message.</exception>
    public static T Parse<T>(Marshaller<T> generated, DeserializationContext context)
        where T : class
    {
        try
        {
            return generated.ContextualDeserializer(context);
        }
        catch (InvalidProtocolBufferException)
        {
            // Too deep for the stock limit, or not a message at all: the second parse tells which.
        }

        var payload = context.PayloadAsNewBuffer();
        T? message = null;
        Exception? failure = null;
        var parser = new Thread(() =>
        {
            // An exception must not escape this thread: it would end the process.
            try
            {
                message = ParseDeep(generated, payload);
            }
            catch (Exception exception)
            {
                failure = exception;
            }
        }, ParserStackSize);
        parser.Start();
        parser.Join();

        switch (failure)
        {
            case null:
                return message!;
            case InvalidProtocolBufferException invalid:
                throw new RpcException(new Status(StatusCode.InvalidArgument,
                    $"the request is not a valid {typeof(T).Name} message (nested messages are accepted up to " +
                    $"{RecursionLimit} levels): {invalid.Message}"));
            default:
                ExceptionDispatchInfo.Throw(failure);
                return null;
        }
    }

    private static T ParseDeep<T>(Marshaller<T> generated, byte[] payload)
        where T : class
    {
        // The generated deserializer of an empty payload is the way to a new T without reflection.
        var message = generated.ContextualDeserializer(EmptyPayload.Instance);
        using var stream = new MemoryStream(payload, writable: false);
        var input = CodedInputStream.CreateWithLimits(stream, int.MaxValue, RecursionLimit);
        ((IMessage)message).MergeFrom(input);
        return message;
    }
}
