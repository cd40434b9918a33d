using System.Collections.Immutable;
using System.Globalization;
using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.Primitives;
using Pulumi.Fireworks.Provider.PropertyValues;

namespace Pulumi.Fireworks.Provider.Configuration;

/// <summary>
/// Reads the provider configuration from its property map. Values may be secret-wrapped or plain, and numbers may
/// arrive as strings (stack config is always strings). <see cref="Check"/> serves CheckConfig (validate what is
/// known, nothing is required yet); <see cref="Parse"/> serves Configure (environment fallbacks, defaults, required
/// keys). Reasons name the property and the allowed values; they never contain the API key.
/// </summary>
public static class ProviderConfigurationParser
{
    private static readonly TimeSpan MaxRequestTimeout = TimeSpan.FromHours(1);

    private static readonly string[] KnownKeys =
    [
        ConfigurationKeys.ApiKey, ConfigurationKeys.AccountId, ConfigurationKeys.BaseUrl,
        ConfigurationKeys.RequestTimeout, ConfigurationKeys.MaxRetries, ConfigurationKeys.RequestsPerMinute,
    ];

    /// <summary>
    /// Validates the known values of <paramref name="news"/> (unknowns and absent keys pass) and returns the inputs
    /// as given, with <c>apiKey</c> marked secret and every other key (including <c>version</c>) kept.
    /// </summary>
    public static ResourceCheckResponse Check(ImmutableDictionary<string, PropertyValue> news)
    {
        ArgumentNullException.ThrowIfNull(news);
        var failures = ImmutableArray.CreateBuilder<CheckFailure>();
        foreach (var key in KnownKeys)
        {
            if (!news.TryGetValue(key, out var raw))
            {
                continue;
            }

            var value = raw.Unwrap(out _);
            if (value.IsNull || value.ContainsUnknowns())
            {
                continue;
            }

            if (Validate(key, value) is { } failure)
            {
                failures.Add(failure);
            }
        }

        var inputs = news;
        if (news.TryGetValue(ConfigurationKeys.ApiKey, out var apiKey) && !apiKey.IsNull && !apiKey.IsSecret)
        {
            inputs = news.SetItem(ConfigurationKeys.ApiKey, PropertyValue.CreateSecret(apiKey));
        }

        return new ResourceCheckResponse(inputs, failures.ToImmutable());
    }

    /// <summary>
    /// Builds the configuration for Configure: each key from <paramref name="args"/>, else from the deprecated
    /// <paramref name="variables"/> map, else (apiKey, accountId, baseUrl) from the environment, else the default.
    /// </summary>
    /// <exception cref="MissingConfigurationException">apiKey or accountId has no value anywhere.</exception>
    /// <exception cref="InvalidConfigurationException">a value is not valid.</exception>
    public static ProviderConfiguration Parse(
        ImmutableDictionary<string, PropertyValue> args,
        IReadOnlyDictionary<string, string> variables,
        IEnvironmentVariables environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(environment);

        var failures = new List<CheckFailure>();
        var missing = new List<MissingConfigurationKey>();

        PropertyValue? Lookup(string key, string? environmentVariable)
        {
            if (args.TryGetValue(key, out var raw) && raw.Unwrap(out _) is { IsNull: false } value)
            {
                if (value.ContainsUnknowns())
                {
                    failures.Add(new CheckFailure(key, $"{key} must be known when the provider is configured"));
                    return null;
                }

                return value;
            }

            if (variables.TryGetValue(ConfigurationKeys.VariableName(key), out var variable))
            {
                return PropertyValue.Create(variable);
            }

            return environmentVariable is not null && environment.Get(environmentVariable) is { } fromEnvironment
                ? PropertyValue.Create(fromEnvironment)
                : null;
        }

        // given: the key has a value somewhere (args, variables or environment), valid or not.
        T Read<T>(string key, string? environmentVariable, Func<PropertyValue, T> convert, T fallback, out bool given)
        {
            var value = Lookup(key, environmentVariable);
            given = value is not null;
            if (value is null)
            {
                return fallback;
            }

            if (Validate(key, value) is { } failure)
            {
                failures.Add(failure);
                return fallback;
            }

            return convert(value);
        }

        var apiKey = Read(ConfigurationKeys.ApiKey, ConfigurationKeys.ApiKeyVariable, AsText, string.Empty, out _);
        var accountId = Read(ConfigurationKeys.AccountId, ConfigurationKeys.AccountIdVariable, AsText, string.Empty, out _);
        var baseUrl = Read(ConfigurationKeys.BaseUrl, ConfigurationKeys.BaseUrlVariable,
            value => new Uri(AsText(value), UriKind.Absolute), ProviderConfiguration.DefaultBaseUrl, out _);
        var requestTimeout = Read(ConfigurationKeys.RequestTimeout, null,
            value => TryReadDuration(value, out var duration) ? duration : default,
            ProviderConfiguration.DefaultRequestTimeout, out _);
        var maxRetries = Read(ConfigurationKeys.MaxRetries, null,
            value => TryReadInteger(value, out var number) ? number : default,
            ProviderConfiguration.DefaultMaxRetries, out _);
        // Told or not matters: an untold budget is learned from 429s instead of trusted.
        var requestsPerMinute = Read(ConfigurationKeys.RequestsPerMinute, null,
            value => TryReadInteger(value, out var number) ? number : default,
            ProviderConfiguration.DefaultRequestsPerMinute, out var requestsPerMinuteGiven);

        if (failures.Count > 0)
        {
            throw new InvalidConfigurationException(failures);
        }

        // The engine prints the name with its own `pulumi config set <name> <value>` hint after the description.
        if (apiKey.Length == 0)
        {
            missing.Add(new MissingConfigurationKey(ConfigurationKeys.StackConfigName(ConfigurationKeys.ApiKey),
                $"the Fireworks API key (set it as a secret, or set the {ConfigurationKeys.ApiKeyVariable} environment variable)"));
        }

        if (accountId.Length == 0)
        {
            missing.Add(new MissingConfigurationKey(ConfigurationKeys.StackConfigName(ConfigurationKeys.AccountId),
                $"the Fireworks account id (or set the {ConfigurationKeys.AccountIdVariable} environment variable)"));
        }

        if (missing.Count > 0)
        {
            throw new MissingConfigurationException(missing);
        }

        return new ProviderConfiguration(apiKey, accountId, baseUrl, requestTimeout, maxRetries, requestsPerMinute)
        {
            RequestsPerMinuteIsDefault = !requestsPerMinuteGiven,
        };
    }

