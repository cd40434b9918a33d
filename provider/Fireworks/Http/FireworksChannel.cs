using Pulumi.Fireworks.Provider.Fireworks.Errors;

namespace Pulumi.Fireworks.Provider.Fireworks.Http;

/// <summary>
/// What every resource client of one <see cref="FireworksClient"/> shares: the transport (and so one resilience
/// pipeline and rate gate), the account, the API-key redactor, the clock and the randomizer.
/// </summary>
internal sealed record FireworksChannel(
    FireworksTransport Transport,
    string AccountId,
    SecretRedactor Redactor,
    TimeProvider TimeProvider,
    Func<double> Randomizer);
