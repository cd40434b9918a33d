namespace Pulumi.Fireworks.Provider.Contracts;

/// <summary>
/// One input problem. <see cref="Property"/> names the input (empty for problems with secret inputs, whose value
/// the engine would print next to the message); <see cref="Reason"/> says what is allowed and never holds a secret.
/// </summary>
public sealed record CheckFailure(string Property, string Reason);
