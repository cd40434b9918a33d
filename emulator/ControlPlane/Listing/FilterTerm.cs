namespace Fireworks.Emulator.ControlPlane.Listing;

/// <summary>One <c>field=value</c> comparison of a list filter; <paramref name="Value"/> is unquoted.</summary>
internal sealed record FilterTerm(string Field, string Value);
