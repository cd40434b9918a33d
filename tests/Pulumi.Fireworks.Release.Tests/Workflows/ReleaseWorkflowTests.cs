using Pulumi.Fireworks.Release.Tests.Distribution;
using Pulumi.Fireworks.Release.Tests.Versioning;
using YamlDotNet.RepresentationModel;

namespace Pulumi.Fireworks.Release.Tests.Workflows;

/// <summary>
/// .github/workflows/release.yml: native builds of every runtime make dist knows, the archives and checksum file it
/// writes attached to the GitHub release only once every platform built and both SDKs packed, and NuGet/npm
/// publishing (of the very packs tested before the release) only for a v* tag outside a dry run.
/// </summary>
public sealed class ReleaseWorkflowTests
{
    private const string PublishGuard = "env.PUBLISH == 'true'";
    private static readonly Workflow Release = Workflow.Load("release.yml");
    private static readonly DistLayout Layout = DistLayout.Instance;
    private static readonly string[] PublishCommands = ["gh release create", "gh release upload", "nuget push", "npm publish"];

    [Fact]
    public void Triggers_AreVersionTagsAndManualRuns()
    {
        var triggers = Release.Triggers.Children.Keys.Select(k => ((YamlScalarNode)k).Value).Order(StringComparer.Ordinal);

        Assert.Equal(["push", "workflow_dispatch"], triggers);
        Assert.Equal(["v*"], Workflow.Sequence(Release.Triggers, "push", "tags").Select(n => ((YamlScalarNode)n).Value));
        Assert.Null(Workflow.Find(Release.Triggers, "push", "branches"));
    }

    [Fact]
    public void ManualRun_IsADryRunUnlessTheInputIsUnticked()
    {
        Assert.Equal("boolean", Workflow.Scalar(Release.Triggers, "workflow_dispatch", "inputs", "dry_run", "type"));
        Assert.Equal("true", Workflow.Scalar(Release.Triggers, "workflow_dispatch", "inputs", "dry_run", "default"));
    }

    [Fact]
    public void Publish_IsOnOnlyForAVersionTagOutsideADryRun()
    {
        var publish = Workflow.Scalar(Release.Root, "env", "PUBLISH");

        Assert.Equal("${{ startsWith(github.ref, 'refs/tags/v') && !inputs.dry_run }}", publish);
    }

