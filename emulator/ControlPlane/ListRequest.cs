namespace Fireworks.Emulator.ControlPlane;

/// <summary>Parsed list parameters. <c>filter</c> and <c>readMask</c> are accepted and ignored.</summary>
internal sealed record ListRequest(int PageSize, string? PageToken, bool ShowDeleted, bool Descending);
