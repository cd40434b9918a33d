using YamlDotNet.RepresentationModel;

namespace Pulumi.Fireworks.Release.Tests.Workflows;

/// <summary>One step of a workflow job: what it uses or runs, its condition, inputs and environment.</summary>
internal sealed class WorkflowStep(string job, YamlMappingNode node)
{
    public string Job => job;

    public YamlMappingNode Node => node;

    public string? Name => Workflow.Scalar(node, "name");

    public string? Uses => Workflow.Scalar(node, "uses");

    public string Run => Workflow.Scalar(node, "run") ?? "";

    public string? If => Workflow.Scalar(node, "if");

    public string? With(string key) => Workflow.Scalar(node, "with", key);

    public string? Env(string key) => Workflow.Scalar(node, "env", key);

    public bool Uploads => Uses?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true;

    public override string ToString() => $"{job}: {Name ?? Uses ?? Run}";
}
