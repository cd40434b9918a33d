namespace Pulumi.Fireworks.Provider.Contracts;

/// <summary>Numbers match <c>pulumirpc.PropertyDiff.Kind</c>.</summary>
public enum PropertyDiffKind
{
    Add = 0,
    AddReplace = 1,
    Delete = 2,
    DeleteReplace = 3,
    Update = 4,
    UpdateReplace = 5,
}
