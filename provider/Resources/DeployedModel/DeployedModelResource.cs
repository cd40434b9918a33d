using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.DeployedModels;
using Pulumi.Fireworks.Provider.Resources.DeployedModel.Lifecycle;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.DeployedModel;

/// <summary>
/// <c>fireworks:index:DeployedModel</c>: a LoRA addon loaded onto a deployment. Check, Diff and previews work without
/// credentials; Create, Read, Update and Delete call Fireworks (see the classes in <c>Lifecycle/</c>).
/// </summary>
public sealed class DeployedModelResource(DeployedModelResourceOptions options) : ICustomResource
{
    public const string TypeToken = "fireworks:index:DeployedModel";

    public string Token { get; } = TypeToken;

    public string IdFormat { get; } = "accounts/<account>/deployedModels/<id>";

    public SecretDerivation Secrets { get; } = DeployedModelSecrets.Derivation;

    /// <summary>A full name: the service picks the id, so a bare one cannot name an addon of another account.</summary>
    public bool IsValidId(string id) =>
        id.StartsWith("accounts/", StringComparison.Ordinal) && DeployedModelName.TryParse(id, string.Empty, out _);

    public Task<ResourceCheckResponse> CheckAsync(ResourceCheckRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(DeployedModelCheck.Check(request, options.AccountId));

    public Task<ResourceDiffResponse> DiffAsync(ResourceDiffRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(DeployedModelDiff.Diff(request, options.AccountId));

    public Task<ResourceCreateResponse> CreateAsync(ResourceCreateRequest request, CancellationToken cancellationToken) =>
        request.Preview
            ? Task.FromResult(new ResourceCreateResponse(string.Empty, DeployedModelPreview.CreateOutputs(request.Properties)))
            : new DeployedModelCreate(options, Credentials.Required(options.DeployedModels, "load a model"),
                Credentials.Required(options.Deployments, "load a model")).RunAsync(request, cancellationToken);

    public Task<ResourceReadResponse> ReadAsync(ResourceReadRequest request, CancellationToken cancellationToken) =>
        DeployedModelRead.RunAsync(Credentials.Required(options.DeployedModels, "read a deployed model"), options, request,
            cancellationToken);

    public Task<ResourceUpdateResponse> UpdateAsync(ResourceUpdateRequest request, CancellationToken cancellationToken) =>
        request.Preview
            ? Task.FromResult(new ResourceUpdateResponse(DeployedModelPreview.UpdateOutputs(request.News, request.Olds)))
            : new DeployedModelUpdate(options, Credentials.Required(options.DeployedModels, "update a deployed model"))
                .RunAsync(request, cancellationToken);

    public Task DeleteAsync(ResourceDeleteRequest request, CancellationToken cancellationToken) =>
        new DeployedModelDelete(options, Credentials.Required(options.DeployedModels, "unload a deployed model"))
            .RunAsync(request, cancellationToken);
}
