using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.PropertyValues;

namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>
/// What holds for every resource, applied around each call: an empty or malformed id is InvalidArgument saying what
/// a valid id looks like; a Fireworks failure that escapes is mapped by <see cref="FireworksFailures"/> (never
/// INTERNAL); every output derived from a secret input is secret (<see cref="SecretDerivation"/>), partial failures
/// included.
/// </summary>
public sealed class GuardedResource(ICustomResource inner) : ICustomResource
{
    public string Token => inner.Token;

    public string IdFormat => inner.IdFormat;

    public SecretDerivation Secrets => inner.Secrets;

    public bool IsValidId(string id) => inner.IsValidId(id);

    public Task<ResourceCheckResponse> CheckAsync(ResourceCheckRequest request, CancellationToken cancellationToken) =>
        MapFireworksFailures(() => inner.CheckAsync(request, cancellationToken));

    public Task<ResourceDiffResponse> DiffAsync(ResourceDiffRequest request, CancellationToken cancellationToken) =>
        MapFireworksFailures(() => inner.DiffAsync(request, cancellationToken));

    public async Task<ResourceCreateResponse> CreateAsync(ResourceCreateRequest request, CancellationToken cancellationToken)
    {
        var response = await MapFailures(() => inner.CreateAsync(request, cancellationToken), request.Properties)
            .ConfigureAwait(false);
        return response with { Properties = Secrets.Apply(response.Properties, request.Properties) };
    }

    public async Task<ResourceReadResponse> ReadAsync(ResourceReadRequest request, CancellationToken cancellationToken)
    {
        RequireId(request.Id, "Read", request.Urn, importForms: true);
        var response = await MapFailures(() => inner.ReadAsync(request, cancellationToken), request.Inputs, request.Properties)
            .ConfigureAwait(false);
        return response.Id.Length == 0
            ? response
            : response with { Properties = Secrets.Apply(response.Properties, request.Inputs, request.Properties) };
    }

    public async Task<ResourceUpdateResponse> UpdateAsync(ResourceUpdateRequest request, CancellationToken cancellationToken)
    {
        RequireId(request.Id, "Update", request.Urn, importForms: false);
        var response = await MapFailures(() => inner.UpdateAsync(request, cancellationToken), request.News, request.Olds)
            .ConfigureAwait(false);
        return response with { Properties = Secrets.Apply(response.Properties, request.News, request.Olds) };
    }

    public Task DeleteAsync(ResourceDeleteRequest request, CancellationToken cancellationToken)
    {
        RequireId(request.Id, "Delete", request.Urn, importForms: false);
        return MapFireworksFailures(async () =>
        {
            await inner.DeleteAsync(request, cancellationToken).ConfigureAwait(false);
            return true;
        });
    }

    /// <summary>
    /// Runs <paramref name="call"/>, turning an escaped Fireworks failure into its mapped error and making the outputs
    /// of a partial failure follow the secrecy of <paramref name="inputs"/>.
    /// </summary>
    internal async Task<T> MapFailures<T>(Func<Task<T>> call, ImmutableDictionary<string, PropertyValue>? inputs,
        ImmutableDictionary<string, PropertyValue>? previous = null)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (ResourceInitializationException partial) when (inputs is not null)
        {
            throw new ResourceInitializationException(partial.Id, Secrets.Apply(partial.Properties, inputs, previous),
                partial.Inputs, partial.Reasons, partial.InnerException ?? partial)
            {
                RefreshBeforeUpdate = partial.RefreshBeforeUpdate,
            };
        }
        catch (FireworksException exception)
        {
            throw FireworksFailures.ToProviderError(exception);
        }
        catch (ArgumentException exception)
        {
            throw Invalid(exception);
        }
    }

    /// <summary>Runs <paramref name="call"/>, turning an escaped Fireworks failure into its mapped error.</summary>
    internal static async Task<T> MapFireworksFailures<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (FireworksException exception)
        {
            throw FireworksFailures.ToProviderError(exception);
        }
        catch (ArgumentException exception)
        {
            throw Invalid(exception);
        }
    }

    /// <summary>A value the client refused before sending anything: a bad request, not an internal error.</summary>
    private static ProviderErrorException Invalid(ArgumentException exception) =>
        new(ProviderErrorCode.InvalidArgument, $"the request is not valid: {exception.Message}", exception);

    private void RequireId(string id, string operation, string urn, bool importForms)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ProviderErrorException(ProviderErrorCode.InvalidArgument,
                $"{operation} of {urn} needs the resource's id, but the request has none; a {Token} id looks like {IdFormat}");
        }

        if (!importForms && !inner.IsValidId(id))
        {
            throw new ProviderErrorException(ProviderErrorCode.InvalidArgument,
                $"{operation} of {urn}: \"{id}\" is not a {Token} id; a valid id looks like {IdFormat}");
        }
    }
}
