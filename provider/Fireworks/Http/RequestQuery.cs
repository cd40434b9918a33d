using System.Text;

namespace Pulumi.Fireworks.Provider.Fireworks.Http;

/// <summary>Builds a request's query string: only set values and true flags, each escaped.</summary>
internal sealed class RequestQuery
{
    private readonly StringBuilder _text = new();

    public RequestQuery Flag(string name, bool value) => value ? Value(name, "true") : this;

    public RequestQuery Value(string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            _text.Append(_text.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        }

        return this;
    }

    public RequestQuery Number(string name, int? value) =>
        Value(name, value?.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public override string ToString() => _text.ToString();
}
