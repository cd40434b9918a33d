using Fireworks.Emulator;
using Fireworks.Emulator.Hosting;

// Command-line entry: `dotnet run --project emulator -- --port 0`. stdout gets exactly one line; logs go to stderr.
EmulatorOptions options;
try
{
    if (CommandLine.Parse(args, Environment.GetEnvironmentVariable) is not { } parsed)
    {
        Console.Error.WriteLine(CommandLine.Usage);
        return 0;
    }

    options = parsed;
}
catch (ArgumentException error)
{
    Console.Error.WriteLine($"fireworks-emulator: {error.Message}");
    Console.Error.WriteLine(CommandLine.Usage);
    return 2;
}

await using var emulator = await FireworksEmulator.StartAsync(options, handleSignals: true, CancellationToken.None);
Console.Out.WriteLine($"Fireworks emulator listening on {emulator.BaseUrl.GetLeftPart(UriPartial.Authority)}");
Console.Out.Flush();
await emulator.WaitForShutdownAsync();
return 0;
