using Pulumi.Fireworks.Provider.Configuration;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Fireworks.Errors;

namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>
/// The one table from Fireworks failures to what the engine sees, used by every resource and function. The code
/// matters to the engine: every code here means "nothing changed" except where a caller deliberately reports an
/// unknown outcome. Nothing that Fireworks answers is ever reported as INTERNAL.
/// </summary>
public static class FireworksFailures
{
    /// <summary>
    /// True when the answer proves the service did not act: every 4xx answer (validation, credentials, not found,
    /// conflict, a request too large or a URI too long for the front end) except 408 and 429. No answer, a timeout,
    /// 408, 429 and 5xx leave the outcome open (an earlier attempt may have gone through before the retries ran out).
    /// </summary>
    public static bool IsCertainRejection(FireworksException exception) =>
        exception.Status is >= 400 and < 500 and not (408 or 429);

    public static ProviderErrorCode CodeFor(FireworksException exception) => exception.Status switch
    {
        400 when exception.ErrorCode == "FAILED_PRECONDITION" => ProviderErrorCode.FailedPrecondition,
        401 => ProviderErrorCode.Unauthenticated,
        403 => ProviderErrorCode.PermissionDenied,
        404 or 410 => ProviderErrorCode.NotFound,
        409 when exception.ErrorCode == "ABORTED" => ProviderErrorCode.Aborted,
        409 => ProviderErrorCode.AlreadyExists,
        412 => ProviderErrorCode.FailedPrecondition,
        429 => ProviderErrorCode.ResourceExhausted,
        408 or 504 => ProviderErrorCode.DeadlineExceeded,
        // Any other client error (400, 405, 413, 414, 422, 431...) is the request's fault: retrying it cannot help.
        >= 400 and < 500 => ProviderErrorCode.InvalidArgument,
        _ => ProviderErrorCode.Unavailable,
    };

    /// <summary>What the user can do about an answer, whatever the resource.</summary>
    public static string Hint(FireworksException exception) => exception.Status switch
    {
        401 => $"; check `{ConfigurationKeys.StackConfigName(ConfigurationKeys.ApiKey)}` / {ConfigurationKeys.ApiKeyVariable}",
        403 => $"; the API key has no access to this account (check `{ConfigurationKeys.StackConfigName(ConfigurationKeys.AccountId)}`)",
        _ => string.Empty,
    };

    /// <summary>The message for a call without credentials: it names the config key and the environment variable.</summary>
    public static string MissingCredentials(string operation) =>
        $"cannot {operation}: no Fireworks API key is configured; set `{ConfigurationKeys.StackConfigName(ConfigurationKeys.ApiKey)}` " +
        $"(pulumi config set --secret {ConfigurationKeys.StackConfigName(ConfigurationKeys.ApiKey)} <key>) or the " +
        $"{ConfigurationKeys.ApiKeyVariable} environment variable";

    /// <summary>A clean failure for an exception that escaped a resource (the message is already redacted by the client).</summary>
    public static ProviderErrorException ToProviderError(FireworksException exception) =>
        new(CodeFor(exception), exception.Message + Hint(exception), exception);
}
