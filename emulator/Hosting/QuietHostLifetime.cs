using Microsoft.Extensions.Hosting;

namespace Fireworks.Emulator.Hosting;

/// <summary>An in-process emulator must not take over the host process's Ctrl+C / SIGTERM handling.</summary>
internal sealed class QuietHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
