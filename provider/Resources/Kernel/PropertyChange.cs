namespace Pulumi.Fireworks.Provider.Resources.Kernel;

/// <summary>What a change of an input does to the resource.</summary>
public enum PropertyChange
{
    /// <summary>The service changes it in place (an update with a mask naming it).</summary>
    UpdateInPlace,

    /// <summary>The resource is replaced: the service cannot change it in place (or it is only used at create).</summary>
    Replace,

    /// <summary>Only Pulumi's state changes: the property steers the provider, the service never holds it.</summary>
    StateOnly,
}
