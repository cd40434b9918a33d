namespace Fireworks.Emulator.Faults;

/// <summary>Aborts a connection without a response, and marks the request so the log records status 0.</summary>
internal static class ConnectionDrop
{
    private const string DroppedKey = "Fireworks.Emulator.Dropped";

    public static void Abort(HttpContext context)
    {
        context.Items[DroppedKey] = true;
        context.Abort();
    }

    public static bool WasDropped(HttpContext context) => context.Items.ContainsKey(DroppedKey);
}
