namespace Pulumi.Fireworks.Provider.Configuration;

/// <summary>The provider configuration keys (package config <c>fireworks:*</c>) and their environment fallbacks.</summary>
public static class ConfigurationKeys
{
    public const string Package = "fireworks";

    public const string ApiKey = "apiKey";

    public const string AccountId = "accountId";

    public const string BaseUrl = "baseUrl";

    public const string RequestTimeout = "requestTimeout";

    public const string MaxRetries = "maxRetries";

    public const string RequestsPerMinute = "requestsPerMinute";

    public const string ApiKeyVariable = "FIREWORKS_API_KEY";

    public const string AccountIdVariable = "FIREWORKS_ACCOUNT_ID";

    public const string BaseUrlVariable = "FIREWORKS_BASE_URL";

    /// <summary>The key as the user sets it with <c>pulumi config set</c>, e.g. <c>fireworks:apiKey</c>.</summary>
    public static string StackConfigName(string key) => $"{Package}:{key}";

    /// <summary>The key in the deprecated <c>ConfigureRequest.variables</c> map, e.g. <c>fireworks:config:apiKey</c>.</summary>
    public static string VariableName(string key) => $"{Package}:config:{key}";
}
