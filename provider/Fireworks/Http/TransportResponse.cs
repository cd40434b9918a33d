namespace Pulumi.Fireworks.Provider.Fireworks.Http;

/// <summary>The final response of a call and how many attempts it took (a create needs this to judge a 409).</summary>
internal sealed record TransportResponse(HttpResponseMessage Response, int Attempts) : IDisposable
{
    public int Status => (int)Response.StatusCode;

    public bool IsSuccess => Response.IsSuccessStatusCode;

    public void Dispose() => Response.Dispose();
}
