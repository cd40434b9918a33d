using Pulumi.Fireworks.Provider.Configuration;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.Deployments;
using Pulumi.Fireworks.Provider.Fireworks.Errors;

namespace Pulumi.Fireworks.Provider.Resources.Deployment.Lifecycle;

/// <summary>
/// Turns Fireworks failures into the errors the engine sees. Tells a request the service certainly refused (nothing
/// was created or changed) from one whose outcome is unknown, picks the gRPC code deliberately, and runs every
/// message through a redactor holding the request's direct-route keys (the client already removed the API key).
/// </summary>
internal sealed class DeploymentErrors(IEnumerable<string>? secrets)
{
    private readonly SecretRedactor redactor = new(secrets ?? []);

    /// <summary>The message for a call without credentials: it names the config key and the environment variable.</summary>
    public static string MissingCredentials(string operation) =>
        $"cannot {operation}: no Fireworks API key is configured; set `{ConfigurationKeys.StackConfigName(ConfigurationKeys.ApiKey)}` " +
        $"(pulumi config set --secret {ConfigurationKeys.StackConfigName(ConfigurationKeys.ApiKey)} <key>) or the " +
        $"{ConfigurationKeys.ApiKeyVariable} environment variable";

    /// <summary>
    /// True when the answer proves the service did not act: validation (400), credentials (401/403), not found,
    /// conflict (409: on create the client adopts its own earlier attempt, so a 409 left over is someone else's),
    /// 412 and 422. No answer, a timeout, 408, 429 and 5xx leave the outcome open (an earlier attempt may have
    /// gone through before the retries ran out).
    /// </summary>
    public static bool IsCertainRejection(FireworksException exception) =>
        exception.Status is 400 or 401 or 403 or 404 or 409 or 412 or 422;

    public static ProviderErrorCode CodeFor(FireworksException exception) => exception.Status switch
    {
        400 when exception.ErrorCode == "FAILED_PRECONDITION" => ProviderErrorCode.FailedPrecondition,
        400 or 422 => ProviderErrorCode.InvalidArgument,
        401 => ProviderErrorCode.Unauthenticated,
        403 => ProviderErrorCode.PermissionDenied,
        404 => ProviderErrorCode.NotFound,
        409 when exception.ErrorCode == "ABORTED" => ProviderErrorCode.Aborted,
        409 => ProviderErrorCode.AlreadyExists,
        412 => ProviderErrorCode.FailedPrecondition,
        429 => ProviderErrorCode.ResourceExhausted,
        _ => ProviderErrorCode.Unavailable,
    };

    /// <summary>A clean failure of the call the exception names (its message names operation and deployment).</summary>
    public ProviderErrorException Failed(FireworksException exception) =>
        Failed(CodeFor(exception), exception.Message + Hint(exception), exception);

    /// <summary>A clean failure: <paramref name="what"/> did not happen.</summary>
    public ProviderErrorException Failed(string what, FireworksException exception) =>
        Failed(CodeFor(exception), $"{what}: {exception.Message}{Hint(exception)}", exception);

    public ProviderErrorException Failed(ProviderErrorCode code, string message, Exception? inner = null) =>
        new(code, Redact(message), inner);

    public string Redact(string message) => redactor.Redact(message) ?? string.Empty;

    private static string Hint(FireworksException exception) => exception.Status switch
    {
        401 => $"; check `{ConfigurationKeys.StackConfigName(ConfigurationKeys.ApiKey)}` / {ConfigurationKeys.ApiKeyVariable}",
        403 => $"; the API key has no access to this account (check `{ConfigurationKeys.StackConfigName(ConfigurationKeys.AccountId)}`)",
        409 when exception.ErrorCode == "ALREADY_EXISTS" =>
            "; a deployment with this id already exists (a soft-deleted one blocks its id too): choose another " +
            "deploymentId, or adopt it with `pulumi import fireworks:index:Deployment <name> <id>`",
        _ => string.Empty,
    };
}
