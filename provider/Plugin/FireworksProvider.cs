using Pulumi.Fireworks.Provider.Configuration;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Logging;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Plugin;

/// <summary>
/// The provider in plain types: one method per RPC the plugin serves. Configuration RPCs are handled here;
/// resource RPCs are routed by type token to the <see cref="ICustomResource"/>s that
/// <see cref="ICustomResourceFactory"/> builds on Configure. Never sees protobuf.
/// </summary>
public sealed class FireworksProvider
{
    private readonly ICustomResourceFactory _factory;
    private readonly IEngineLogChannel _log;
    private readonly IEnvironmentVariables _environment;
    private readonly CancellationRoot _cancellation;
    private ResourceRegistry? _registry;

    public FireworksProvider(
        ICustomResourceFactory factory,
        IEngineLogChannel log,
        IEnvironmentVariables environment,
        CancellationRoot cancellation)
    {
        _factory = factory;
        _log = log;
        _environment = environment;
        _cancellation = cancellation;
    }

    /// <summary>The configuration of the last successful Configure, or null.</summary>
    public ProviderConfiguration? Configuration { get; private set; }

    public Task<ProviderCapabilities> HandshakeAsync(HandshakeRequest request, CancellationToken cancellationToken)
    {
        _cancellation.Renew();
        _log.Connect(request.EngineAddress);
        return Task.FromResult(ProviderCapabilities.All);
    }

    public Task AttachAsync(string engineAddress, CancellationToken cancellationToken)
    {
        _cancellation.Renew();
        _log.Connect(engineAddress);
        return Task.CompletedTask;
    }

    public Task<string> GetPluginInfoAsync(CancellationToken cancellationToken) =>
        Task.FromResult(PluginVersion.Current);

    public Task<string> GetSchemaAsync(SchemaRequest request, CancellationToken cancellationToken)
    {
        if (request.Version != 0)
        {
            throw new ProviderErrorException(ProviderErrorCode.InvalidArgument,
                $"unsupported schema version {request.Version}: this provider serves version 0");
        }

        if (request.SubpackageName.Length > 0)
        {
            throw new ProviderErrorException(ProviderErrorCode.InvalidArgument,
                $"the fireworks provider is not parameterized and has no subpackage \"{request.SubpackageName}\"");
        }

        return Task.FromResult(EmbeddedSchema.Json);
    }

    public Task<ResourceCheckResponse> CheckConfigAsync(ResourceCheckRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(ProviderConfigurationParser.Check(request.News));

    public Task<ResourceDiffResponse> DiffConfigAsync(ResourceDiffRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(ProviderConfigurationDiffer.Diff(request));

    public async Task<ProviderCapabilities> ConfigureAsync(ProviderConfigureRequest request, CancellationToken cancellationToken)
    {
        var configuration = ProviderConfigurationParser.Parse(request.Args, request.Variables, _environment);
        if (_factory is ICredentialCheck credentials)
        {
            await credentials.CheckCredentialsAsync(configuration, _log, cancellationToken).ConfigureAwait(false);
        }

        Volatile.Write(ref _registry, new ResourceRegistry(_factory.Create(configuration, _log),
            _factory.CreateFunctions(configuration, _log)));
        Configuration = configuration;
        return ProviderCapabilities.All;
    }

    public Task CancelAsync(CancellationToken cancellationToken)
    {
        _cancellation.Cancel();
        return Task.CompletedTask;
    }

    public Task<ResourceCheckResponse> CheckAsync(ResourceCheckRequest request, CancellationToken cancellationToken) =>
        Route(request.Type).CheckAsync(request, cancellationToken);

    public Task<ResourceDiffResponse> DiffAsync(ResourceDiffRequest request, CancellationToken cancellationToken) =>
        Route(request.Type).DiffAsync(request, cancellationToken);

    public Task<ResourceCreateResponse> CreateAsync(ResourceCreateRequest request, CancellationToken cancellationToken) =>
        Route(request.Type).CreateAsync(request, cancellationToken);

    public Task<ResourceReadResponse> ReadAsync(ResourceReadRequest request, CancellationToken cancellationToken) =>
        Route(request.Type).ReadAsync(request, cancellationToken);

    public Task<ResourceUpdateResponse> UpdateAsync(ResourceUpdateRequest request, CancellationToken cancellationToken) =>
        Route(request.Type).UpdateAsync(request, cancellationToken);

    public Task DeleteAsync(ResourceDeleteRequest request, CancellationToken cancellationToken) =>
        Route(request.Type).DeleteAsync(request, cancellationToken);

    public Task<InvokeResponse> InvokeAsync(InvokeRequest request, CancellationToken cancellationToken) =>
        Registry($"function \"{request.Token}\"").InvokeAsync(request, cancellationToken);

    private ICustomResource Route(string type) => Registry($"resource type \"{type}\"").Resource(type);

    private ResourceRegistry Registry(string what) =>
        Volatile.Read(ref _registry)
        ?? throw new ProviderErrorException(ProviderErrorCode.FailedPrecondition,
            $"the fireworks provider is not configured yet, so it cannot handle {what}");
}
