using System.Text.RegularExpressions;

namespace Fireworks.Emulator.Faults;

/// <summary>
/// Classifies a request as a create, update or delete of a deployment or a deployed model (the operations "commit then
/// drop" targets; <c>pathContains</c> narrows a rule to one of the two).
/// </summary>
internal static partial class OperationKind
{
    public const string Create = "create";
    public const string Update = "update";
    public const string Delete = "delete";

    [GeneratedRegex("^/v1/accounts/[^/]+/(deployments|deployedModels)$", RegexOptions.CultureInvariant)]
    private static partial Regex Collection();

    [GeneratedRegex("^/v1/accounts/[^/]+/(deployments|deployedModels)/[^/]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Item();

    public static string? Of(string method, string path) => method switch
    {
        "POST" when Collection().IsMatch(path) => Create,
        "PATCH" when Item().IsMatch(path) => Update,
        "DELETE" when Item().IsMatch(path) => Delete,
        _ => null,
    };

    public static bool IsKnown(string kind) => kind is Create or Update or Delete;
}
