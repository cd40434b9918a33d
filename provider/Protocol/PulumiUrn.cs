namespace Pulumi.Fireworks.Provider.Protocol;

/// <summary>
/// A resource URN, <c>urn:pulumi:&lt;stack&gt;::&lt;project&gt;::&lt;qualified type&gt;::&lt;name&gt;</c>, read with
/// the engine's own grammar (<c>sdk/go/common/resource/urn</c>): the prefix, then at least three <c>::</c>
/// delimiters, each found leftmost. The qualified type is the parent chain joined by <c>$</c>
/// (<c>my:index:Component$fireworks:index:Deployment</c>); its last segment is the resource's type token. The name is
/// everything after the third delimiter, so it may itself contain <c>::</c>. Like the engine, the stack, project and
/// type are not validated further (project names may hold spaces, component types are free-form).
/// </summary>
public sealed record PulumiUrn(string Stack, string Project, string QualifiedType, string Name)
{
    public const string Prefix = "urn:pulumi:";

    /// <summary>A well-formed example, for error messages.</summary>
    public const string Example = "urn:pulumi:dev::my-project::fireworks:index:Deployment::chat";

    private const string NameDelimiter = "::";
    private const char TypeDelimiter = '$';

    /// <summary>The resource's type token: the last <c>$</c>-separated segment of <see cref="QualifiedType"/>.</summary>
    public string Type => QualifiedType[(QualifiedType.LastIndexOf(TypeDelimiter) + 1)..];

    /// <summary>Parses <paramref name="text"/>; false when it lacks the prefix or one of the three delimiters.</summary>
    public static bool TryParse(string? text, out PulumiUrn urn)
    {
        urn = null!;
        if (text is null || !text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = new string[3];
        var start = Prefix.Length;
        for (var index = 0; index < parts.Length; index++)
        {
            var delimiter = text.IndexOf(NameDelimiter, start, StringComparison.Ordinal);
            if (delimiter < 0)
            {
                return false;
            }

            parts[index] = text[start..delimiter];
            start = delimiter + NameDelimiter.Length;
        }

        urn = new PulumiUrn(parts[0], parts[1], parts[2], text[start..]);
        return true;
    }

    public override string ToString() =>
        Prefix + Stack + NameDelimiter + Project + NameDelimiter + QualifiedType + NameDelimiter + Name;
}
