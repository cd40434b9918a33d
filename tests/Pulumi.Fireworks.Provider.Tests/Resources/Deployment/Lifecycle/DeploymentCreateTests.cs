using Moq;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks.Models;
using Pulumi.Fireworks.Provider.Fireworks.Waiting;
using Pulumi.Fireworks.Provider.Logging;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Deployment;
using Pulumi.Fireworks.Provider.Tests.Support;
using static Pulumi.Fireworks.Provider.Tests.Support.DeploymentProps;
using FireworksDeployment = Pulumi.Fireworks.Provider.Fireworks.Deployments.Deployment;

namespace Pulumi.Fireworks.Provider.Tests.Resources.Deployment.Lifecycle;

public sealed class DeploymentCreateTests
{
    private readonly DeploymentLifecycleHarness _harness = new();

    private FakeDeploymentsApi Api => _harness.Api;

    [Fact]
    public async Task Create_SendsOnlyWhatTheUserSet_NeverDefaultsKnobsOrTheId()
    {
        var inputs = _harness.Checked(("displayName", "Chat"), ("region", "US_IOWA_1"),
            ("autoscalingPolicy", Obj(("scaleToZeroWindow", "5m"))));
        Assert.True(inputs.ContainsKey("__defaults"));

        await _harness.CreateAsync(inputs);

        var (spec, options) = Assert.Single(Api.Creates);
        Assert.Equal(
            $$$"""{"baseModel":"{{{Model}}}","displayName":"Chat","acceleratorType":"{{{Accelerator}}}","autoscalingPolicy":{"scaleToZeroWindow":"300s"},"placement":{"region":"US_IOWA_1"},"annotations":{"fireworks.pulumi.com/urn":"{{{Urn}}}"}}""",
            DeploymentLifecycleHarness.Json(spec));
        Assert.Equal("chat-1", options!.DeploymentId);
    }

    [Fact]
    public async Task Create_WaitsForReady_ReturnsTheFullNameAndServiceOutputs()
    {
        Api.StateAfterCreate = DeploymentStates.Creating;
        Api.StatesOnRead.Enqueue(DeploymentStates.Creating);
        Api.StatesOnRead.Enqueue(DeploymentStates.Ready);

        var response = await _harness.CreateAsync(_harness.Checked(("displayName", "Chat")));

        Assert.Equal("accounts/acme/deployments/chat-1", response.Id);
        Assert.Equal(PropertyValue.Create("READY"), response.Properties["state"]);
        Assert.Equal(PropertyValue.Create("accounts/acme/deployments/chat-1"), response.Properties["name"]);
        Assert.Equal(PropertyValue.Create("chat-1"), response.Properties["deploymentId"]);
        Assert.Equal(PropertyValue.Create(true), response.Properties["waitForReady"]);
        Assert.False(response.Properties.ContainsKey("__defaults"));
        Assert.Empty(Api.StatesOnRead);
    }

