using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using MessagePack;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace CareerNavigator.Load.Protocol;

/// <summary>
/// Blazor's hub protocol "blazorpack": SignalR's MessagePack protocol under another name. Calls from the server
/// are read with as many untyped arguments as they carry, so a runtime that adds an argument (as .NET 10 did to
/// JS.BeginInvokeJS) still reaches the handler instead of failing to bind and being dropped.
/// </summary>
public sealed class BlazorPackHubProtocol : IHubProtocol
{
    private readonly MessagePackHubProtocol _inner = new();

    public string Name => "blazorpack";
    public int Version => _inner.Version;
    public TransferFormat TransferFormat => TransferFormat.Binary;

    public bool IsVersionSupported(int version) => _inner.IsVersionSupported(version);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => _inner.GetMessageBytes(message);

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => _inner.WriteMessage(message, output);

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message)
    {
        var count = InvocationArgumentCount(input);
        return _inner.TryParseMessage(ref input, count is { } n ? new UntypedArguments(binder, n) : binder, out message);
    }

    /// <summary>Reads the length prefix and the head of an invocation up to its argument array; null for other messages.</summary>
    private static int? InvocationArgumentCount(ReadOnlySequence<byte> input)
    {
        var reader = new SequenceReader<byte>(input);
        var length = 0;
        var shift = 0;
        byte b;
        do
        {
            if (!reader.TryRead(out b) || shift > 28)
            {
                return null;
            }
            length |= (b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);
        if (reader.Remaining < length)
        {
            return null;
        }

        var message = new MessagePackReader(input.Slice(reader.Position, length));
        message.ReadArrayHeader();
        if (message.ReadInt32() != HubProtocolConstants.InvocationMessageType)
        {
            return null;
        }
        var headers = message.ReadMapHeader();
        for (var i = 0; i < headers * 2; i++)
        {
            message.Skip();
        }
        message.Skip();
        message.Skip();
        return message.ReadArrayHeader();
    }

    private sealed class UntypedArguments(IInvocationBinder inner, int count) : IInvocationBinder
    {
        public IReadOnlyList<Type> GetParameterTypes(string methodName) => Enumerable.Repeat(typeof(object), count).ToArray();
        public Type GetReturnType(string invocationId) => inner.GetReturnType(invocationId);
        public Type GetStreamItemType(string streamId) => inner.GetStreamItemType(streamId);
    }
}
