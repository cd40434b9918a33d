using System.Runtime.CompilerServices;
using Pulumi.Fireworks.Provider.Fireworks;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.Fireworks.Models;
using Pulumi.Fireworks.Provider.Fireworks.Waiting;
using FireworksDeployment = Pulumi.Fireworks.Provider.Fireworks.Deployments.Deployment;

namespace Pulumi.Fireworks.Provider.Tests.Support;

/// <summary>
/// An in-memory <see cref="IDeploymentsApi"/> for lifecycle tests: records every call, answers like the service
/// (full names, server defaults left out), and can be scripted with failures and with the states successive reads
/// see. Waits run the real <see cref="DeploymentWaiter"/> on the given clock.
/// </summary>
internal sealed class FakeDeploymentsApi(TimeProvider time, string account = "acme") : IDeploymentsApi
{
    public Dictionary<string, FireworksDeployment> Stored { get; } = new(StringComparer.Ordinal);

    public List<(DeploymentSpec Spec, CreateDeploymentOptions? Options)> Creates { get; } = [];

    public List<(string Name, DeploymentSpec Spec)> Updates { get; } = [];

    public List<UpdateDeploymentOptions?> UpdateOptions { get; } = [];

    public List<ListDeploymentsOptions?> Lists { get; } = [];

    public List<(string Name, DeleteDeploymentOptions? Options)> Deletes { get; } = [];

    public List<string> Gets { get; } = [];

    /// <summary>Thrown by the next calls of each kind, in order (a null entry lets that call through).</summary>
    public Queue<Exception?> CreateFailures { get; } = new();

    public Queue<Exception?> UpdateFailures { get; } = new();

    public Queue<Exception?> DeleteFailures { get; } = new();

    /// <summary>State a new deployment starts in.</summary>
    public string StateAfterCreate { get; set; } = DeploymentStates.Ready;

    /// <summary>States the stored deployment takes on successive reads (the last one sticks).</summary>
    public Queue<string> StatesOnRead { get; } = new();

    /// <summary>The status a deployment gets when a scripted read turns it FAILED.</summary>
    public OperationStatus FailureStatus { get; set; } =
        new() { Code = "RESOURCE_EXHAUSTED", Message = "no H100 capacity in US_IOWA_1" };

    /// <summary>When false, reads leave <c>directRouteApiKeys</c> out (a write-only field).</summary>
    public bool ReturnsKeys { get; set; } = true;

    /// <summary>When true, a delete removes the deployment at once; otherwise it turns DELETING.</summary>
    public bool DeletesImmediately { get; set; } = true;

    /// <summary>When false, a PATCH leaves updateTime alone (a service that reports the old state for a moment).</summary>
    public bool UpdateBumpsUpdateTime { get; set; } = true;

    /// <summary>State a PATCH leaves the deployment in (READY: applied at once; UPDATING: rolling out).</summary>
    public string StateAfterUpdate { get; set; } = DeploymentStates.Ready;

    /// <summary>The accelerator a validation resolves a shape to.</summary>
    public string ShapeAccelerator { get; set; } = "NVIDIA_H200_141GB";

