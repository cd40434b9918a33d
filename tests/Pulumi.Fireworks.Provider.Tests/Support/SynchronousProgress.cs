namespace Pulumi.Fireworks.Provider.Tests.Support;

/// <summary>An <see cref="IProgress{T}"/> that reports inline (unlike <see cref="Progress{T}"/>, which posts).</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
