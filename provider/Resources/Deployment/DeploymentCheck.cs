using System.Collections.Immutable;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Kernel;
using Names = Pulumi.Fireworks.Provider.Resources.Deployment.DeploymentPropertyNames;

namespace Pulumi.Fireworks.Provider.Resources.Deployment;

/// <summary>
/// Check for <c>fireworks:index:Deployment</c>: parses and validates the new inputs, fills the deploymentId and the
/// behaviour defaults, normalizes durations, and returns the checked inputs with secrets still wrapped and
/// unknowns kept. On failure the inputs are returned as they came.
/// </summary>
public static class DeploymentCheck
{
    public static DeploymentCheckResult Check(ResourceCheckRequest request)
    {
        var failures = new CheckFailureCollector();
        var news = request.News.RemoveRange(request.News.Keys.Where(DeploymentInputsParser.IsInternal));
        var inputs = DeploymentInputsParser.Parse(news, failures);

        var (id, generated) = ResourceNaming.Resolve(DeploymentIdNaming.Rule, inputs.DeploymentId, OldDeploymentId(request.Olds),
            request, failures);
        var defaulted = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        if (generated)
        {
            defaulted.Add(Names.DeploymentId);
        }

        foreach (var knob in new[] { Names.WaitForReady, Names.HardDelete, Names.IgnoreChecksOnDelete })
        {
            if (!news.TryGetValue(knob, out var value) || value.Unwrap(out _).IsNull)
            {
                defaulted.Add(knob);
            }
        }

        inputs = inputs with { DeploymentId = id, DefaultedProperties = defaulted.ToImmutable() };
        DeploymentInputsValidator.Validate(inputs, failures);

        var response = failures.HasFailures
            ? new ResourceCheckResponse(WrapSecrets(request.News, inputs.SecretProperties), failures.Failures)
            : new ResourceCheckResponse(inputs.ToPropertyMap(), []);
        return new DeploymentCheckResult(response, failures.Warnings);
    }

    /// <summary>Inputs returned with failures still never carry a direct-route key in plain text.</summary>
    private static ImmutableDictionary<string, PropertyValue> WrapSecrets(
        ImmutableDictionary<string, PropertyValue> news, ImmutableHashSet<string> secrets)
    {
        var result = news;
        foreach (var name in secrets)
        {
            if (news.TryGetValue(name, out var value) && !value.IsSecret)
            {
                result = result.SetItem(name, PropertyValue.CreateSecret(value));
            }
        }

        return result;
    }

    private static string? OldDeploymentId(ImmutableDictionary<string, PropertyValue> olds) =>
        olds.TryGetValue(Names.DeploymentId, out var value) && value.Unwrap(out _).TryGetString(out var id)
            ? id
            : null;
}
