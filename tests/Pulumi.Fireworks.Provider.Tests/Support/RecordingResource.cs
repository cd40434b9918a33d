using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Tests.Support;

/// <summary>A custom resource that answers with fixed results and can be told to throw or to wait for cancellation.</summary>
public sealed class RecordingResource : ICustomResource
{
    public RecordingResource(string token = "fireworks:index:Test")
    {
        Token = token;
    }

    public string Token { get; }

    public string IdFormat => "test-<n>";

    public SecretDerivation Secrets { get; } = new();

    public bool IsValidId(string id) => id.StartsWith("test-", StringComparison.Ordinal);

    /// <summary>Thrown by Create when set.</summary>
    public Exception? CreateFailure { get; set; }

    /// <summary>When true, Create waits until its token is cancelled.</summary>
    public bool CreateWaitsForCancellation { get; set; }

    public TaskCompletionSource CreateStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ResourceCheckRequest? LastCheck { get; private set; }

    public ResourceCreateRequest? LastCreate { get; private set; }

    public Task<ResourceCheckResponse> CheckAsync(ResourceCheckRequest request, CancellationToken cancellationToken)
    {
        LastCheck = request;
        return Task.FromResult(new ResourceCheckResponse(request.News, []));
    }

    public Task<ResourceDiffResponse> DiffAsync(ResourceDiffRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(ResourceDiffResponse.None);

    public async Task<ResourceCreateResponse> CreateAsync(ResourceCreateRequest request, CancellationToken cancellationToken)
    {
        LastCreate = request;
        CreateStarted.TrySetResult();
        if (CreateWaitsForCancellation)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        if (CreateFailure is not null)
        {
            throw CreateFailure;
        }

        return new ResourceCreateResponse("id-1", request.Properties);
    }

    public Task<ResourceReadResponse> ReadAsync(ResourceReadRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(ResourceReadResponse.Gone);

    public Task<ResourceUpdateResponse> UpdateAsync(ResourceUpdateRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new ResourceUpdateResponse(request.News));

    public Task DeleteAsync(ResourceDeleteRequest request, CancellationToken cancellationToken) => Task.CompletedTask;

    public static ImmutableDictionary<string, PropertyValue> NoProperties => PropertyValue.EmptyMap;
}
