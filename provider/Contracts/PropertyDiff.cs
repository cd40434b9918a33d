namespace Pulumi.Fireworks.Provider.Contracts;

/// <summary>One entry of a detailed diff. <see cref="InputDiff"/> is true when the change is between old and new
/// inputs rather than old outputs and new inputs.</summary>
public sealed record PropertyDiff(PropertyDiffKind Kind, bool InputDiff);
