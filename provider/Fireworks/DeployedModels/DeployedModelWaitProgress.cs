namespace Pulumi.Fireworks.Provider.Fireworks.DeployedModels;

/// <summary>What one poll of a deployed-model wait saw.</summary>
/// <param name="Name">The deployed model's full name.</param>
/// <param name="State">The state, or null when the record was not found.</param>
/// <param name="StatusCode">The status code name, when the service reports one.</param>
/// <param name="Elapsed">Time since the wait began.</param>
/// <param name="Polls">Polls made so far, this one included.</param>
public sealed record DeployedModelWaitProgress(string Name, string? State, string? StatusCode, TimeSpan Elapsed, int Polls);
