using Pulumi.Fireworks.Provider.Contracts;
using Pulumi.Fireworks.Provider.PropertyValues;
using Pulumi.Fireworks.Provider.Resources.Kernel;

namespace Pulumi.Fireworks.Provider.Tests.Support;

/// <summary>A function that records its requests and answers with a fixed response, or throws.</summary>
public sealed class RecordingFunction(string token = "fireworks:index:getTest") : IFunction
{
    public string Token { get; } = token;

    public List<InvokeRequest> Requests { get; } = [];

    public InvokeResponse Response { get; set; } = new(PropertyValue.EmptyMap, []);

    public Exception? Failure { get; set; }

    public Task<InvokeResponse> InvokeAsync(InvokeRequest request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        return Failure is null ? Task.FromResult(Response) : Task.FromException<InvokeResponse>(Failure);
    }
}
