namespace Fireworks.Emulator.ControlPlane;

/// <summary>Switches that change every control-plane reply; changeable at run time through <c>POST /admin/options</c>.</summary>
internal sealed class ReplySettings(bool unknownOutputFields)
{
    private volatile bool unknownOutputFields = unknownOutputFields;

    /// <summary>Whether replies carry output fields no client knows (see <see cref="UnknownFields"/>).</summary>
    public bool UnknownOutputFields
    {
        get => unknownOutputFields;
        set => unknownOutputFields = value;
    }
}
