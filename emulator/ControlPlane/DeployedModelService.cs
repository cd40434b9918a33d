using System.Text.RegularExpressions;
using Fireworks.Emulator.ControlPlane.Listing;
using Fireworks.Emulator.Errors;
using Fireworks.Emulator.State;
using Fireworks.Emulator.Validation;
using Fireworks.Emulator.Wire;

namespace Fireworks.Emulator.ControlPlane;

/// <summary>
/// Deployed models (LoRA addons, fireworks-api-more.md §1), independent of HTTP. Operations run under the deployment
/// store's lock, because a load checks its deployment and a deployment's delete removes its addons.
/// </summary>
internal sealed partial class DeployedModelService(
    EmulatorOptions options,
    DeploymentStore deployments,
    DeployedModelStore store,
    ModelRegistry models,
    ShapeStore shapes,
    RandomSource random)
{
    /// <summary>[C] the filters seen in real use; any other field is refused.</summary>
    public static readonly IReadOnlyList<string> FilterFields = ["deployment", "model"];

    public static readonly IReadOnlyList<string> OrderFields = ["name", "create_time", "update_time", "display_name"];

    /// <summary>[C] up to 100 LoRA addons per deployment.</summary>
    private const int MaxAddonsPerDeployment = 100;

    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    private static readonly string[] Mutable = ["display_name", "description", "default", "public"];
    private static readonly string[] CreateOnly = ["model", "deployment", "serverless"];

    [GeneratedRegex("^accounts/[^/]+/models/([^/]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ModelName();

    [GeneratedRegex("^accounts/([^/]+)/deployments/([^/]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex DeploymentName();

    private DateTimeOffset Now => options.TimeProvider.GetUtcNow();

    public DeployedModelJson Create(DeployedModelJson body, bool replaceMergedAddon)
    {
        RejectOutputOnlyFields(body);
        var modelMatch = ModelName().Match(body.Model ?? "");
        if (!modelMatch.Success)
        {
            throw ApiException.InvalidArgument($"model \"{body.Model}\" is required and must be a model name of the form accounts/<account>/models/<model>");
        }

        var deploymentMatch = DeploymentName().Match(body.Deployment ?? "");
        if (!deploymentMatch.Success)
        {
            throw ApiException.InvalidArgument($"deployment \"{body.Deployment}\" is required and must be a full deployment name accounts/<account>/deployments/<deployment>");
        }

        // [C] LoRAs on serverless are no longer supported; they need a dedicated deployment.
        if (body.Serverless == true)
        {
            throw ApiException.InvalidArgument("serverless: LoRA addons cannot be deployed serverless; load them onto a deployment");
        }

        CheckLengths(body);
        var model = models.Find(body.Model!) ?? throw ApiException.NotFound($"model \"{body.Model}\" not found");
        lock (deployments.Gate)
        {
            var now = Now;
            var deployment = FindDeployment(deploymentMatch, now)
                ?? throw ApiException.NotFound($"deployment \"{body.Deployment}\" not found");
            CheckDeploymentAccepts(deployment, body.Deployment!, model, replaceMergedAddon);

            var loaded = store.All(now).Where(r => r.Deployment == body.Deployment && r.Phase != DeployedModelPhase.Undeploying).ToList();
            if (replaceMergedAddon)
            {
                // [C] replaceMergedAddon unloads whatever addon the deployment has.
                foreach (var previous in loaded)
                {
                    previous.EnterPhase(DeployedModelPhase.Undeploying, now);
                }
            }
            else if (loaded.FirstOrDefault(r => r.Model == model.Name) is { } duplicate)
            {
                // [I] unverified: loading the same model onto the same deployment twice is ALREADY_EXISTS.
                throw new ApiException(GrpcCode.AlreadyExists, $"model \"{model.Name}\" is already loaded onto deployment \"{body.Deployment}\" as \"{NameOf(duplicate.Id)}\"");
            }
            else if (loaded.Count >= MaxAddonsPerDeployment)
            {
                throw ApiException.FailedPrecondition($"deployment \"{body.Deployment}\" already has {MaxAddonsPerDeployment} addons, the most a deployment can hold");
            }

            var others = store.All(now).Where(r => r.Model == model.Name && r.Phase != DeployedModelPhase.Undeploying).ToList();
            var record = new StoredDeployedModel
            {
                Id = NewId(modelMatch.Groups[1].Value),
                Sequence = store.NextSequence(),
                Model = model.Name,
                Deployment = body.Deployment!,
                CreateTime = now,
                Outcome = model.Outcome,
                DisplayName = body.DisplayName,
                Description = body.Description,

                // [C] the first deployment a model goes to becomes its default by itself.
                Default = others.Count == 0 || body.Default == true,
                Public = body.Public == true,
            };
            record.EnterPhase(DeployedModelPhase.Deploying, now);
            if (record.Default)
            {
                others.ForEach(r => r.Default = false);
            }

            store.Add(record);
            return Render(record);
        }
    }

    public DeployedModelJson Get(string id)
    {
        lock (deployments.Gate)
        {
            return Render(Require(id));
        }
    }

    public Page<DeployedModelJson> List(ListQuery query)
    {
        lock (deployments.Gate)
        {
            var page = query.Apply(store.All(Now), FilterValue, SortKey);
            return new Page<DeployedModelJson>([.. page.Items.Select(Render)], page.NextPageToken, page.TotalSize);
        }
    }

    /// <summary>PATCH: with <paramref name="updateMask"/> the listed snake_case paths, else the fields present in the body.</summary>
    public DeployedModelJson Update(string id, DeployedModelJson body, IReadOnlyList<string> bodyFields, string? updateMask)
    {
        RejectOutputOnlyFields(body);
        var paths = string.IsNullOrWhiteSpace(updateMask)
            ? bodyFields.Select(FieldNames.ToSnakeCase).ToList()
            : [.. updateMask.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
        foreach (var path in paths.Where(p => !Mutable.Contains(p) && !CreateOnly.Contains(p)))
        {
            throw ApiException.InvalidArgument($"updateMask: unknown field path \"{path}\"; updatable: {string.Join(", ", Mutable)}");
        }

        CheckLengths(body);
        lock (deployments.Gate)
        {
            var now = Now;
            var record = Require(id);
            switch (record.Phase)
            {
                case DeployedModelPhase.Deploying or DeployedModelPhase.Updating or DeployedModelPhase.Undeploying:
                    throw new ApiException(GrpcCode.Aborted, $"cannot update deployed model \"{NameOf(id)}\" while it is {StateName(record.Phase)}; retry later");
                case DeployedModelPhase.Unspecified:
                    throw ApiException.FailedPrecondition($"cannot update deployed model \"{NameOf(id)}\": its load failed; unload it and load the model again");
            }

            // [I] firectl offers no way to move an addon: model, deployment and serverless are fixed once loaded.
            foreach (var (path, value, current) in new (string, object?, object?)[]
                     {
                         ("model", body.Model, record.Model), ("deployment", body.Deployment, record.Deployment), ("serverless", body.Serverless, false),
                     })
            {
                if (paths.Contains(path) && value is not null && !value.Equals(current))
                {
                    throw ApiException.FailedPrecondition($"field \"{path}\" of a deployed model cannot be changed; unload it and load the model again");
                }
            }

            var before = (record.DisplayName, record.Description, record.Default, record.Public);
            if (paths.Contains("display_name"))
            {
                record.DisplayName = body.DisplayName;
            }

            if (paths.Contains("description"))
            {
                record.Description = body.Description;
            }

            if (paths.Contains("default"))
            {
                record.Default = body.Default == true;
            }

            if (paths.Contains("public"))
            {
                record.Public = body.Public == true;
            }

            if (before != (record.DisplayName, record.Description, record.Default, record.Public))
            {
                record.EnterPhase(DeployedModelPhase.Updating, now);
                if (record.Default)
                {
                    foreach (var other in store.All(now).Where(r => r.Model == record.Model && r.Id != record.Id))
                    {
                        other.Default = false;
                    }
                }
            }

            return Render(record);
        }
    }

    public void Delete(string id)
    {
        lock (deployments.Gate)
        {
            var record = Require(id);
            if (record.Phase == DeployedModelPhase.Undeploying)
            {
                throw new ApiException(GrpcCode.Aborted, $"deployed model \"{NameOf(id)}\" is already being unloaded");
            }

            record.EnterPhase(DeployedModelPhase.Undeploying, Now);
        }
    }

    /// <summary>
    /// The DEPLOYED addon a data-plane <c>model</c> names on <paramref name="deploymentName"/>: either
    /// <c>&lt;model&gt;#&lt;deployment&gt;</c> or <c>accounts/{a}/deployedModels/{id}</c>; null when it is not (yet, or any more) served there.
    /// </summary>
    public StoredDeployedModel? FindServing(string modelName, string? deploymentInName, string deploymentName)
    {
        lock (deployments.Gate)
        {
            var records = store.All(Now).Where(r => r.Phase == DeployedModelPhase.Deployed && r.Deployment == deploymentName);
            return modelName.Contains("/deployedModels/", StringComparison.Ordinal)
                ? records.FirstOrDefault(r => NameOf(r.Id) == modelName)
                : records.FirstOrDefault(r => r.Model == modelName && (deploymentInName is null || deploymentInName == deploymentName));
        }
    }

    /// <summary>Whether the registry knows <paramref name="modelName"/> as a LoRA (the data plane then insists it is loaded).</summary>
    public bool IsLora(string modelName) => models.Find(modelName) is not null;

    /// <summary>The <c>deployedModelRefs</c> of a model (GetModel).</summary>
    public List<DeployedModelRefJson> RefsFor(string modelName)
    {
        lock (deployments.Gate)
        {
            return [.. store.All(Now).Where(r => r.Model == modelName).Select(r => new DeployedModelRefJson
            {
                Name = NameOf(r.Id),
                Deployment = r.Deployment,
                State = StateName(r.Phase),
                Default = r.Default,
                Public = r.Public,
            })];
        }
    }

    private static void RejectOutputOnlyFields(DeployedModelJson body)
    {
        (string Field, bool IsSet)[] outputOnly =
        [
            ("name", body.Name is not null), ("createTime", body.CreateTime is not null), ("updateTime", body.UpdateTime is not null),
            ("state", body.State is not null), ("status", body.Status is not null),
        ];
        foreach (var (field, _) in outputOnly.Where(f => f.IsSet))
        {
            throw ApiException.InvalidArgument($"field \"{field}\" is output only and must not be set in a request");
        }
    }

    private static void CheckLengths(DeployedModelJson body)
    {
        if (body.DisplayName is { Length: >= 64 })
        {
            throw ApiException.InvalidArgument("displayName must be under 64 characters");
        }

        if (body.Description is { Length: >= 1000 })
        {
            throw ApiException.InvalidArgument("description must be under 1000 characters");
        }
    }

    private StoredDeployment? FindDeployment(Match name, DateTimeOffset now) =>
        name.Groups[1].Value == options.AccountId && deployments.Find(name.Groups[2].Value, now) is { Phase: not DeploymentPhase.Deleted } deployment
            ? deployment
            : null;

    /// <summary>[I] the codes and wording of these refusals are unseen; each is FAILED_PRECONDITION naming what to fix.</summary>
    private void CheckDeploymentAccepts(StoredDeployment deployment, string deploymentName, StoredModel model, bool replaceMergedAddon)
    {
        if (deployment.Phase != DeploymentPhase.Ready)
        {
            throw ApiException.FailedPrecondition($"deployment \"{deploymentName}\" is not ready (state {deployment.Phase.ToString().ToUpperInvariant()}); load addons once it is READY");
        }

        var spec = deployment.Spec;
        var hotReload = spec.EnableHotReloadLatestAddon == true;
        if (spec.EnableAddons != true && !hotReload && !ShapeEnablesAddons(spec.DeploymentShape))
        {
            throw ApiException.FailedPrecondition($"deployment \"{deploymentName}\" does not have enable_addons set; create it with enableAddons=true to load LoRA addons");
        }

        if (spec.BaseModel != model.BaseModel)
        {
            throw ApiException.FailedPrecondition(
                $"model \"{model.Name}\" is a LoRA of base model \"{model.BaseModel}\", but deployment \"{deploymentName}\" serves base model \"{spec.BaseModel}\"");
        }

        if (hotReload && !replaceMergedAddon)
        {
            throw ApiException.FailedPrecondition($"deployment \"{deploymentName}\" hot-reloads one merged addon: load with replaceMergedAddon=true");
        }
    }

    /// <summary>A shape version whose snapshot enables addons lets its deployments load them.</summary>
    private bool ShapeEnablesAddons(string? shape)
    {
        if (string.IsNullOrEmpty(shape))
        {
            return false;
        }

        try
        {
            return shapes.Resolve(shape, skipShapeValidation: true).Version.Definition.EnableAddons;
        }
        catch (ApiException)
        {
            return false;
        }
    }

    private DeployedModelJson Render(StoredDeployedModel record) => new()
    {
        Name = NameOf(record.Id),
        DisplayName = record.DisplayName,
        Description = record.Description,
        CreateTime = ProtoTimestamp.Format(record.CreateTime),
        UpdateTime = ProtoTimestamp.Format(record.UpdateTime),
        Model = record.Model,
        Deployment = record.Deployment,
        Default = record.Default,
        Public = record.Public,
        Serverless = false,
        State = StateName(record.Phase),
        Status = new StatusJson { Code = record.StatusCode, Message = record.StatusMessage },
    };

    private static string StateName(DeployedModelPhase phase) => phase switch
    {
        DeployedModelPhase.Unspecified => "STATE_UNSPECIFIED",
        _ => phase.ToString().ToUpperInvariant(),
    };

    private static string? FilterValue(StoredDeployedModel record, string field) => field switch
    {
        "deployment" => record.Deployment,
        "model" => record.Model,
        _ => null,
    };

    private object? SortKey(StoredDeployedModel record, string field) => field switch
    {
        "name" => NameOf(record.Id),
        "create_time" => record.CreateTime,
        "update_time" => record.UpdateTime,
        "display_name" => record.DisplayName ?? "",
        _ => null,
    };

    private StoredDeployedModel Require(string id) =>
        store.Find(id, Now) ?? throw ApiException.NotFound($"deployed model \"{NameOf(id)}\" not found");

    private string NameOf(string id) => $"accounts/{options.AccountId}/deployedModels/{id}";

    /// <summary>[C-ish] observed ids are <c>&lt;model-id&gt;-&lt;8 lower-case letters/digits&gt;</c>.</summary>
    private string NewId(string modelId)
    {
        while (true)
        {
            var suffix = string.Concat(Enumerable.Range(0, 8).Select(_ => Alphabet[random.Next(Alphabet.Length)]));
            var id = $"{modelId}-{suffix}";
            if (!store.Contains(id))
            {
                return id;
            }
        }
    }
}
