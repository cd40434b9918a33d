namespace Pulumi.Fireworks.Provider.Configuration;

/// <summary>
/// The provider's configuration after <c>Configure</c>: stack config or provider inputs, with environment fallbacks
/// and defaults applied and every value validated. <see cref="ToString"/> never shows <see cref="ApiKey"/>.
/// </summary>
public sealed record ProviderConfiguration(
    string ApiKey,
    string AccountId,
    Uri BaseUrl,
    TimeSpan RequestTimeout,
    int MaxRetries,
    int RequestsPerMinute)
{
    public static Uri DefaultBaseUrl { get; } = new("https://api.fireworks.ai");

    public static TimeSpan DefaultRequestTimeout { get; } = TimeSpan.FromSeconds(60);

    public const int DefaultMaxRetries = 5;

    public const int DefaultRequestsPerMinute = 6000;

    /// <summary>
    /// True when <c>requestsPerMinute</c> was not set, so <see cref="RequestsPerMinute"/> is only the documented
    /// ceiling: the provider then learns the account's budget from 429s instead of trusting that number.
    /// </summary>
    public bool RequestsPerMinuteIsDefault { get; init; }

    /// <summary>The budget the user told the provider, or null when it was left at the default.</summary>
    public int? ToldRequestsPerMinute => RequestsPerMinuteIsDefault ? null : RequestsPerMinute;

    public override string ToString() =>
        $"ProviderConfiguration {{ ApiKey = [secret], AccountId = {AccountId}, BaseUrl = {BaseUrl}, " +
        $"RequestTimeout = {RequestTimeout}, MaxRetries = {MaxRetries}, RequestsPerMinute = {RequestsPerMinute}" +
        (RequestsPerMinuteIsDefault ? " (default)" : "") + " }";
}
