using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Pulumi.Fireworks.Provider.Fireworks.Models;

/// <summary>
/// Reads a service answer so that a field the service changed under us (a count that became fractional, a string
/// that became an object) never fails the read: the models are typed as spec 4.259.0 types them, unknown fields are
/// ignored anyway, and a field whose value no longer fits its type is dropped (read as absent) — the path of each
/// dropped field is reported. Text that is not JSON at all still fails.
/// </summary>
internal static class TolerantJson
{
    /// <summary>At most this many fields are dropped from one answer before the read is given up.</summary>
    public const int MaxDropped = 32;

    public static T? Deserialize<T>(byte[] json, JsonTypeInfo<T> type, out IReadOnlyList<string> dropped)
    {
        dropped = [];
        try
        {
            return JsonSerializer.Deserialize(json, type);
        }
        catch (JsonException first) when (first.Path is not null && Repair(json, type, first) is { } repaired)
        {
            dropped = repaired.Dropped;
            return repaired.Value;
        }
    }

    /// <summary>The answer without the fields that do not fit; null when it cannot be repaired.</summary>
    private static (T? Value, IReadOnlyList<string> Dropped)? Repair<T>(byte[] json, JsonTypeInfo<T> type, JsonException first)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException)
        {
            // Not JSON, or not a JSON the node model takes (a repeated key): the original failure stands.
            return null;
        }

        var removed = new List<string>();
        var path = first.Path!;
        while (removed.Count < MaxDropped && Remove(root, path))
        {
            removed.Add(path);
            try
            {
                return (root.Deserialize(type), removed);
            }
            catch (JsonException next) when (next.Path is not null)
            {
                path = next.Path;
            }
        }

        return null;
    }

    /// <summary>Removes the node at a JSON path such as <c>$.deployments[0].replicaStats.readyReplicaCount</c>.</summary>
    private static bool Remove(JsonNode? root, string path)
    {
        var segments = Segments(path);
        if (segments is null || segments.Count == 0 || root is null)
        {
            return false;
        }

        var parent = root;
        for (var i = 0; i < segments.Count - 1; i++)
        {
            parent = segments[i] switch
            {
                string name when parent is JsonObject o => o[name],
                int index when parent is JsonArray a && index < a.Count => a[index],
                _ => null,
            };
            if (parent is null)
            {
                return false;
            }
        }

        switch (segments[^1])
        {
            case string name when parent is JsonObject o && o.ContainsKey(name):
                return o.Remove(name);
            case int index when parent is JsonArray a && index < a.Count:
                a.RemoveAt(index);
                return true;
            default:
                return false;
        }
    }

    private static List<object>? Segments(string path)
    {
        if (!path.StartsWith('$'))
        {
            return null;
        }

        var segments = new List<object>();
        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                segments.Add(path[(i + 1)..end]);
                i = end;
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    return null;
                }

                segments.Add(path[(i + 2)..end]);
                i = end + 2;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                if (end < 0 || !int.TryParse(path[(i + 1)..end], out var index))
                {
                    return null;
                }

                segments.Add(index);
                i = end + 1;
            }
            else
            {
                return null;
            }
        }

        return segments;
    }
}
