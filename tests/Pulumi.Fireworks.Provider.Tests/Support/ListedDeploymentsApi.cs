using System.Runtime.CompilerServices;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks.Waiting;
using FireworksDeployment = Pulumi.Fireworks.Provider.Fireworks.Deployments.Deployment;

namespace Pulumi.Fireworks.Provider.Tests.Support;

/// <summary>
/// An <see cref="IDeploymentsApi"/> whose list yields the scripted deployments in order (duplicates included, as a
/// shifting page boundary would), records the options, counts what the caller read and can fail at the end. Every
/// other call is unsupported.
/// </summary>
internal sealed class ListedDeploymentsApi : IDeploymentsApi
{
    public List<FireworksDeployment> Listed { get; } = [];

    public List<ListDeploymentsOptions?> Calls { get; } = [];

    public Exception? Failure { get; set; }

    public int Pulled { get; private set; }

    public static FireworksDeployment Deployment(string id, string account = "acme") => new()
    {
        Name = $"accounts/{account}/deployments/{id}",
        BaseModel = DeploymentProps.Model,
        State = DeploymentStates.Ready,
        DirectRouteApiKeys = [DeploymentProps.SecretKey],
    };

    public async IAsyncEnumerable<FireworksDeployment> ListDeploymentsAsync(ListDeploymentsOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Calls.Add(options);
        await Task.CompletedTask;
        foreach (var deployment in Listed)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Pulled++;
            yield return deployment;
        }

        if (Failure is not null)
        {
            throw Failure;
        }
    }

    public Task<FireworksDeployment> CreateDeploymentAsync(DeploymentSpec deployment, CreateDeploymentOptions? options = null,
        CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<FireworksDeployment?> GetDeploymentAsync(string name, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<FireworksDeployment> UpdateDeploymentAsync(string name, DeploymentSpec changes, UpdateDeploymentOptions? options = null,
        CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<bool> DeleteDeploymentAsync(string name, DeleteDeploymentOptions? options = null,
        CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<FireworksDeployment> UndeleteDeploymentAsync(string name, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<FireworksDeployment?> WaitForDeploymentAsync(string name, DeploymentWaitTarget target,
        DeploymentWaitOptions? options = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
