using Pulumi.Fireworks.Provider.Fireworks.Deployments;

namespace Pulumi.Fireworks.Provider.Fireworks.Waiting;

/// <summary>
/// A wait for READY ended because the deployment failed (state FAILED), or was deleted or vanished. Carries the
/// service's <c>status.code</c> and <c>status.message</c>.
/// </summary>
public sealed class DeploymentFailedException : Exception
{
    /// <summary>Creates the exception; <paramref name="message"/> must already be redacted.</summary>
    public DeploymentFailedException(string name, string? state, string? statusCode, string? statusMessage, Deployment? deployment, string message)
        : base(message)
    {
        Name = name;
        State = state;
        StatusCode = statusCode;
        StatusMessage = statusMessage;
        Deployment = deployment;
    }

    /// <summary>The deployment name.</summary>
    public string Name { get; }

    /// <summary>The state seen last (<c>FAILED</c>, <c>DELETED</c>, …), or null when the deployment was not found.</summary>
    public string? State { get; }

    /// <summary>The gRPC code name from <c>status.code</c>.</summary>
    public string? StatusCode { get; }

    /// <summary>The (redacted) text from <c>status.message</c>.</summary>
    public string? StatusMessage { get; }

    /// <summary>The deployment as last read, or null when it was not found.</summary>
    public Deployment? Deployment { get; }
}
