using Microsoft.Extensions.Logging;

namespace Fireworks.Emulator;

/// <summary>Settings of one emulator instance. Every property has a default suited to demos.</summary>
public sealed class EmulatorOptions
{
    /// <summary>The loopback port to listen on; 0 (the default) picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>The only account that exists; its id appears in paths and direct-route handles.</summary>
    public string AccountId { get; set; } = "emulator-account";

    /// <summary>API keys accepted as <c>Authorization: Bearer</c> for <see cref="AccountId"/>. The first is <see cref="FireworksEmulator.ApiKey"/>.</summary>
    public IList<string> ApiKeys { get; set; } = ["fw-emulator-key"];

    /// <summary>How long a deployment stays CREATING before it turns READY (or FAILED).</summary>
    public TimeSpan ReadyDelay { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long a deployment stays UPDATING after a PATCH that rolls replicas.</summary>
    public TimeSpan UpdateDelay { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long a deployment stays DELETING before it is DELETED (soft) or gone (hard).</summary>
    public TimeSpan DeleteDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a soft-deleted deployment stays readable (and blocks its id) before it is purged.</summary>
    public TimeSpan PurgeDelay { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// Base models that do not exist: a deployment of one of them goes CREATING → FAILED with status NOT_FOUND.
    /// Any model whose name contains <c>does-not-exist</c> is missing as well.
    /// </summary>
    public IList<string> MissingModels { get; set; } = [];

    /// <summary>How long a deployed model (LoRA addon) stays DEPLOYING, and UPDATING after a PATCH that changes it.</summary>
    public TimeSpan LoadDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a deployed model stays UNDEPLOYING before its record is gone.</summary>
    public TimeSpan UnloadDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Regions accepted besides the schema's 4.259.0 list (<c>fireworks:index:Region</c> values that are not
    /// deprecated), for a region Fireworks added after that list was written.
    /// </summary>
    public IList<string> ExtraRegions { get; set; } = [];

    /// <summary>
    /// Whether every control-plane reply object carries output fields no client knows (a nested object, an int64
    /// string, an array and an unknown enum value); <c>POST /admin/options</c> switches it at run time.
    /// </summary>
    public bool UnknownOutputFields { get; set; }

    /// <summary>Base model and accelerator pairs that create (validateOnly included) refuses with INVALID_ARGUMENT.</summary>
    public IList<UnavailableAccelerator> UnavailableAccelerators { get; set; } = [];

    /// <summary>LoRA models added to the registry besides the seeded ones.</summary>
    public IList<LoraModel> LoraModels { get; set; } = [];

    /// <summary>Deployment shapes (or versions of seeded shapes) added besides the seeded public shapes.</summary>
    public IList<DeploymentShapeDefinition> DeploymentShapes { get; set; } = [];

    /// <summary>Whether DELETE is accepted while a deployment is CREATING or UPDATING (otherwise 409 ABORTED).</summary>
    public bool AllowDeleteWhileTransitioning { get; set; } = true;

    /// <summary>Faults active from the start (the admin endpoint and <see cref="FireworksEmulator.AddFault"/> add more).</summary>
    public IList<FaultRule> Faults { get; set; } = [];

    /// <summary>The clock every state transition, timestamp and injected delay uses (a fake one in tests).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Seed of the random source for generated ids; null seeds from the system.</summary>
    public int? RandomSeed { get; set; }

    /// <summary>Where server logs go; null (the default) logs nothing.</summary>
    public ILoggerProvider? LoggerProvider { get; set; }

    /// <summary>The lowest level that is logged when <see cref="LoggerProvider"/> is set.</summary>
    public LogLevel MinimumLogLevel { get; set; } = LogLevel.Warning;
}
