using Microsoft.Extensions.Time.Testing;
using Moq;
using Pulumi.Fireworks.Provider.Fireworks.DeployedModels;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.Fireworks.Models;
using Pulumi.Fireworks.Provider.Tests.Support;

namespace Pulumi.Fireworks.Provider.Tests.Fireworks.DeployedModels;

public sealed class DeployedModelWaiterTests
{
    private const string Name = "accounts/acme/deployedModels/chat-lora-1";

    private readonly FakeTimeProvider _time = new();
    private readonly Mock<IDeployedModelsApi> _api = new();

    private static DeployedModel Record(string? state, string? code = "OK", string? message = "") =>
        new() { Name = Name, State = state, Status = new OperationStatus { Code = code, Message = message } };

    /// <summary>Successive reads see <paramref name="records"/> (null: 404); the last one sticks.</summary>
    private void Reads(params DeployedModel?[] records)
    {
        var queue = new Queue<DeployedModel?>(records);
        _api.Setup(api => api.GetDeployedModelAsync(Name, It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => queue.Count > 1 ? queue.Dequeue() : queue.Peek());
    }

    private Task<DeployedModel?> WaitAsync(DeployedModelWaitTarget target, DeployedModelWaitOptions? options = null) =>
        _time.RunAsync(() => new DeployedModelWaiter(_api.Object, Name, target, options, _time, new SecretRedactor([]))
            .WaitAsync());

    [Fact]
    public async Task Wait_DeployingThenDeployed_ReturnsTheDeployedRecord()
    {
        Reads(Record("DEPLOYING"), Record("DEPLOYING"), Record("DEPLOYED"));

        var record = await WaitAsync(DeployedModelWaitTarget.Deployed);

        Assert.Equal("DEPLOYED", record!.State);
    }

    [Fact]
    public async Task Wait_UpdatingThenDeployed_EndsWhenNoLongerUpdating()
    {
        Reads(Record("UPDATING"), Record("DEPLOYED"));

        Assert.Equal("DEPLOYED", (await WaitAsync(DeployedModelWaitTarget.Deployed))!.State);
    }

    [Theory]
    [InlineData("STATE_UNSPECIFIED", "INTERNAL")]
    [InlineData(null, "INTERNAL")]
    [InlineData("DEPLOYING", "RESOURCE_EXHAUSTED")]
    [InlineData("UNDEPLOYING", "OK")]
    public async Task Wait_FailedLoad_ThrowsWithTheRecordAndItsStatus(string? state, string code)
    {
        Reads(Record("DEPLOYING"), Record(state, code, "no GPU memory for the adapter"));

        var failure = await Assert.ThrowsAsync<DeployedModelLoadFailedException>(() => WaitAsync(DeployedModelWaitTarget.Deployed));

        Assert.False(failure.Vanished);
        Assert.Equal(code, failure.DeployedModel!.Status!.Code);
        Assert.Contains(state ?? "STATE_UNSPECIFIED", failure.Message, StringComparison.Ordinal);
        Assert.Contains(Name, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wait_RecordVanishesWhileLoading_ThrowsMarkedVanished()
    {
        Reads(Record("DEPLOYING"), null);

        var failure = await Assert.ThrowsAsync<DeployedModelLoadFailedException>(() => WaitAsync(DeployedModelWaitTarget.Deployed));

        Assert.True(failure.Vanished);
        Assert.Contains("nothing is left", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wait_ForGone_ReturnsNullOnceAReadAnswersNotFound()
    {
        Reads(Record("UNDEPLOYING"), Record("UNDEPLOYING"), null);

        Assert.Null(await WaitAsync(DeployedModelWaitTarget.Gone));
        _api.Verify(api => api.GetDeployedModelAsync(Name, It.IsAny<CancellationToken>()), Times.Exactly(3));
    }

    [Fact]
    public async Task Wait_TargetNotReachedInTime_ThrowsTimeoutWithTheLastRecord()
    {
        Reads(Record("DEPLOYING"));

        var timeout = await Assert.ThrowsAsync<DeployedModelWaitTimeoutException>(
            () => WaitAsync(DeployedModelWaitTarget.Deployed, new DeployedModelWaitOptions { Timeout = TimeSpan.FromMinutes(2) }));

        Assert.Equal("DEPLOYING", timeout.LastSeen!.State);
        Assert.Equal(TimeSpan.FromMinutes(2), timeout.Elapsed);
        Assert.Contains("last state: DEPLOYING", timeout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wait_ReportsEveryPoll()
    {
        Reads(Record("DEPLOYING"), Record("DEPLOYED"));
        var polls = new List<DeployedModelWaitProgress>();

        await WaitAsync(DeployedModelWaitTarget.Deployed,
            new DeployedModelWaitOptions { Progress = new SynchronousProgress<DeployedModelWaitProgress>(polls.Add) });

        Assert.Equal(["DEPLOYING", "DEPLOYED"], polls.Select(poll => poll.State));
        Assert.Equal([1, 2], polls.Select(poll => poll.Polls));
    }
}