    public DateTimeOffset Clock { get; set; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static FireworksException Error(string operation, int status, string code, string message = "refused") =>
        new(operation, status, code, null, message, "req-1");

    public FireworksDeployment Add(string id, string state = DeploymentStates.Ready, Func<FireworksDeployment, FireworksDeployment>? with = null)
    {
        var name = $"accounts/{account}/deployments/{id}";
        var deployment = new FireworksDeployment
        {
            Name = name,
            BaseModel = DeploymentProps.Model,
            State = state,
            Status = new OperationStatus { Code = "OK", Message = "" },
            CreateTime = Stamp(),
            UpdateTime = Stamp(),
        };
        Stored[name] = with is null ? deployment : with(deployment);
        return Stored[name];
    }

    public Task<FireworksDeployment> CreateDeploymentAsync(DeploymentSpec deployment, CreateDeploymentOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Creates.Add((deployment, options));
        if (CreateFailures.TryDequeue(out var failure) && failure is not null)
        {
            throw failure;
        }

        if (options?.ValidateOnly == true)
        {
            // Validation only: the would-be deployment, with what a shape resolves to; nothing is stored.
            return Task.FromResult(Apply(new FireworksDeployment { BaseModel = deployment.BaseModel }, deployment) with
            {
                AcceleratorType = deployment.AcceleratorType ?? (deployment.DeploymentShape is null ? null : ShapeAccelerator),
                AcceleratorCount = deployment.AcceleratorCount ?? (deployment.DeploymentShape is null ? null : 8),
                State = "STATE_UNSPECIFIED",
            });
        }

        var created = Add(options!.DeploymentId!, StateAfterCreate, d => Apply(d, deployment) with
        {
            AutoscalingPolicy = deployment.AutoscalingPolicy,
        });
        return Task.FromResult(Render(created));
    }

    public Task<FireworksDeployment?> GetDeploymentAsync(string name, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        name = Full(name);
        Gets.Add(name);
        if (!Stored.TryGetValue(name, out var deployment))
        {
            return Task.FromResult<FireworksDeployment?>(null);
        }

        if (StatesOnRead.TryDequeue(out var state))
        {
            deployment = Stored[name] = deployment with
            {
                State = state,
                Status = state == DeploymentStates.Failed ? FailureStatus : deployment.Status,
            };
        }

        return Task.FromResult<FireworksDeployment?>(Render(deployment));
    }

    public async IAsyncEnumerable<FireworksDeployment> ListDeploymentsAsync(ListDeploymentsOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.CompletedTask;
        Lists.Add(options);
        foreach (var deployment in Stored.Values)
        {
            yield return Render(deployment);
        }
    }

    public Task<FireworksDeployment> UpdateDeploymentAsync(string name, DeploymentSpec changes, UpdateDeploymentOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        name = Full(name);
        Updates.Add((name, changes));
        UpdateOptions.Add(options);
        if (UpdateFailures.TryDequeue(out var failure) && failure is not null)
        {
            throw failure;
        }

        Clock = Clock.AddSeconds(1);
        var updated = Stored[name] = Apply(Stored[name], changes) with
        {
            State = StateAfterUpdate,
            UpdateTime = UpdateBumpsUpdateTime ? Stamp() : Stored[name].UpdateTime,
        };
        return Task.FromResult(Render(updated));
    }

    public Task<bool> DeleteDeploymentAsync(string name, DeleteDeploymentOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        name = Full(name);
        Deletes.Add((name, options));
        if (DeleteFailures.TryDequeue(out var failure) && failure is not null)
        {
            throw failure;
        }

        if (!Stored.TryGetValue(name, out var deployment))
        {
            return Task.FromResult(false);
        }

        if (DeletesImmediately)
        {
            Stored.Remove(name);
        }
        else
        {
            Stored[name] = deployment with { State = DeploymentStates.Deleting };
        }

        return Task.FromResult(true);
    }

    public Task<FireworksDeployment> UndeleteDeploymentAsync(string name, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<FireworksDeployment?> WaitForDeploymentAsync(string name, DeploymentWaitTarget target,
        DeploymentWaitOptions? options = null, CancellationToken cancellationToken = default) =>
        new DeploymentWaiter(this, Full(name), target, options, time).WaitAsync(cancellationToken);

    private FireworksDeployment Render(FireworksDeployment deployment) =>
        ReturnsKeys ? deployment : deployment with { DirectRouteApiKeys = null };

    private string Full(string name) => name.Contains('/', StringComparison.Ordinal) ? name : $"accounts/{account}/deployments/{name}";

    private string Stamp() => Clock.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);

    private static FireworksDeployment Apply(FireworksDeployment d, DeploymentSpec s) => d with
    {
        BaseModel = s.BaseModel ?? d.BaseModel,
        DisplayName = s.DisplayName ?? d.DisplayName,
        Description = s.Description ?? d.Description,
        AcceleratorType = s.AcceleratorType ?? d.AcceleratorType,
        AcceleratorCount = s.AcceleratorCount ?? d.AcceleratorCount,
        Precision = s.Precision ?? d.Precision,
        DeploymentShape = s.DeploymentShape ?? d.DeploymentShape,
        MinReplicaCount = s.MinReplicaCount ?? d.MinReplicaCount,
        MaxReplicaCount = s.MaxReplicaCount ?? d.MaxReplicaCount,
        AutoscalingPolicy = s.AutoscalingPolicy ?? d.AutoscalingPolicy,
        Placement = s.Placement ?? d.Placement,
        Region = s.Placement?.Region ?? d.Region,
        DirectRouteType = s.DirectRouteType ?? d.DirectRouteType,
        DirectRouteApiKeys = s.DirectRouteApiKeys ?? d.DirectRouteApiKeys,
        EnableAddons = s.EnableAddons ?? d.EnableAddons,
        MaxContextLength = s.MaxContextLength ?? d.MaxContextLength,
        DraftModel = s.DraftModel ?? d.DraftModel,
        DraftTokenCount = s.DraftTokenCount ?? d.DraftTokenCount,
        NgramSpeculationLength = s.NgramSpeculationLength ?? d.NgramSpeculationLength,
        Annotations = s.Annotations ?? d.Annotations,
        ExpireTime = s.ExpireTime ?? d.ExpireTime,
        EnableSessionAffinity = s.EnableSessionAffinity ?? d.EnableSessionAffinity,
        MaxWithRevocableReplicaCount = s.MaxWithRevocableReplicaCount ?? d.MaxWithRevocableReplicaCount,
        NumPeftDeviceCached = s.NumPeftDeviceCached ?? d.NumPeftDeviceCached,
        AutoTune = s.AutoTune ?? d.AutoTune,
        DeploymentTemplate = s.DeploymentTemplate ?? d.DeploymentTemplate,
        DisableDeploymentSizeValidation = s.DisableDeploymentSizeValidation ?? d.DisableDeploymentSizeValidation,
        PricingPlanId = s.PricingPlanId ?? d.PricingPlanId,
        EnableHotLoad = s.EnableHotLoad ?? d.EnableHotLoad,
        HotLoadBucketType = s.HotLoadBucketType ?? d.HotLoadBucketType,
        HotLoadBucketUrl = s.HotLoadBucketUrl ?? d.HotLoadBucketUrl,
        HotLoadTrainerJob = s.HotLoadTrainerJob ?? d.HotLoadTrainerJob,
        EnableHotReloadLatestAddon = s.EnableHotReloadLatestAddon ?? d.EnableHotReloadLatestAddon,
    };
}
