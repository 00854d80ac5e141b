using Microsoft.AspNetCore.Components.Server.Circuits;

namespace CareerNavigator.LoadTesting;

/// <summary>Open and connected circuits of this process.</summary>
public sealed class CircuitCount
{
    private int _open;
    private int _connected;

    public int Open => Volatile.Read(ref _open);
    public int Connected => Volatile.Read(ref _connected);

    internal sealed class Handler(CircuitCount count) : CircuitHandler
    {
        public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref count._open);
            return Task.CompletedTask;
        }

        public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Decrement(ref count._open);
            return Task.CompletedTask;
        }

        public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref count._connected);
            return Task.CompletedTask;
        }

        public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Decrement(ref count._connected);
            return Task.CompletedTask;
        }
    }
}
