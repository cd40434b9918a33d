using System.Diagnostics;

namespace Fireworks.Emulator.Tests.Hosting;

public sealed class ProgramTests
{
    [Fact]
    public async Task CommandLine_PrintsExactlyTheListeningLineAndServes()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Fireworks.Emulator.dll");
        var start = new ProcessStartInfo("dotnet", ["exec", dll, "--port", "0", "--account", "cli-account"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token);

            Assert.Matches(@"^Fireworks emulator listening on http://127\.0\.0\.1:\d+$", line);
            using var http = new HttpClient { BaseAddress = new Uri(line!.Split(' ')[^1]) };
            http.DefaultRequestHeaders.Authorization = new("Bearer", "fw-emulator-key");
            using var response = await http.GetAsync("v1/accounts/cli-account/deployments", timeout.Token);
            Assert.Equal(200, (int)response.StatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        Assert.Equal("", await process.StandardOutput.ReadToEndAsync());
    }
}
