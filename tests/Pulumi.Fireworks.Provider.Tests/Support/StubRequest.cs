using System.Web;

namespace Pulumi.Fireworks.Provider.Tests.Support;

/// <summary>A request as the <see cref="StubHttpHandler"/> saw it.</summary>
internal sealed record StubRequest(HttpMethod Method, Uri Uri, string? Body, string? Authorization, string UserAgent)
{
    public string Path => Uri.AbsolutePath;

    public string? Query(string name) => HttpUtility.ParseQueryString(Uri.Query)[name];
}
