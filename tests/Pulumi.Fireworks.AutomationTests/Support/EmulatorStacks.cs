using Fireworks.Emulator;
using Pulumi.Automation;

namespace Pulumi.Fireworks.AutomationTests.Support;

/// <summary>Creates a stack of an inline program on a <see cref="LocalBackend"/>, configured for the emulator.</summary>
internal static class EmulatorStacks
{
    public static async Task<WorkspaceStack> CreateAsync(LocalBackend backend, string project, string stack, PulumiFn program,
        FireworksEmulator emulator, IDictionary<string, ConfigValue>? programConfig = null)
    {
        var workspaceStack = await LocalWorkspace.CreateOrSelectStackAsync(new InlineProgramArgs(project, stack, program)
        {
            EnvironmentVariables = backend.EnvironmentVariables,
        });

        var config = new Dictionary<string, ConfigValue>
        {
            ["fireworks:baseUrl"] = new ConfigValue(emulator.BaseUrl.ToString()),
            ["fireworks:accountId"] = new ConfigValue(emulator.AccountId),
            ["fireworks:apiKey"] = new ConfigValue(emulator.ApiKey, isSecret: true),
        };
        foreach (var entry in programConfig ?? new Dictionary<string, ConfigValue>())
        {
            config[entry.Key] = entry.Value;
        }

        await workspaceStack.SetAllConfigAsync(config);
        return workspaceStack;
    }

    /// <summary>Destroys what is left and removes the stack, whatever the test did.</summary>
    public static async Task CleanUpAsync(WorkspaceStack stack)
    {
        await stack.DestroyAsync();
        await stack.Workspace.RemoveStackAsync(stack.Name);
        stack.Dispose();
    }
}
