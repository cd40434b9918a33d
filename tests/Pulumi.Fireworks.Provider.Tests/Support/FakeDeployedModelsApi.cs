using System.Runtime.CompilerServices;
using Pulumi.Fireworks.Provider.Fireworks.DeployedModels;
using Pulumi.Fireworks.Provider.Fireworks.Errors;
using Pulumi.Fireworks.Provider.Fireworks.Models;

namespace Pulumi.Fireworks.Provider.Tests.Support;

/// <summary>
/// An in-memory <see cref="IDeployedModelsApi"/> for DeployedModel lifecycle tests: records every call, picks ids like
/// the service (<c>&lt;model-id&gt;-&lt;n&gt;</c>), and can be scripted: how many reads a load or an update takes and
/// how a load ends, failures per call kind, and creates whose answer is lost after the record was made. Waits run the
/// real <see cref="DeployedModelWaiter"/> on the given clock.
/// </summary>
internal sealed class FakeDeployedModelsApi(TimeProvider time, string account = "acme") : IDeployedModelsApi
{
    public enum LoadEnd
    {
        Deployed,
        Failed,
        Vanished,
    }

    public Dictionary<string, DeployedModel> Stored { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, FireworksModel> Models { get; } = new(StringComparer.Ordinal);

    public List<(DeployedModelSpec Spec, CreateDeployedModelOptions? Options)> Creates { get; } = [];

    public List<(string Name, DeployedModelSpec Spec)> Updates { get; } = [];

    public List<string> Deletes { get; } = [];

    public List<string> Gets { get; } = [];

    public List<string?> Lists { get; } = [];

    /// <summary>Thrown by the next calls of each kind, in order (a null entry lets that call through).</summary>
    public Queue<Exception?> CreateFailures { get; } = new();

    public Queue<Exception?> UpdateFailures { get; } = new();

    public Queue<Exception?> DeleteFailures { get; } = new();

    public Queue<Exception?> ListFailures { get; } = new();

    /// <summary>Runs when a create arrives, before it is answered (e.g. someone else loads the pair meanwhile).</summary>
    public Action? BeforeCreate { get; set; }

    /// <summary>How many of the next creates store the record and then lose the answer (no response).</summary>
    public int LostCreateAnswers { get; set; }

    /// <summary>Reads that still see DEPLOYING (or UPDATING) after a load (or an update).</summary>
    public int ReadsWhileBusy { get; set; }

    /// <summary>How the next loads end once <see cref="ReadsWhileBusy"/> reads have passed.</summary>
    public LoadEnd Outcome { get; set; } = LoadEnd.Deployed;

    /// <summary>When true, an unload removes the record at once; otherwise reads see UNDEPLOYING for a while.</summary>
    public bool UnloadsImmediately { get; set; } = true;

    /// <summary>Reads that still see UNDEPLOYING after an unload (when it is not immediate).</summary>
    public int ReadsWhileUnloading { get; set; } = 1;

    private readonly Dictionary<string, int> _busy = new(StringComparer.Ordinal);
    private int _nextId;

    public static FireworksException Error(string operation, int status, string? code = null, string message = "refused") =>
        new(operation, status, code, null, message, "req-1");

    public static FireworksException NoAnswer(string operation = "load model") =>
        new(operation, 0, null, null, "timed out after 1 attempt of 60s each", null);

    public static string ModelName(string id) => $"accounts/acme/models/{id}";

    /// <summary>Registers a LoRA of <paramref name="baseModel"/> in the model lookup.</summary>
    public void AddModel(string name, string baseModel) =>
        Models[name] = new FireworksModel { Name = name, PeftDetails = new PeftDetails { BaseModel = baseModel } };

    /// <summary>Stores a record as the service would hold it.</summary>
    public DeployedModel Add(string model, string deployment, string state = DeployedModelStates.Deployed,
        Func<DeployedModel, DeployedModel>? with = null)
    {
        var id = $"{model[(model.LastIndexOf('/') + 1)..]}-{++_nextId:D8}";
        var record = new DeployedModel
        {
            Name = $"accounts/{account}/deployedModels/{id}",
            Model = model,
            Deployment = deployment,
            State = state,
            Default = !Stored.Values.Any(other => other.Model == model),
            Status = new OperationStatus { Code = "OK", Message = "" },
            CreateTime = "2026-01-01T00:00:00Z",
            UpdateTime = "2026-01-01T00:00:00Z",
        };
        record = with is null ? record : with(record);
        Stored[record.Name!] = record;
        return record;
    }

    /// <summary>The next <paramref name="reads"/> reads of <paramref name="name"/> still see its current transition.</summary>
    public void Busy(string name, int reads) => _busy[name] = reads;

    public Task<DeployedModel> CreateDeployedModelAsync(DeployedModelSpec deployedModel, CreateDeployedModelOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Creates.Add((deployedModel, options));
        BeforeCreate?.Invoke();
        if (CreateFailures.TryDequeue(out var failure) && failure is not null)
        {
            throw failure;
        }

        var record = Add(deployedModel.Model!, deployedModel.Deployment!, DeployedModelStates.Deploying, r => r with
        {
            DisplayName = deployedModel.DisplayName,
            Description = deployedModel.Description,
            Default = deployedModel.Default == true || r.Default == true,
            Public = deployedModel.Public == true,
        });
        _busy[record.Name!] = ReadsWhileBusy;
        if (LostCreateAnswers > 0)
        {
            LostCreateAnswers--;
            throw NoAnswer();
        }

        return Task.FromResult(record);
    }

    public Task<DeployedModel?> GetDeployedModelAsync(string name, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        name = Full(name);
        Gets.Add(name);
        if (!Stored.TryGetValue(name, out var record))
        {
            return Task.FromResult<DeployedModel?>(null);
        }

        if (record.State is DeployedModelStates.Deploying or DeployedModelStates.Updating)
        {
            var left = _busy.GetValueOrDefault(name);
            _busy[name] = left - 1;
            if (left <= 0)
            {
                record = Settle(record);
            }
        }
        else if (record.State == DeployedModelStates.Undeploying)
        {
            var left = _busy.GetValueOrDefault(name, 1);
            _busy[name] = left - 1;
            if (left <= 0)
            {
                Stored.Remove(name);
            }
        }

        return Task.FromResult(Stored.ContainsKey(name) ? record : null);
    }

    public async IAsyncEnumerable<DeployedModel> ListDeployedModelsAsync(ListDeployedModelsOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.CompletedTask;
        Lists.Add(options?.Filter);
        if (ListFailures.TryDequeue(out var failure) && failure is not null)
        {
            throw failure;
        }

        foreach (var record in Stored.Values.ToList())
        {
            yield return record;
        }
    }

    public Task<DeployedModel> UpdateDeployedModelAsync(string name, DeployedModelSpec changes, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        name = Full(name);
        Updates.Add((name, changes));
        if (UpdateFailures.TryDequeue(out var failure) && failure is not null)
        {
            throw failure;
        }

        var record = Stored[name] = Stored[name] with
        {
            DisplayName = changes.DisplayName ?? Stored[name].DisplayName,
            Description = changes.Description ?? Stored[name].Description,
            Default = changes.Default ?? Stored[name].Default,
            Public = changes.Public ?? Stored[name].Public,
            State = DeployedModelStates.Updating,
            UpdateTime = "2026-01-01T00:05:00Z",
        };
        _busy[name] = ReadsWhileBusy;
        return Task.FromResult(record);
    }

    public Task<bool> DeleteDeployedModelAsync(string name, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        name = Full(name);
        Deletes.Add(name);
        if (DeleteFailures.TryDequeue(out var failure) && failure is not null)
        {
            throw failure;
        }

        if (!Stored.TryGetValue(name, out var record))
        {
            return Task.FromResult(false);
        }

        if (UnloadsImmediately)
        {
            Stored.Remove(name);
        }
        else
        {
            Stored[name] = record with { State = DeployedModelStates.Undeploying };
            _busy[name] = ReadsWhileUnloading;
        }

        return Task.FromResult(true);
    }

    public Task<FireworksModel?> GetModelAsync(string name, CancellationToken cancellationToken = default) =>
        Task.FromResult(Models.GetValueOrDefault(name));

    public Task<DeployedModel?> WaitForDeployedModelAsync(string name, DeployedModelWaitTarget target,
        DeployedModelWaitOptions? options = null, CancellationToken cancellationToken = default) =>
        new DeployedModelWaiter(this, Full(name), target, options, time, new SecretRedactor([])).WaitAsync(cancellationToken);

    private DeployedModel Settle(DeployedModel record)
    {
        var name = record.Name!;
        if (record.State == DeployedModelStates.Updating || Outcome == LoadEnd.Deployed)
        {
            return Stored[name] = record with { State = DeployedModelStates.Deployed };
        }

        if (Outcome == LoadEnd.Vanished)
        {
            Stored.Remove(name);
            return record;
        }

        // A failed load: proto3 JSON leaves the zero state out.
        return Stored[name] = record with
        {
            State = null,
            Status = new OperationStatus { Code = "INTERNAL", Message = $"failed to load {record.Model}" },
        };
    }

    private string Full(string name) => name.Contains('/', StringComparison.Ordinal) ? name : $"accounts/{account}/deployedModels/{name}";
}
