using System.Text.Json;

namespace Pulumi.Fireworks.Provider.Fireworks.Errors;

/// <summary>
/// What an error response body says. Two shapes are understood: the gRPC-gateway status
/// <c>{"code": 3, "message": "…", "details": []}</c> (control plane) and the OpenAI-style
/// <c>{"error": {"message": "…", "code": "NOT_FOUND", "type": "…"}, "request_id": "…"}</c>. Anything else is
/// kept as raw text (trimmed) so the user still sees it.
/// </summary>
internal sealed record ErrorBody(int? GrpcCode, string? ErrorCode, string? Message, string? RequestId)
{
    private const int MaxRawLength = 2000;

    public static ErrorBody Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return new ErrorBody(null, null, null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                var requestId = String(root, "request_id") ?? String(root, "requestId");
                if (root.TryGetProperty("error", out var error))
                {
                    if (error.ValueKind == JsonValueKind.Object)
                    {
                        var (grpc, name) = Code(error);
                        return new ErrorBody(grpc, name, String(error, "message"), requestId ?? String(error, "request_id"));
                    }

                    if (error.ValueKind == JsonValueKind.String)
                    {
                        return new ErrorBody(null, null, error.GetString(), requestId);
                    }
                }

                if (root.TryGetProperty("code", out _) || root.TryGetProperty("message", out _))
                {
                    var (grpc, name) = Code(root);
                    return new ErrorBody(grpc, name, String(root, "message"), requestId);
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON (e.g. an HTML page from a proxy): fall through to raw text.
        }

        var raw = body.Trim();
        return new ErrorBody(null, null, raw.Length > MaxRawLength ? raw[..MaxRawLength] + "…" : raw, null);
    }

    private static (int? Grpc, string? Name) Code(JsonElement element)
    {
        if (!element.TryGetProperty("code", out var code))
        {
            return (null, null);
        }

        if (code.ValueKind == JsonValueKind.Number && code.TryGetInt32(out var number))
        {
            return (number, GrpcStatusCodes.NameOf(number));
        }

        if (code.ValueKind == JsonValueKind.String)
        {
            var name = code.GetString();
            if (int.TryParse(name, out var parsed))
            {
                return (parsed, GrpcStatusCodes.NameOf(parsed));
            }

            return (GrpcStatusCodes.NumberOf(name), string.IsNullOrEmpty(name) ? null : name);
        }

        return (null, null);
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
