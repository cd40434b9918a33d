namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>Why a wait ended short of its target (for the user), and what the service reported last.</summary>
/// <param name="Reason">The partial failure's reason; redacted by <see cref="KeepOnFailure{T}"/>.</param>
/// <param name="LastSeen">The resource as the wait saw it last, when it did.</param>
public sealed record StoppedWait<T>(string Reason, T? LastSeen)
    where T : class;
