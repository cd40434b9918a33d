namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>How a resource's id input is named when the user gives none (see <see cref="ResourceNaming"/>).</summary>
/// <param name="Property">The id input, e.g. <c>deploymentId</c>.</param>
/// <param name="IsValid">Whether a text is a valid id.</param>
/// <param name="Rule">What a valid id looks like, for messages.</param>
/// <param name="MaxLength">The longest valid id.</param>
/// <param name="Fallback">The base name when nothing of the resource name survives sanitizing.</param>
public sealed record NamingRule(string Property, Func<string, bool> IsValid, string Rule, int MaxLength, string Fallback);