    [Fact]
    public async Task Create_WhileWaiting_SendsEphemeralProgressForTheResource()
    {
        Api.StateAfterCreate = DeploymentStates.Creating;
        Api.StatesOnRead.Enqueue(DeploymentStates.Creating);
        Api.StatesOnRead.Enqueue(DeploymentStates.Ready);

        await _harness.CreateAsync(_harness.Checked());

        var progress = _harness.Log.Messages.Where(m => m.Message.Contains("CREATING", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(progress);
        Assert.All(progress, m =>
        {
            Assert.Equal(LogSeverity.Info, m.Severity);
            Assert.True(m.Ephemeral);
            Assert.Equal(Urn, m.Urn);
            Assert.Contains("elapsed", m.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Create_WaitForReadyFalse_ReturnsWithoutPolling()
    {
        Api.StateAfterCreate = DeploymentStates.Creating;

        var response = await _harness.CreateAsync(_harness.Checked(("waitForReady", false)));

        Assert.Empty(Api.Gets);
        Assert.Equal(PropertyValue.Create("CREATING"), response.Properties["state"]);
    }

    [Fact]
    public async Task Create_KeysNotReturnedByTheService_AreCarriedOverAsSecret()
    {
        Api.ReturnsKeys = false;

        var response = await _harness.CreateAsync(_harness.Checked(("region", "US_IOWA_1"), ("directRouteType", "INTERNET"),
            ("directRouteApiKeys", new[] { SecretKey })));

        var keys = response.Properties["directRouteApiKeys"];
        Assert.True(keys.IsSecret);
        Assert.Equal(PropertyValue.CreateList([PropertyValue.Create(SecretKey)]), keys.Unwrap(out _));
    }

    [Fact]
    public async Task Create_KeysReturnedByTheService_AreSecretInTheOutputs()
    {
        var response = await _harness.CreateAsync(_harness.Checked(("region", "US_IOWA_1"), ("directRouteType", "INTERNET"),
            ("directRouteApiKeys", new[] { SecretKey })));

        Assert.True(response.Properties["directRouteApiKeys"].IsSecret);
        Assert.DoesNotContain(SecretKey, PropertyValue.CreateMap(response.Properties).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_DeploymentFails_ReportsPartialStateWithIdAndServiceStatus()
    {
        Api.StateAfterCreate = DeploymentStates.Creating;
        Api.StatesOnRead.Enqueue(DeploymentStates.Failed);
        var inputs = _harness.Checked();

        var error = await Assert.ThrowsAsync<ResourceInitializationException>(() => _harness.CreateAsync(inputs));

        Assert.Equal("accounts/acme/deployments/chat-1", error.Id);
        Assert.Equal(inputs, error.Inputs);
        Assert.Equal(PropertyValue.Create("FAILED"), error.Properties["state"]);
        var reason = Assert.Single(error.Reasons);
        Assert.Contains("FAILED", reason, StringComparison.Ordinal);
        Assert.Contains("RESOURCE_EXHAUSTED", reason, StringComparison.Ordinal);
        Assert.Contains("no H100 capacity", reason, StringComparison.Ordinal);
        Assert.Contains("pulumi up", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_NotReadyBeforeTheTimeout_ReportsPartialStateWithId()
    {
        Api.StateAfterCreate = DeploymentStates.Creating;

        var error = await Assert.ThrowsAsync<ResourceInitializationException>(
            () => _harness.CreateAsync(_harness.Checked(), TimeSpan.FromSeconds(30)));

        Assert.Equal("accounts/acme/deployments/chat-1", error.Id);
        Assert.Equal(PropertyValue.Create("CREATING"), error.Properties["state"]);
        Assert.Contains("not READY after 30s", Assert.Single(error.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_CancelledWhileWaiting_ReportsPartialStateWithId()
    {
        Api.StateAfterCreate = DeploymentStates.Creating;
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(20), _harness.Time);

        var error = await Assert.ThrowsAsync<ResourceInitializationException>(
            () => _harness.CreateAsync(_harness.Checked(), cancellationToken: cancellation.Token));

        Assert.Equal("accounts/acme/deployments/chat-1", error.Id);
        Assert.Contains("cancelled", Assert.Single(error.Reasons), StringComparison.Ordinal);
        Assert.Equal(PropertyValue.Create("CREATING"), error.Properties["state"]);
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(503, "UNAVAILABLE")]
    [InlineData(429, "RESOURCE_EXHAUSTED")]
    public async Task Create_AnswerLostAfterSending_ReportsPartialStateWithTheServiceOutputs(int status, string? code)
    {
        // The service committed the create; the answer never arrived.
        Api.Add("chat-1", DeploymentStates.Creating);
        Api.CreateFailures.Enqueue(FakeDeploymentsApi.Error("create deployment accounts/acme/deployments/chat-1", status, code!));

        var error = await Assert.ThrowsAsync<ResourceInitializationException>(() => _harness.CreateAsync(_harness.Checked()));

        Assert.Equal("accounts/acme/deployments/chat-1", error.Id);
        Assert.Equal(PropertyValue.Create("CREATING"), error.Properties["state"]);
        Assert.Contains("pulumi refresh", Assert.Single(error.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_AnswerLostAndNothingReadable_StillKeepsTheIdWithTheInputsAsOutputs()
    {
        Api.CreateFailures.Enqueue(FakeDeploymentsApi.Error("create deployment accounts/acme/deployments/chat-1", 0, null!));

        var error = await Assert.ThrowsAsync<ResourceInitializationException>(
            () => _harness.CreateAsync(_harness.Checked(("displayName", "Chat"))));

        Assert.Equal("accounts/acme/deployments/chat-1", error.Id);
        Assert.Equal(PropertyValue.Create("Chat"), error.Properties["displayName"]);
        Assert.Equal(PropertyValue.Create("accounts/acme/deployments/chat-1"), error.Properties["name"]);
        Assert.False(error.Properties.ContainsKey("__defaults"));
    }

    [Theory]
    [InlineData(400, "INVALID_ARGUMENT", ProviderErrorCode.InvalidArgument)]
    [InlineData(401, "UNAUTHENTICATED", ProviderErrorCode.Unauthenticated)]
    [InlineData(403, "PERMISSION_DENIED", ProviderErrorCode.PermissionDenied)]
    [InlineData(409, "ALREADY_EXISTS", ProviderErrorCode.AlreadyExists)]
    public async Task Create_RejectedByTheService_IsAPlainErrorNamingStatusAndCode(int status, string code, ProviderErrorCode expected)
    {
        Api.CreateFailures.Enqueue(new Provider.Fireworks.Errors.FireworksException(
            "create deployment accounts/acme/deployments/chat-1", status, code, null, "model not servable", "req-9"));

        var error = await Assert.ThrowsAsync<ProviderErrorException>(() => _harness.CreateAsync(_harness.Checked()));

        Assert.Equal(expected, error.Code);
        Assert.Contains("accounts/acme/deployments/chat-1", error.Message, StringComparison.Ordinal);
        Assert.Contains($"HTTP {status}", error.Message, StringComparison.Ordinal);
        Assert.Contains(code, error.Message, StringComparison.Ordinal);
        Assert.Contains("model not servable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_IdAlreadyTaken_SuggestsImportOrAnotherId()
    {
        Api.CreateFailures.Enqueue(FakeDeploymentsApi.Error("create deployment accounts/acme/deployments/chat-1", 409, "ALREADY_EXISTS"));

        var error = await Assert.ThrowsAsync<ProviderErrorException>(() => _harness.CreateAsync(_harness.Checked()));

        Assert.Contains("pulumi import", error.Message, StringComparison.Ordinal);
        Assert.Contains("deploymentId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_ServiceEchoesAKeyInItsError_MessageIsRedacted()
    {
        Api.CreateFailures.Enqueue(FakeDeploymentsApi.Error("create deployment accounts/acme/deployments/chat-1", 400,
            "INVALID_ARGUMENT", $"key {SecretKey} is too short"));

        var error = await Assert.ThrowsAsync<ProviderErrorException>(() => _harness.CreateAsync(_harness.Checked(
            ("region", "US_IOWA_1"), ("directRouteType", "INTERNET"), ("directRouteApiKeys", new[] { SecretKey }))));

        Assert.DoesNotContain(SecretKey, error.Message, StringComparison.Ordinal);
        Assert.Contains("[redacted]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_FailedStatusEchoesAKey_IsRedactedInReasonsAndRecordedStatus()
    {
        Api.ReturnsKeys = false;
        Api.StateAfterCreate = DeploymentStates.Creating;
        Api.StatesOnRead.Enqueue(DeploymentStates.Failed);
        var inputs = _harness.Checked(("region", "US_IOWA_1"), ("directRouteType", "INTERNET"),
            ("directRouteApiKeys", new[] { SecretKey }));
        Api.FailureStatus = new OperationStatus { Code = "INVALID_ARGUMENT", Message = $"key {SecretKey} rejected" };

        var error = await Assert.ThrowsAsync<ResourceInitializationException>(() => _harness.CreateAsync(inputs));

        // The partial state's outputs are written to the stack in plain text (status is not a secret output).
        var status = error.Properties["status"];
        Assert.False(status.IsSecret);
        Assert.DoesNotContain(SecretKey, status.ToString(), StringComparison.Ordinal);
        Assert.Contains("[redacted] rejected", status.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(SecretKey, string.Join(" ", error.Reasons), StringComparison.Ordinal);
        Assert.DoesNotContain(SecretKey, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_UnexpectedFailureWhileWaiting_StillReportsPartialStateWithId()
    {
        var api = ApiThatCreatesTheDeployment();
        api.Setup(a => a.WaitForDeploymentAsync(Id, It.IsAny<DeploymentWaitTarget>(), It.IsAny<DeploymentWaitOptions>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException("connection reset"));
        var resource = Resource(api.Object);

        var error = await Assert.ThrowsAsync<ResourceInitializationException>(() => resource.CreateAsync(
            new ResourceCreateRequest(Urn, "chat", DeploymentLifecycleHarness.Type, _harness.Checked(), null, Preview: false),
            CancellationToken.None));

        Assert.Equal(Id, error.Id);
        Assert.Contains("connection reset", Assert.Single(error.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_UnexpectedFailureOfTheRequest_StillReportsPartialStateWithId()
    {
        var api = new Mock<IDeploymentsApi>();
        api.Setup(a => a.CreateDeploymentAsync(It.IsAny<DeploymentSpec>(), It.IsAny<CreateDeploymentOptions>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("the connection pool was shut down"));
        var resource = Resource(api.Object);

        var error = await Assert.ThrowsAsync<ResourceInitializationException>(() => resource.CreateAsync(
            new ResourceCreateRequest(Urn, "chat", DeploymentLifecycleHarness.Type, _harness.Checked(), null, Preview: false),
            CancellationToken.None));

        Assert.Equal(Id, error.Id);
    }

    [Fact]
    public async Task Create_CancelledWhileWaiting_AnswersAtOnceWithoutReadingTheDeploymentAgain()
    {
        // The engine gives a cancelled or stopping plugin a few seconds: a lookup on a slow API would lose the id.
        using var cancellation = new CancellationTokenSource();
        var api = ApiThatCreatesTheDeployment();
        api.Setup(a => a.WaitForDeploymentAsync(Id, It.IsAny<DeploymentWaitTarget>(), It.IsAny<DeploymentWaitOptions>(), It.IsAny<CancellationToken>()))
            .Returns(async () =>
            {
                await cancellation.CancelAsync();
                throw new OperationCanceledException(cancellation.Token);
            });
        var resource = Resource(api.Object);

        var error = await Assert.ThrowsAsync<ResourceInitializationException>(() => resource.CreateAsync(
            new ResourceCreateRequest(Urn, "chat", DeploymentLifecycleHarness.Type, _harness.Checked(), null, Preview: false),
            cancellation.Token));

        Assert.Equal(Id, error.Id);
        Assert.Equal(PropertyValue.Create("CREATING"), error.Properties["state"]);
        Assert.True(error.RefreshBeforeUpdate);
        api.Verify(a => a.GetDeploymentAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    private const string Id = DeploymentLifecycleHarness.Id;

    /// <summary>An API whose create is accepted (state CREATING); each test sets up what follows.</summary>
    private static Mock<IDeploymentsApi> ApiThatCreatesTheDeployment()
    {
        var api = new Mock<IDeploymentsApi>();
        api.Setup(a => a.CreateDeploymentAsync(It.IsAny<DeploymentSpec>(), It.IsAny<CreateDeploymentOptions>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new FireworksDeployment { Name = Id, BaseModel = Model, State = DeploymentStates.Creating });
        return api;
    }

    private DeploymentResource Resource(IDeploymentsApi api) =>
        new(new DeploymentResourceOptions("acme", _harness.Time, _harness.Log) { Deployments = api });

    [Theory]
    [InlineData("Chat_1")]
    [InlineData("")]
    [InlineData("-chat")]
    public async Task Create_InputsThatSkippedCheckWithAnInvalidId_AreInvalidArgumentAndSendNothing(string id)
    {
        var inputs = _harness.Checked().SetItem("deploymentId", PropertyValue.Create(id));

        var error = await Assert.ThrowsAsync<ProviderErrorException>(() => _harness.CreateAsync(inputs));

        Assert.Equal(ProviderErrorCode.InvalidArgument, error.Code);
        Assert.Contains("a deployment id must be", error.Message, StringComparison.Ordinal);
        Assert.Empty(Api.Creates);
    }
}
