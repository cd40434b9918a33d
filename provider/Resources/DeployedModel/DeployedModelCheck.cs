using System.Collections.Immutable;
using System.Globalization;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Resources.DeployedModel;

/// <summary>
/// Check for <c>fireworks:index:DeployedModel</c>, without calling Fireworks: names and types, the two required
/// inputs and their forms (a bare deployment id is completed with the configured account), and Fireworks' length
/// limits. What needs the service (does the deployment exist, accept addons, serve the LoRA's base model) is asked
/// by Create before it loads anything. On failure the inputs are returned as they came.
/// </summary>
public static class DeployedModelCheck
{
    public static ResourceCheckResponse Check(ResourceCheckRequest request, string? accountId)
    {
        var failures = new CheckFailureCollector();
        var news = request.News.RemoveRange(request.News.Keys.Where(InternalKeys.IsInternal));
        var inputs = DeployedModelInputs.Read(news, failures);

        if (inputs.Deployment is null)
        {
            failures.Fail(DeployedModelFields.Deployment.Name, $"is required: pass the Deployment's `name` output ({DeployedModelTargets.DeploymentForm})");
        }
        else if (inputs.Deployment is { IsKnown: true } deployment)
        {
            if (DeployedModelTargets.TryDeployment(deployment.Value, accountId, out var fullName))
            {
                inputs = inputs with { Deployment = Known<string>.Of(fullName) };
            }
            else
            {
                failures.Fail(DeployedModelFields.Deployment.Name,
                    $"{failures.Show(DeployedModelFields.Deployment.Name, deployment.Value)} is not a deployment; pass the Deployment's " +
                    $"`name` output ({DeployedModelTargets.DeploymentForm}) or a bare deployment id");
            }
        }

        if (inputs.Model is null)
        {
            failures.Fail(DeployedModelFields.Model.Name, $"is required: the LoRA model to load, {DeployedModelTargets.ModelForm}");
        }
        else if (inputs.Model is { IsKnown: true } model && !DeployedModelTargets.IsModelName(model.Value))
        {
            failures.Fail(DeployedModelFields.Model.Name,
                $"{failures.Show(DeployedModelFields.Model.Name, model.Value)} is not a model name; use the full name " +
                $"{DeployedModelTargets.ModelForm} (e.g. accounts/my-account/models/my-lora)");
        }

        foreach (var (field, limit) in DeployedModelFields.TextLimits)
        {
            CheckLength(field, limit, field == DeployedModelFields.DisplayName ? inputs.DisplayName : inputs.Description, failures);
        }

        return failures.HasFailures
            ? new ResourceCheckResponse(request.News, failures.Failures)
            : new ResourceCheckResponse(inputs.ToPropertyMap(), []);
    }

    private static void CheckLength(InputField field, int limit, Known<string>? value, CheckFailureCollector failures)
    {
        if (value is { IsKnown: true } text && text.Value.Length > limit)
        {
            failures.Fail(field.Name, string.Create(CultureInfo.InvariantCulture,
                $"must be fewer than {limit + 1} characters (Fireworks' limit); it has {text.Value.Length}"));
        }
    }
}
