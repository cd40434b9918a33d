namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>
/// An <see cref="IProgress{T}"/> that runs its action at once on the reporting thread (<see cref="Progress{T}"/> would
/// post to a synchronization context and could run after the wait it reports on has ended).
/// </summary>
public sealed class ProgressReporter<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
