using Fireworks.Emulator;

namespace Pulumi.Fireworks.AutomationTests.Support;

/// <summary>
/// One in-process Fireworks emulator per test class, with short delays so a whole <c>pulumi up</c> / destroy takes
/// seconds; each test calls <see cref="FireworksEmulator.Reset"/> through <see cref="ResetAsync"/> first.
/// </summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    private FireworksEmulator? emulator;

    public FireworksEmulator Emulator => emulator ?? throw new InvalidOperationException("The emulator has not started.");

    public async Task InitializeAsync()
    {
        emulator = await FireworksEmulator.StartAsync(new EmulatorOptions
        {
            ReadyDelay = TimeSpan.FromMilliseconds(300),
            UpdateDelay = TimeSpan.FromMilliseconds(300),
            DeleteDelay = TimeSpan.FromMilliseconds(100),
        });
    }

    public Task ResetAsync()
    {
        Emulator.Reset();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (emulator is not null)
        {
            await emulator.DisposeAsync();
        }
    }
}
