using System.Globalization;
using System.Text;

namespace Pulumi.Fireworks.Provider.PropertyValues;

/// <summary>
/// Where the codec is inside a property bag, kept as a stack while it walks (nothing is formatted unless a value is
/// refused). Formats as a Pulumi property path: <c>regions[3]</c>, <c>autoscalingPolicy.loadTargets["x.y"]</c>.
/// Keys of maps inside a secret are part of the secret: they are written as <c>[secret]</c>.
/// </summary>
internal sealed class PropertyValuePath
{
    // A key that is a plain name is written with a dot; any other key in brackets and quotes; a key under a secret
    // as HiddenKey.
    private const string HiddenKey = "[secret]";

    private readonly List<(string? Key, int Index)> _segments = [];
    private int _secretLevels;

    public int Depth => _segments.Count;

    /// <summary>Whether the walk is inside a secret value (what it meets now must not be shown).</summary>
    public bool InSecret => _secretLevels > 0;

    public void PushKey(string key) => _segments.Add((InSecret ? null : key, InSecret ? -1 : 0));

    public void EnterSecret() => _secretLevels++;

    public void LeaveSecret() => _secretLevels--;

    public void PushIndex(int index) => _segments.Add((null, index));

    public void Pop() => _segments.RemoveAt(_segments.Count - 1);

    // Messages stay short however hostile the input: long keys are cut, and a deep path shows its two ends.
    private const int MaxKeyLength = 64;
    private const int LeadingSegments = 12;
    private const int TrailingSegments = 3;

    public override string ToString()
    {
        var builder = new StringBuilder();
        for (var position = 0; position < _segments.Count; position++)
        {
            if (_segments.Count > LeadingSegments + TrailingSegments && position == LeadingSegments)
            {
                var skipped = _segments.Count - LeadingSegments - TrailingSegments;
                builder.Append(CultureInfo.InvariantCulture, $"[...{skipped} more levels...]");
                position += skipped - 1;
                continue;
            }

            var (key, index) = _segments[position];
            if (key is not null && key.Length > MaxKeyLength)
            {
                key = key[..MaxKeyLength] + "...";
            }

            if (key is null && index < 0)
            {
                builder.Append(HiddenKey);
            }
            else if (key is null)
            {
                builder.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else if (IsPlainName(key))
            {
                builder.Append(builder.Length == 0 ? string.Empty : ".").Append(key);
            }
            else
            {
                builder.Append("[\"").Append(key.Replace("\\", "\\\\", StringComparison.Ordinal)
                    .Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"]");
            }
        }

        return builder.ToString();
    }

    private static bool IsPlainName(string key) =>
        key.Length > 0 && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '$') && key != "*";
}
