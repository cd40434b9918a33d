namespace Fireworks.Emulator.ControlPlane.Listing;

/// <summary>One <c>orderBy</c> field and its direction.</summary>
internal sealed record SortKey(string Field, bool Descending);
