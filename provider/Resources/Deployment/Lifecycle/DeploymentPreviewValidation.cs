using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.Logging;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Kernel;
using Names = Pulumi.Fireworks.Provider.Resources.Deployment.DeploymentPropertyNames;

namespace Pulumi.Fireworks.Provider.Resources.Deployment.Lifecycle;

/// <summary>
/// The preview of a create, validated by Fireworks: the create endpoint with <c>validateOnly=true</c> (nothing is
/// created). A request Fireworks refuses fails the preview with its message; the hardware the service resolves (from
/// a shape) replaces the unknowns. Without credentials, with inputs not known yet, or when the service cannot be
/// asked (unreachable, slow, rate limited, a taken id that a create may adopt), the preview is the offline one, with
/// a one-line warning where the user could expect validation.
/// </summary>
internal sealed class DeploymentPreviewValidation(DeploymentResourceOptions options)
{
    /// <summary>How long a preview waits for the validation (one attempt's worth; a preview must stay quick).</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(15);

    public async Task<ImmutableDictionary<string, PropertyValue>> OutputsAsync(ResourceCreateRequest request,
        CancellationToken cancellationToken)
    {
        var offline = DeploymentPreview.CreateOutputs(request.Properties, options.AccountId);
        var inputs = DeploymentInputsParser.Parse(request.Properties, new CheckFailureCollector());
        if (options.Deployments is not { } api || string.IsNullOrEmpty(options.AccountId))
        {
            await WarnAsync(request.Urn, "no Fireworks credentials are configured", cancellationToken).ConfigureAwait(false);
            return offline;
        }

        // Inputs that come from other resources are not known yet: Fireworks cannot judge a partial request.
        if (request.Properties.Any(entry => !InternalKeys.IsInternal(entry.Key) && entry.Value.ContainsUnknowns()))
        {
            return offline;
        }

        var errors = DeploymentErrorHints.Reporter(inputs.KnownKeys);
        using var budget = new CancellationTokenSource(Budget, options.TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(budget.Token, cancellationToken);
        Fireworks.Deployments.Deployment resolved;
        try
        {
            var spec = DeploymentCreate.Body(inputs, request.Urn);
            var createOptions = DeploymentCreate.CreateOptions(inputs, inputs.DeploymentId!.Value) with { ValidateOnly = true };
            resolved = await api.CreateDeploymentAsync(spec, createOptions, linked.Token).ConfigureAwait(false);
        }
        catch (FireworksException exception) when (IsRefusal(exception))
        {
            throw errors.Failed(FireworksFailures.CodeFor(exception),
                $"Fireworks refuses this deployment (validated during the preview, nothing was created): {exception.Message}",
                exception);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException && !cancellationToken.IsCancellationRequested)
        {
            await WarnAsync(request.Urn, $"Fireworks could not validate it ({errors.Redact(Describe(exception))})",
                cancellationToken).ConfigureAwait(false);
            return offline;
        }

        return WithResolvedHardware(offline, resolved);
    }

    /// <summary>Validation refusals: the request itself is wrong (not a conflict, a credential or a capacity problem).</summary>
    private static bool IsRefusal(FireworksException exception) =>
        exception.Status is 400 or 404 or 422;

    private static ImmutableDictionary<string, PropertyValue> WithResolvedHardware(
        ImmutableDictionary<string, PropertyValue> outputs, Fireworks.Deployments.Deployment resolved)
    {
        var result = outputs.ToBuilder();
        Resolve(result, Names.AcceleratorType, resolved.AcceleratorType);
        Resolve(result, Names.Precision, resolved.Precision);
        if (resolved.AcceleratorCount is { } count && !result.ContainsKey(Names.AcceleratorCount))
        {
            result[Names.AcceleratorCount] = PropertyValue.Create(count);
        }

        return result.ToImmutable();
    }

    private static void Resolve(ImmutableDictionary<string, PropertyValue>.Builder outputs, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value) && !outputs.ContainsKey(name))
        {
            outputs[name] = PropertyValue.Create(value);
        }
    }

    private Task WarnAsync(string urn, string why, CancellationToken cancellationToken) =>
        options.Log.LogAsync(LogSeverity.Warning,
            $"the preview of this deployment is not validated by Fireworks: {why}; `pulumi up` checks it when it creates",
            urn, cancellationToken: cancellationToken);

    private static string Describe(Exception exception) =>
        exception is OperationCanceledException ? $"no answer within {OperationClock.Format(Budget)}" : exception.Message;
}
