using YamlDotNet.RepresentationModel;

namespace Pulumi.Fireworks.Release.Tests.Workflows;

/// <summary>.github/workflows/ci.yml: .ci/run on ubuntu for every pull request and every push to main.</summary>
public sealed class CiWorkflowTests
{
    private static readonly Workflow Ci = Workflow.Load("ci.yml");

    [Fact]
    public void Triggers_ArePullRequestsAndPushesToMain()
    {
        var triggers = Ci.Triggers.Children.Keys.Select(k => ((YamlScalarNode)k).Value).Order(StringComparer.Ordinal);

        Assert.Equal(["pull_request", "push"], triggers);
        Assert.Equal(["main"], Workflow.Sequence(Ci.Triggers, "push", "branches").Select(n => ((YamlScalarNode)n).Value));
        Assert.Null(Workflow.Find(Ci.Triggers, "pull_request", "branches"));
    }

    [Fact]
    public void Job_RunsTheCiEntryPointOnUbuntu()
    {
        var job = Assert.Single(Ci.JobIds);

        Assert.StartsWith("ubuntu-", Workflow.Scalar(Ci.Job(job), "runs-on"), StringComparison.Ordinal);
        Assert.Contains(Ci.Steps(job), s => s.Uses?.StartsWith("actions/checkout@", StringComparison.Ordinal) == true);
        Assert.Equal("bash .ci/run", Ci.Steps(job)[^1].Run.Trim());
    }

    [Fact]
    public void Job_InstallsTheSdkThatGlobalJsonPins()
    {
        var setup = Assert.Single(Ci.AllSteps(), s => s.Uses?.StartsWith("actions/setup-dotnet@", StringComparison.Ordinal) == true);

        Assert.Equal("global.json", setup.With("global-json-file"));
    }
}
