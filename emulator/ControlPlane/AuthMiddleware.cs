using Fireworks.Emulator.Errors;

namespace Fireworks.Emulator.ControlPlane;

/// <summary>
/// Bearer-key authentication of the control plane: 401 UNAUTHENTICATED without a known key, 403 PERMISSION_DENIED when
/// the key is valid but the path names another account.
/// </summary>
internal sealed class AuthMiddleware(EmulatorOptions options)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path;
        if (!path.StartsWithSegments("/v1"))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var header = context.Request.Headers.Authorization.ToString();
        var key = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
        if (string.IsNullOrEmpty(key))
        {
            await ResponseWriter.WriteErrorAsync(context, 401, GrpcCode.Unauthenticated, "missing API key: send Authorization: Bearer <API key>").ConfigureAwait(false);
            return;
        }

        if (!options.ApiKeys.Contains(key, StringComparer.Ordinal))
        {
            // The key is a secret: never echo it.
            await ResponseWriter.WriteErrorAsync(context, 401, GrpcCode.Unauthenticated, "invalid API key").ConfigureAwait(false);
            return;
        }

        if (path.StartsWithSegments("/v1/accounts", out var rest) && rest.HasValue && rest.Value.Length > 1)
        {
            var segments = rest.Value[1..].Split('/');
            var account = segments[0];
            if (!string.Equals(account, options.AccountId, StringComparison.Ordinal) && !IsPublicRead(context.Request.Method, segments))
            {
                await ResponseWriter.WriteErrorAsync(context, 403, GrpcCode.PermissionDenied, $"permission denied: the API key has no access to account \"{account}\"").ConfigureAwait(false);
                return;
            }
        }

        await next(context).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads any key may make outside its account: public shapes and models (account <c>fireworks</c>) and the
    /// <c>-</c> wildcard of the shape lists.
    /// </summary>
    private static bool IsPublicRead(string method, string[] segments) =>
        method == "GET"
        && segments.Length >= 2
        && (segments[0], segments[1]) is ("fireworks", "deploymentShapes" or "models") or ("-", "deploymentShapes");
}
