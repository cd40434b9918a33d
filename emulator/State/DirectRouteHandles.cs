namespace Fireworks.Emulator.State;

/// <summary>The direct-route handle a deployment gets once READY.</summary>
internal static class DirectRouteHandles
{
    /// <summary>The public host-name suffix of INTERNET handles; the data plane recognises hosts ending with it.</summary>
    public const string InternetSuffix = ".direct.fireworks.ai";

    /// <summary>
    /// INTERNET: <c>&lt;account&gt;-&lt;id&gt;.&lt;region lower-case, _ → -&gt;.direct.fireworks.ai</c> [C-ish, from the docs'
    /// example]. The private-link forms are invented placeholders of the documented kind of value [I].
    /// </summary>
    public static string For(string account, string id, string directRouteType, string region)
    {
        var regionHost = region.ToLowerInvariant().Replace('_', '-');
        return directRouteType switch
        {
            "INTERNET" => $"{account}-{id}.{regionHost}{InternetSuffix}",
            "GCP_PRIVATE_SERVICE_CONNECT" => $"projects/fireworks-direct-route/regions/{regionHost}/serviceAttachments/{account}-{id}",
            "AWS_PRIVATELINK" => $"com.amazonaws.vpce.{regionHost}.vpce-svc-{account}-{id}",
            _ => "",
        };
    }
}
