using System.Text;

namespace Pulumi.Fireworks.Provider.Tests.Support;

/// <summary>A stdout stand-in that keeps what was written and completes <see cref="FirstLine"/> at the first newline.</summary>
internal sealed class PortLineWriter : StringWriter
{
    private readonly TaskCompletionSource<string> _firstLine = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<string> FirstLine => _firstLine.Task;

    public override void Write(char value)
    {
        base.Write(value);
        if (value == '\n')
        {
            _firstLine.TrySetResult(ToString());
        }
    }

    public override void Write(string? value)
    {
        foreach (var c in value ?? string.Empty)
        {
            Write(c);
        }
    }

    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Encoding Encoding => Encoding.UTF8;
}
