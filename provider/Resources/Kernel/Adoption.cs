using Pulumi.Fireworks.Provider.Logging;

namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>
/// Taking over a resource the service already holds instead of making a second one. The user must learn of it in
/// the update's summary, so it is a lasting (not ephemeral) message on the resource's row.
/// </summary>
public static class Adoption
{
    /// <param name="log">The engine log.</param>
    /// <param name="urn">The resource that adopts.</param>
    /// <param name="what">What is adopted, e.g. <c>deployment accounts/a/deployments/d</c>.</param>
    /// <param name="why">Why it is this resource's, in a sentence.</param>
    /// <param name="cancellationToken">Cancels the log call.</param>
    public static Task AnnounceAsync(IEngineLog log, string urn, string what, string why, CancellationToken cancellationToken) =>
        log.LogAsync(LogSeverity.Info, $"adopting {what}: {why}", urn, cancellationToken: cancellationToken);
}
