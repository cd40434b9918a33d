using Pulumi.Fireworks.Release.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Pulumi.Fireworks.Release.Tests.Workflows;

/// <summary>.github/workflows/ci.yml: .ci/run on ubuntu for every pull request and every push to main, and the .NET
/// SDK and C# examples compiled against the real Pulumi package (which .ci/run's environment cannot fetch).</summary>
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
        var job = Assert.Single(Ci.JobIds, id => Ci.Steps(id).Any(s => s.Run.Contains(".ci/run", StringComparison.Ordinal)));

        Assert.StartsWith("ubuntu-", Workflow.Scalar(Ci.Job(job), "runs-on"), StringComparison.Ordinal);
        Assert.Contains(Ci.Steps(job), s => s.Uses?.StartsWith("actions/checkout@", StringComparison.Ordinal) == true);
        Assert.Equal("bash .ci/run", Ci.Steps(job)[^1].Run.Trim());
    }

    [Fact]
    public void Job_InstallsTheSdkThatGlobalJsonPins()
    {
        var setups = Ci.AllSteps().Where(s => s.Uses?.StartsWith("actions/setup-dotnet@", StringComparison.Ordinal) == true).ToList();

        Assert.NotEmpty(setups);
        Assert.All(setups, setup => Assert.Equal("global.json", setup.With("global-json-file")));
    }

    [Fact]
    public void SdkJob_PacksTheDotnetSdkIntoTheFeedTheCSharpExamplesRead_ThenBuildsEveryCSharpExample()
    {
        var runs = Ci.Steps("sdk-dotnet").Select(s => s.Run.Trim()).Where(r => r.Length > 0).ToList();
        var examples = Directory.GetFiles(RepositoryRoot.Combine("examples"), "*.csproj", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(RepositoryRoot.Path, Path.GetDirectoryName(file)!).Replace('\\', '/'))
            .ToList();

        Assert.Equal("dotnet pack sdk/dotnet -c Release -o artifacts/nuget", runs[0]);
        Assert.NotEmpty(examples);
        Assert.All(examples, example => Assert.Contains($"dotnet build {example} -c Release", runs));
    }
}
