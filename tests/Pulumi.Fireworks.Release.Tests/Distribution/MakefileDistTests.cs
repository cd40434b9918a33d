using Pulumi.Fireworks.Release.Tests.Support;

namespace Pulumi.Fireworks.Release.Tests.Distribution;

/// <summary>The Makefile's dist target: packs the publish output with build/dist.js, and make test builds it first.</summary>
public sealed class MakefileDistTests
{
    private static readonly string[] Lines = RepositoryRoot.ReadText("Makefile").Split('\n');

    [Fact]
    public void Dist_PacksThePublishedPluginWithTheDistScriptForRid()
    {
        Assert.Equal(["publish"], Prerequisites("dist"));
        Assert.Contains(Recipe("dist"), l => l.Contains("build/dist.js package --rid $(RID)", StringComparison.Ordinal));
    }

    [Fact]
    public void TestConformance_BuildsTheArchiveBeforeTheHarnessUnpacksIt()
    {
        Assert.Contains("dist", Prerequisites("test-conformance"));
        Assert.Contains("test-conformance", Prerequisites("test"));
    }

    private static string[] Prerequisites(string target) =>
        Lines.Single(l => l.StartsWith(target + ":", StringComparison.Ordinal))[(target.Length + 1)..]
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static IEnumerable<string> Recipe(string target) =>
        Lines.SkipWhile(l => !l.StartsWith(target + ":", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.StartsWith('\t'));
}