    [Fact]
    public void BuildMatrix_BuildsExactlyTheRuntimesMakeDistMaps()
    {
        var rids = Matrix().Select(e => e.Rid).ToList();

        Assert.All(rids, rid => Assert.True(Layout.Runtimes.ContainsKey(rid), $"{rid} is not in {DistLayout.File}: make dist cannot name its archive"));
        Assert.Equal(Layout.Runtimes.Keys.Order(StringComparer.Ordinal), rids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void BuildMatrix_RunsEachRuntimeOnARunnerOfItsOwnOsAndArchitecture()
    {
        // NativeAOT compiles for the OS it runs on. GitHub-hosted labels: "-arm" marks arm64 Linux and Windows; macOS
        // runners are arm64 except the "-intel" ones.
        Assert.All(Matrix(), e =>
        {
            var p = Layout.Runtimes[e.Rid];
            var native = p.Os switch
            {
                "linux" => e.Runner.StartsWith("ubuntu-", StringComparison.Ordinal) && (p.Arch == "arm64") == e.Runner.EndsWith("-arm", StringComparison.Ordinal),
                "darwin" => e.Runner.StartsWith("macos-", StringComparison.Ordinal) && (p.Arch == "amd64") == e.Runner.EndsWith("-intel", StringComparison.Ordinal),
                "windows" => e.Runner.StartsWith("windows-", StringComparison.Ordinal) && (p.Arch == "arm64") == e.Runner.EndsWith("-arm", StringComparison.Ordinal),
                _ => false,
            };
            Assert.True(native, $"{e.Rid} ({p.Os}-{p.Arch}) is built on {e.Runner}");
        });
        Assert.Equal("${{ matrix.runner }}", Workflow.Scalar(Release.Job("build"), "runs-on"));
    }

    [Fact]
    public void BuildJob_PacksWithMakeDistOrOnWindowsTheDistScriptForTheMatrixRuntime()
    {
        var steps = Release.Steps("build");

        var make = Assert.Single(steps, s => s.Run.Contains("make dist", StringComparison.Ordinal));
        Assert.Equal("make dist RID=${{ matrix.rid }}", make.Run.Trim());
        Assert.Equal("runner.os != 'Windows'", make.If);
        var windows = Assert.Single(steps, s => s.Run.Contains("node build/dist.js package", StringComparison.Ordinal));
        Assert.Contains("--rid ${{ matrix.rid }}", windows.Run, StringComparison.Ordinal);
        Assert.Contains("dotnet publish provider/Pulumi.Fireworks.Provider.csproj -c Release -r ${{ matrix.rid }}", windows.Run, StringComparison.Ordinal);
        Assert.Equal("runner.os == 'Windows'", windows.If);
    }

    [Fact]
    public void BuildJob_TestsBeforeItUploads()
    {
        var runs = Release.Steps("build").Select(s => s.Run).ToList();

        Assert.Contains(runs, r => r.Contains("dotnet test Pulumi.Fireworks.sln", StringComparison.Ordinal));
        Assert.Contains(runs, r => r.Contains("cd tests/conformance && npm ci --no-audit --no-fund && npm test", StringComparison.Ordinal));
        Assert.True(Release.Steps("build")[^1].Uploads, "the upload is the build job's last step");
    }

    [Fact]
    public void BuildJob_UploadsTheArchiveAndChecksumFileMakeDistWrites()
    {
        var upload = Assert.Single(Release.Steps("build"), s => s.Uploads);
        var patterns = Lines(upload.With("path"))
            .Select(p => p.Replace("${{ env.VERSION }}", VersionFile.Value, StringComparison.Ordinal))
            .Select(p => StripFolder(p, "artifacts/dist/"))
            .ToList();

        AssertCoverTheReleaseFiles(patterns, upload);
        Assert.Equal("error", upload.With("if-no-files-found"));
    }

    [Fact]
    public void ReleaseJob_CombinesTheChecksumsWithTheDistScript()
    {
        Assert.Contains(Release.Steps("release"), s => s.Run.Contains("node build/dist.js checksums --dir release", StringComparison.Ordinal));
    }

    [Fact]
    public void ReleaseJob_AttachesEveryArchiveAndTheCombinedChecksumFile()
    {
        var attach = Assert.Single(Release.Steps("release"), s => s.Run.Contains("gh release upload", StringComparison.Ordinal));
        var patterns = attach.Run.Replace("\"", "", StringComparison.Ordinal)
            .Replace("$VERSION", VersionFile.Value, StringComparison.Ordinal)
            .Split([' ', '\n', '\\'], StringSplitOptions.RemoveEmptyEntries)
            .Where(t => t.StartsWith("release/", StringComparison.Ordinal))
            .Select(t => StripFolder(t, "release/"))
            .ToList();

        AssertCoverTheReleaseFiles(patterns, attach);
    }

    [Fact]
    public void PublishSteps_RunOnlyWhenPublishIsOn()
    {
        var publishing = Release.AllSteps().Where(s => PublishCommands.Any(c => s.Run.Contains(c, StringComparison.Ordinal))).ToList();

        Assert.Equal(["npm", "nuget", "release"], publishing.Select(s => s.Job).Distinct().Order(StringComparer.Ordinal));
        Assert.All(publishing, s => Assert.True(s.If == PublishGuard, $"{s} runs under \"{s.If}\", not \"{PublishGuard}\""));
    }

    [Fact]
    public void PublishSteps_TakeTheTokensFromTheRepositorySecrets()
    {
        var nuget = Assert.Single(Release.AllSteps(), s => s.Run.Contains("dotnet nuget push", StringComparison.Ordinal));
        var npm = Assert.Single(Release.AllSteps(), s => s.Run.Contains("npm publish", StringComparison.Ordinal));

        Assert.Equal("${{ secrets.NUGET_API_KEY }}", nuget.Env("NUGET_API_KEY"));
        Assert.Contains("--api-key \"$NUGET_API_KEY\"", nuget.Run, StringComparison.Ordinal);
        // setup-node's registry-url writes an .npmrc that reads NODE_AUTH_TOKEN.
        Assert.Equal("${{ secrets.NPM_TOKEN }}", npm.Env("NODE_AUTH_TOKEN"));
        Assert.Contains(Release.Steps("npm"), s => s.With("registry-url") == "https://registry.npmjs.org");
    }

    [Fact]
    public void Secrets_AppearOnlyInGuardedPublishSteps()
    {
        static int Count(IEnumerable<string> scalars) => scalars.Sum(s => s.Split("secrets.").Length - 1);

        var guarded = Release.AllSteps().Where(s => s.If == PublishGuard).Sum(s => Count(Workflow.Scalars(s.Node)));

        Assert.Equal(2, guarded);
        Assert.Equal(guarded, Count(Workflow.Scalars(Release.Root)));
    }

    [Fact]
    public void EveryBuiltFile_IsKeptAsAWorkflowArtifactAlsoInADryRun()
    {
        Assert.All(["build", "pack-nuget", "pack-npm", "release"], job =>
        {
            var upload = Assert.Single(Release.Steps(job), s => s.Uploads);
            Assert.Null(upload.If);
        });
    }

    [Fact]
    public void Jobs_PublishThePluginBeforeThePackagesThatDownloadIt()
    {
        Assert.Contains("build", Release.Needs("release"));
        Assert.Contains("release", Release.Needs("nuget"));
        Assert.Contains("release", Release.Needs("npm"));
    }

    [Fact]
    public void ReleaseJob_WaitsForBothSdkPacks_SoAFailingPackLeavesNoHalfRelease()
    {
        Assert.Contains("pack-nuget", Release.Needs("release"));
        Assert.Contains("pack-npm", Release.Needs("release"));
        Assert.Contains(Release.Steps("pack-npm"), s => s.Run.Contains("npm test", StringComparison.Ordinal));
        Assert.Contains(Release.Steps("pack-nuget"), s => s.Run.Contains("dotnet pack sdk/dotnet", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("pack-nuget", "nuget")]
    [InlineData("pack-npm", "npm")]
    public void PublishJobs_PushThePackTheirPackJobUploaded_WithoutRebuilding(string packJob, string publishJob)
    {
        var uploaded = Assert.Single(Release.Steps(packJob), s => s.Uploads).With("name");
        var download = Assert.Single(Release.Steps(publishJob),
            s => s.Uses?.StartsWith("actions/download-artifact@", StringComparison.Ordinal) == true);

        Assert.Equal(uploaded, download.With("name"));
        Assert.DoesNotContain(Release.Steps(publishJob), s => s.Run.Contains("pack", StringComparison.Ordinal)
            || s.Run.Contains("npm run build", StringComparison.Ordinal));
    }

    private static IEnumerable<(string Rid, string Runner)> Matrix() =>
        Workflow.Sequence(Release.Job("build"), "strategy", "matrix", "include")
            .Select(e => (Workflow.Scalar(e, "rid")!, Workflow.Scalar(e, "runner")!));

    private static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    private static string StripFolder(string path, string folder)
    {
        Assert.StartsWith(folder, path, StringComparison.Ordinal);
        return path[folder.Length..];
    }

    /// <summary>Every archive make dist can write and its checksum file match a pattern; no pattern matches nothing.</summary>
    private static void AssertCoverTheReleaseFiles(IReadOnlyList<string> patterns, WorkflowStep step)
    {
        var version = VersionFile.Value;
        var files = Layout.Runtimes.Keys.Select(rid => Layout.ArchiveName(version, rid)).Append(Layout.ChecksumsName(version)).ToList();

        Assert.All(files, f => Assert.True(patterns.Any(p => PathPattern.Matches(p, f)), $"{step} names no file matching {f}"));
        Assert.All(patterns, p => Assert.True(files.Any(f => PathPattern.Matches(p, f)), $"{step}: {p} matches no file make dist writes"));
    }
}
