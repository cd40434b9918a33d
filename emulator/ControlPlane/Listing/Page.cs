namespace Fireworks.Emulator.ControlPlane.Listing;

/// <summary>One page of a list: the items, the token of the next page ("" at the end) and the total count.</summary>
internal sealed record Page<T>(IReadOnlyList<T> Items, string NextPageToken, int TotalSize);