    private static CheckFailure? Validate(string key, PropertyValue value) => key switch
    {
        // The engine prints the value next to a named property, so failures on the key name no property.
        ConfigurationKeys.ApiKey => !value.TryGetString(out var text) || string.IsNullOrWhiteSpace(text)
            ? new CheckFailure(string.Empty, $"{ConfigurationKeys.ApiKey} must be a non-empty string (the Fireworks API key)")
            : ApiKeyProblem(text),
        ConfigurationKeys.AccountId => value.TryGetString(out var text) && IsAccountId(text)
            ? null
            : Failure(key, "must be a Fireworks account id: letters, digits, '-', '_' or '.', e.g. \"my-team\""),
        ConfigurationKeys.BaseUrl => value.TryGetString(out var text) && IsBaseUrl(text)
            ? null
            : Failure(key, "must be an absolute http or https URL without query or fragment, " +
                "e.g. \"https://api.fireworks.ai\""),
        ConfigurationKeys.RequestTimeout => TryReadDuration(value, out var duration)
            && duration > TimeSpan.Zero && duration <= MaxRequestTimeout
            ? null
            : Failure(key, "must be a positive duration of at most 1h such as \"60s\" or \"2m30s\" (or a number of seconds)"),
        ConfigurationKeys.MaxRetries => IntegerInRange(value, 0, 20) ? null : Failure(key, "must be an integer from 0 to 20"),
        ConfigurationKeys.RequestsPerMinute => IntegerInRange(value, 10, 6000)
            ? null
            : Failure(key, "must be an integer from 10 to 6000"),
        _ => null,
    };

    /// <summary>
    /// A key that cannot travel in an HTTP header (a line break or another control character, typically the trailing
    /// newline of the file it was read from). The message never shows the key.
    /// </summary>
    private static CheckFailure? ApiKeyProblem(string key) =>
        key.Any(char.IsControl)
            ? new CheckFailure(string.Empty,
                $"{ConfigurationKeys.ApiKey} contains a line break or another control character, which no API key has " +
                "(often the trailing newline of the file it came from); set it again without it (the value is secret and not shown)")
            : null;

    private static CheckFailure Failure(string key, string rule) =>
        new(key, $"{key} {rule}");

    private static string AsText(PropertyValue value) => value.TryGetString(out var text) ? text : string.Empty;

    private static bool IsAccountId(string text) =>
        text.Length > 0 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    private static bool IsBaseUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Query.Length == 0
        && uri.Fragment.Length == 0;

    private static bool IntegerInRange(PropertyValue value, int minimum, int maximum) =>
        TryReadInteger(value, out var number) && number >= minimum && number <= maximum;

    private static bool TryReadInteger(PropertyValue value, out int number)
    {
        number = 0;
        double raw;
        if (value.TryGetNumber(out var fromNumber))
        {
            raw = fromNumber;
        }
        else if (!value.TryGetString(out var text)
                 || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out raw))
        {
            return false;
        }

        if (raw != Math.Floor(raw) || raw < int.MinValue || raw > int.MaxValue)
        {
            return false;
        }

        number = (int)raw;
        return true;
    }

    private static bool TryReadDuration(PropertyValue value, out TimeSpan duration)
    {
        if (value.TryGetNumber(out var seconds))
        {
            duration = double.IsFinite(seconds) && Math.Abs(seconds) < TimeSpan.MaxValue.TotalSeconds
                ? TimeSpan.FromSeconds(seconds)
                : TimeSpan.Zero;
            return double.IsFinite(seconds);
        }

        if (value.TryGetString(out var text))
        {
            if (DurationText.TryParse(text, out duration))
            {
                return true;
            }

            // Stack config turns a number into a string: "90" means 90 seconds.
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out seconds)
                && double.IsFinite(seconds) && Math.Abs(seconds) < TimeSpan.MaxValue.TotalSeconds)
            {
                duration = TimeSpan.FromSeconds(seconds);
                return true;
            }
        }

        duration = TimeSpan.Zero;
        return false;
    }
}
