namespace Pulumi.Fireworks.AutomationTests.Support;

/// <summary>
/// A program under <c>examples/</c>, run in place as a local program (its Pulumi.yaml points the engine at
/// <c>artifacts/plugin</c>, its package references at the repository's SDKs), with what it needs before it can run.
/// </summary>
internal sealed class Example
{
    private readonly Func<string?> missingPrerequisite;

    private Example(string folder, string project, Func<string?> missingPrerequisite)
    {
        Folder = folder;
        Project = project;
        this.missingPrerequisite = missingPrerequisite;
    }

    /// <summary>examples/yaml: Pulumi YAML needs nothing but the CLI and the plugin.</summary>
    public static Example Yaml { get; } = new("yaml", "fireworks-chat-yaml", MissingPlugin);

    /// <summary>examples/typescript: needs the built Node SDK installed into the example's node_modules.</summary>
    public static Example TypeScript { get; } = new("typescript", "fireworks-chat-typescript", () => MissingPlugin() ?? (
        Directory.Exists(RepositoryRoot.Combine("examples", "typescript", "node_modules", "@pulumi-fireworks", "fireworks"))
            ? null
            : "examples/typescript has no node_modules: run 'cd sdk/nodejs && npm ci && npm run build', then 'cd examples/typescript && npm install'."));

    /// <summary>examples/csharp: the .NET language host builds it, restoring Pulumi.Fireworks from artifacts/nuget.</summary>
    public static Example CSharp { get; } = new("csharp", "fireworks-chat-csharp", () => MissingPlugin() ?? (
        Directory.Exists(RepositoryRoot.Combine("artifacts", "nuget"))
            && Directory.EnumerateFiles(RepositoryRoot.Combine("artifacts", "nuget"), "Pulumi.Fireworks.*.nupkg").Any()
            ? null
            : "No Pulumi.Fireworks package in artifacts/nuget: run 'dotnet pack sdk/dotnet -c Release -o artifacts/nuget'."));

    /// <summary>examples/consumer: a YAML stack that only reads another stack's outputs.</summary>
    public static Example Consumer { get; } = new("consumer", "fireworks-chat-consumer", () => null);

    /// <summary>examples/consumer-csharp: the same consumer in C#; the .NET language host builds it (Pulumi from NuGet).</summary>
    public static Example ConsumerCSharp { get; } = new("consumer-csharp", "fireworks-chat-consumer-csharp", () => null);

    /// <summary>The folder under examples/.</summary>
    public string Folder { get; }

    /// <summary>The project name in the example's Pulumi.yaml (file-backend stack references need it).</summary>
    public string Project { get; }

    public string WorkDir => RepositoryRoot.Combine("examples", Folder);

    /// <summary>The consumer examples by folder name, for theories.</summary>
    public static Example Consuming(string folder) => folder switch
    {
        "consumer" => Consumer,
        "consumer-csharp" => ConsumerCSharp,
        _ => throw new ArgumentOutOfRangeException(nameof(folder), folder, "not a consumer example"),
    };

    /// <summary>The producer examples by folder name, for theories.</summary>
    public static Example Producer(string folder) => folder switch
    {
        "yaml" => Yaml,
        "typescript" => TypeScript,
        "csharp" => CSharp,
        _ => throw new ArgumentOutOfRangeException(nameof(folder), folder, "not a producer example"),
    };

    /// <summary>Fails early with the command that fixes a missing prerequisite, instead of a long CLI error.</summary>
    public void EnsurePrerequisites()
    {
        if (missingPrerequisite() is { } problem)
        {
            throw new InvalidOperationException(problem);
        }
    }

    public override string ToString() => Folder;

    // The examples' Pulumi.yaml always names ../../artifacts/plugin, whatever PULUMI_FIREWORKS_PLUGIN_DIR says.
    private static string? MissingPlugin() =>
        File.Exists(RepositoryRoot.Combine("artifacts", "plugin", PluginLocation.BinaryName))
            ? null
            : $"No {PluginLocation.BinaryName} in artifacts/plugin (the examples' Pulumi.yaml points there): run 'make publish'.";
}
