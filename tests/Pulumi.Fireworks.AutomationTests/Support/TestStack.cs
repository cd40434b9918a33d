using Fireworks.Emulator;
using Pulumi.Automation;

namespace Pulumi.Fireworks.AutomationTests.Support;

/// <summary>
/// A stack on a <see cref="LocalBackend"/>, of an inline program or of an example run in place. Disposing it
/// destroys whatever the test left and removes the stack (which also deletes the example's Pulumi.&lt;stack&gt;.yaml).
/// </summary>
internal sealed class TestStack : IAsyncDisposable
{
    /// <summary>The stack name every test uses; stacks are per project on a file backend, so names never collide.</summary>
    public const string Name = "automation-tests";

    private TestStack(WorkspaceStack stack) => Stack = stack;

    public WorkspaceStack Stack { get; }

    /// <summary>The provider configuration that points the plugin at the emulator, with the emulator's account and key.</summary>
    public static Dictionary<string, ConfigValue> EmulatorConfig(FireworksEmulator emulator) => new()
    {
        ["fireworks:baseUrl"] = new ConfigValue(emulator.BaseUrl.ToString()),
        ["fireworks:accountId"] = new ConfigValue(emulator.AccountId),
        ["fireworks:apiKey"] = new ConfigValue(emulator.ApiKey, isSecret: true),
    };

    public static async Task<TestStack> CreateInlineAsync(LocalBackend backend, string project, PulumiFn program,
        IDictionary<string, ConfigValue> config)
    {
        var stack = await LocalWorkspace.CreateOrSelectStackAsync(new InlineProgramArgs(project, Name, program)
        {
            EnvironmentVariables = backend.EnvironmentVariables,
        });
        return await ConfigureAsync(stack, config);
    }

    public static async Task<TestStack> CreateLocalAsync(LocalBackend backend, Example example, IDictionary<string, ConfigValue> config)
    {
        example.EnsurePrerequisites();

        // Stack config lives next to the example's Pulumi.yaml. A file left by an aborted run belongs to a backend
        // that no longer exists; start from a clean one.
        File.Delete(Path.Combine(example.WorkDir, $"Pulumi.{Name}.yaml"));
        var stack = await LocalWorkspace.CreateOrSelectStackAsync(new LocalProgramArgs(Name, example.WorkDir)
        {
            EnvironmentVariables = backend.EnvironmentVariables,
        });
        return await ConfigureAsync(stack, config);
    }

    /// <summary>Destroys what is left and removes the stack, whatever the test did.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await Stack.DestroyAsync();
            await Stack.Workspace.RemoveStackAsync(Stack.Name);
        }
        finally
        {
            Stack.Dispose();
        }
    }

    private static async Task<TestStack> ConfigureAsync(WorkspaceStack stack, IDictionary<string, ConfigValue> config)
    {
        try
        {
            await stack.SetAllConfigAsync(config);
            return new TestStack(stack);
        }
        catch
        {
            stack.Dispose();
            throw;
        }
    }
}
