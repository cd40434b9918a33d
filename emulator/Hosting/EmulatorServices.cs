using Fireworks.Emulator.ControlPlane;
using Fireworks.Emulator.Diagnostics;
using Fireworks.Emulator.Faults;
using Fireworks.Emulator.State;
using Fireworks.Emulator.Validation;

namespace Fireworks.Emulator.Hosting;

/// <summary>The emulator's state, shared by the HTTP pipeline and the in-process API.</summary>
internal sealed class EmulatorServices
{
    private readonly EmulatorOptions options;
    private readonly DateTimeOffset startedAt;

    public EmulatorServices(EmulatorOptions options)
    {
        this.options = options;
        startedAt = options.TimeProvider.GetUtcNow();
        Random = new RandomSource(options.RandomSeed);
        Replies = new ReplySettings(options.UnknownOutputFields);
        Shapes = new ShapeStore(Random);
        Models = new ModelRegistry(options.AccountId);
        var store = new DeploymentStore(new Lifecycle(options));
        var deployedModels = new DeployedModelStore(options);
        Deployments = new DeploymentService(
            options, store, deployedModels, Shapes, new DeploymentRenderer(options), new DeploymentValidator(new RegionCatalog(options.ExtraRegions)), Random);
        DeployedModels = new DeployedModelService(options, store, deployedModels, Models, Shapes, Random);
        Seed();
        foreach (var rule in options.Faults)
        {
            Faults.Add(rule);
        }
    }

    public RandomSource Random { get; }

    public ReplySettings Replies { get; }

    public ShapeStore Shapes { get; }

    public ModelRegistry Models { get; }

    public DeploymentService Deployments { get; }

    public DeployedModelService DeployedModels { get; }

    public FaultInjector Faults { get; } = new();

    public RequestLog RequestLog { get; } = new();

    /// <summary>Forgets deployments, deployed models, faults and requests; shapes and models go back to the seeds and options.</summary>
    public void Reset()
    {
        Deployments.Reset();
        Shapes.Clear();
        Models.Clear();
        Seed();
        Replies.UnknownOutputFields = options.UnknownOutputFields;
        Faults.Clear();
        RequestLog.Clear();
    }

    private void Seed()
    {
        // Seeded shapes are a month old; shapes from the options are as old as the emulator.
        foreach (var shape in ShapeSeeds.All)
        {
            Shapes.Add(shape, startedAt.AddDays(-30));
        }

        foreach (var shape in options.DeploymentShapes)
        {
            Shapes.Add(shape, startedAt);
        }

        foreach (var (id, baseModel) in ModelRegistry.Seeds)
        {
            Models.Add(new LoraModel { Name = id, BaseModel = baseModel }, startedAt.AddDays(-7));
        }

        foreach (var model in options.LoraModels)
        {
            Models.Add(model, startedAt);
        }
    }
}
