using Fireworks.Emulator.ControlPlane.Listing;
using Fireworks.Emulator.Errors;
using Fireworks.Emulator.State;
using Fireworks.Emulator.Validation;
using Fireworks.Emulator.Wire;

namespace Fireworks.Emulator.ControlPlane;

/// <summary>The deployment operations of the control plane, independent of HTTP. Each runs atomically under the store lock.</summary>
internal sealed class DeploymentService(
    EmulatorOptions options,
    DeploymentStore store,
    DeployedModelStore deployedModels,
    ShapeStore shapes,
    DeploymentRenderer renderer,
    DeploymentValidator validator,
    RandomSource random)
{
    /// <summary>The fields <c>filter</c> may name. [C] display_name and base_model; the others are emulator choices.</summary>
    public static readonly IReadOnlyList<string> FilterFields = ["name", "display_name", "base_model", "state", "deployment_shape"];

    public static readonly IReadOnlyList<string> OrderFields = ["create_time", "update_time", "name", "display_name"];

    public DeploymentStore Store => store;

    private DateTimeOffset Now => options.TimeProvider.GetUtcNow();

    public DeploymentJson Create(CreateFlags flags, DeploymentJson body)
    {
        DeploymentValidator.RejectOutputOnlyFields(body);
        if (flags.DeploymentId is { } requestedId && !DeploymentIdFormat.IsValid(requestedId))
        {
            throw ApiException.InvalidArgument(
                $"invalid deploymentId \"{requestedId}\": use 1-63 lower-case letters, digits and hyphens, starting with a letter and not ending with a hyphen");
        }

        DeploymentValidator.ValidateCreateBody(body);
        var spec = WireCopy.Clone(body);
        if (spec.DeploymentShape is { Length: > 0 } shape)
        {
            ApplyShape(spec, shape, flags.SkipShapeValidation);
        }

        DeploymentDefaults.Apply(spec);
        validator.ValidateSpec(spec);

        // [I] the real refusal of an accelerator a model is not offered on is unseen; INVALID_ARGUMENT names both.
        if (options.UnavailableAccelerators.Contains(new UnavailableAccelerator(spec.BaseModel!, spec.AcceleratorType!)))
        {
            throw ApiException.InvalidArgument($"acceleratorType {spec.AcceleratorType} is not offered for base model \"{spec.BaseModel}\"");
        }

        lock (store.Gate)
        {
            var now = Now;

            // [I] validateOnly skips the id-conflict check, so a preview of an existing deployment still validates;
            // a missing base model is reported at once (a real create fails later, asynchronously).
            if (flags.ValidateOnly)
            {
                if (store.Lifecycle.IsModelMissing(spec.BaseModel!))
                {
                    throw ApiException.InvalidArgument($"base model \"{spec.BaseModel}\" not found");
                }

                return renderer.RenderPreview(spec, flags.DeploymentId);
            }

            var id = flags.DeploymentId ?? NewId(now);

            // Soft-deleted ids stay taken until purged [C-ish: the direct-route example says to pick a new id].
            if (store.Find(id, now) is not null)
            {
                throw new ApiException(GrpcCode.AlreadyExists, $"deployment \"{DeploymentRenderer.NameOf(options.AccountId, id)}\" already exists");
            }

            var deployment = new StoredDeployment { Id = id, Sequence = store.NextSequence(), Spec = spec, CreateTime = now };
            deployment.EnterPhase(DeploymentPhase.Creating, now);
            store.Add(deployment);
            return renderer.Render(deployment);
        }
    }

    public DeploymentJson Get(string id)
    {
        lock (store.Gate)
        {
            return renderer.Render(Require(id));
        }
    }

    public Page<DeploymentJson> List(ListQuery query, bool showDeleted)
    {
        lock (store.Gate)
        {
            var visible = store.All(Now)
                .Where(d => showDeleted || d.Phase != DeploymentPhase.Deleted)
                .Select(d => (Stored: d, Json: renderer.Render(d)));
            var page = query.Apply(visible, FilterValue, SortKey);
            return new Page<DeploymentJson>([.. page.Items.Select(d => d.Json)], page.NextPageToken, page.TotalSize);
        }
    }

    public DeploymentJson Update(string id, DeploymentUpdate update)
    {
        var body = update.Body;
        DeploymentValidator.RejectOutputOnlyFields(body);
        var paths = string.IsNullOrWhiteSpace(update.UpdateMask) ? UpdateMask.FromBody(update.BodyFields) : UpdateMask.Parse(update.UpdateMask);
        lock (store.Gate)
        {
            var now = Now;
            var deployment = Require(id);
            RequireUpdatable(deployment, "update");

            var updated = WireCopy.Clone(deployment.Spec);
            foreach (var path in paths)
            {
                path.Copy(updated, body);
            }

            if (paths.Any(p => p.Path == "deployment_shape") && updated.DeploymentShape is { Length: > 0 } shape)
            {
                var requestedAccelerator = paths.Any(p => p.Path == "accelerator_type") ? body.AcceleratorType : null;
                ApplyShape(updated, shape, update.SkipShapeValidation);
                if (requestedAccelerator is not null && requestedAccelerator != updated.AcceleratorType)
                {
                    throw ApiException.InvalidArgument($"acceleratorType must not be set when deploymentShape is set (the shape \"{shape}\" decides the hardware)");
                }
            }

            DeploymentDefaults.Apply(updated);
            var changed = paths.Where(p => p.ValueIn(updated) != p.ValueIn(deployment.Spec)).ToList();

            // [I] mirrors the "replace on change" notes of fireworks-api.md §3.1; the real server's answer is unverified.
            if (changed.FirstOrDefault(p => p.Kind == MaskPathKind.Immutable) is { } immutable)
            {
                throw ApiException.FailedPrecondition($"field \"{immutable.Path}\" cannot be changed in place; create a new deployment instead");
            }

            validator.ValidateSpec(updated);
            deployment.Spec = updated;
            if (changed.Any(p => p.Path.Contains("replica_count", StringComparison.Ordinal)))
            {
                deployment.ScaledReplicaCount = null;
            }

            if (changed.Any(p => p.Kind == MaskPathKind.Rolling))
            {
                deployment.EnterPhase(DeploymentPhase.Updating, now);
            }
            else
            {
                deployment.UpdateTime = now;
            }

            return renderer.Render(deployment);
        }
    }

    public void Scale(string id, ScaleRequestJson body)
    {
        if (body.ReplicaCount is not { } replicas || replicas < 0)
        {
            throw ApiException.InvalidArgument("replicaCount must be set and not negative");
        }

        lock (store.Gate)
        {
            var deployment = Require(id);
            RequireUpdatable(deployment, "scale");
            deployment.ScaledReplicaCount = replicas;
            deployment.UpdateTime = Now;
        }
    }

    public void Delete(string id, bool hard, bool ignoreChecks)
    {
        lock (store.Gate)
        {
            var now = Now;
            var deployment = Require(id);
            switch (deployment.Phase)
            {
                case DeploymentPhase.Deleting:
                    throw new ApiException(GrpcCode.Aborted, $"deployment \"{NameOf(id)}\" is already being deleted");
                case DeploymentPhase.Deleted when !hard:
                    // [I] AIP-164: deleting an already soft-deleted resource is NOT_FOUND.
                    throw ApiException.NotFound($"deployment \"{NameOf(id)}\" not found (already deleted)");
                case DeploymentPhase.Creating or DeploymentPhase.Updating when !options.AllowDeleteWhileTransitioning:
                    throw Transitional(deployment, "delete");
            }

            // [I] the refusal's code and wording are unseen; FAILED_PRECONDITION is the gateway's usual answer.
            if (deployment.InUse && !ignoreChecks)
            {
                throw ApiException.FailedPrecondition(
                    $"deployment \"{NameOf(id)}\" is in use (it is serving traffic); set ignore_checks (ignoreChecks=true) to delete it anyway");
            }

            // [I] a stuck CREATING/UPDATING deployment can be deleted (otherwise it could never be cleaned up).
            deployment.HardDelete = hard;
            deployment.EnterPhase(DeploymentPhase.Deleting, now);
            deployedModels.RemoveDeployment(NameOf(id));
        }
    }

    public DeploymentJson Undelete(string id)
    {
        lock (store.Gate)
        {
            var now = Now;
            var deployment = Require(id);
            if (deployment.Phase != DeploymentPhase.Deleted)
            {
                // [I] AIP-164: undeleting a resource that is not deleted is ALREADY_EXISTS.
                throw new ApiException(GrpcCode.AlreadyExists, $"deployment \"{NameOf(id)}\" is not deleted (state {deployment.Phase.ToString().ToUpperInvariant()})");
            }

            // [I] replicas were released on delete, so the deployment comes back through CREATING.
            deployment.DeleteTime = null;
            deployment.PurgeTime = null;
            deployment.EverReady = false;
            deployment.StatusCode = "OK";
            deployment.StatusMessage = "";
            deployment.EnterPhase(DeploymentPhase.Creating, now);
            return renderer.Render(deployment);
        }
    }

    /// <summary>Marks a deployment in use (or not) for the delete checks.</summary>
    /// <returns>False when there is no such deployment.</returns>
    public bool MarkInUse(string id, bool inUse)
    {
        lock (store.Gate)
        {
            if (store.Find(id, Now) is not { } deployment)
            {
                return false;
            }

            deployment.InUse = inUse;
            return true;
        }
    }

    public IReadOnlyList<(StoredDeployment Deployment, DeploymentJson Json)> All()
    {
        lock (store.Gate)
        {
            return [.. store.All(Now).Select(d => (d, renderer.Render(d)))];
        }
    }

    /// <summary>The READY-or-not deployment whose direct-route handle is <paramref name="handle"/>.</summary>
    public (StoredDeployment Deployment, DeploymentJson Json)? FindByHandle(string handle)
    {
        lock (store.Gate)
        {
            var match = store.All(Now).FirstOrDefault(d => string.Equals(renderer.PotentialHandle(d), handle, StringComparison.OrdinalIgnoreCase));
            return match is null ? null : (match, renderer.Render(match));
        }
    }

    public void Reset()
    {
        lock (store.Gate)
        {
            store.Clear();
            deployedModels.Clear();
        }
    }

    private void ApplyShape(DeploymentJson spec, string shape, bool skipShapeValidation)
    {
        var resolved = shapes.Resolve(shape, skipShapeValidation);
        if (resolved.Version.Definition.BaseModel is { } shapeModel && spec.BaseModel is { } baseModel && shapeModel != baseModel)
        {
            throw ApiException.InvalidArgument(
                $"deployment shape \"{resolved.VersionName}\" is for base model \"{shapeModel}\", not \"{baseModel}\"");
        }

        DeploymentDefaults.ApplyShape(spec, resolved);
    }

    private static string? FilterValue((StoredDeployment Stored, DeploymentJson Json) d, string field) => field switch
    {
        "name" => d.Json.Name,
        "display_name" => d.Json.DisplayName ?? "",
        "base_model" => d.Json.BaseModel,
        "state" => d.Json.State,
        "deployment_shape" => d.Json.DeploymentShape ?? "",
        _ => null,
    };

    private static object? SortKey((StoredDeployment Stored, DeploymentJson Json) d, string field) => field switch
    {
        "create_time" => d.Stored.CreateTime,
        "update_time" => d.Stored.UpdateTime,
        "name" => d.Json.Name,
        "display_name" => d.Json.DisplayName ?? "",
        _ => null,
    };

    private StoredDeployment Require(string id) =>
        store.Find(id, Now) ?? throw ApiException.NotFound($"deployment \"{NameOf(id)}\" not found");

    private void RequireUpdatable(StoredDeployment deployment, string operation)
    {
        switch (deployment.Phase)
        {
            case DeploymentPhase.Creating or DeploymentPhase.Updating or DeploymentPhase.Deleting:
                throw Transitional(deployment, operation);
            case DeploymentPhase.Deleted or DeploymentPhase.Failed:
                throw ApiException.FailedPrecondition(
                    $"cannot {operation} deployment \"{NameOf(deployment.Id)}\" in state {deployment.Phase.ToString().ToUpperInvariant()}");
        }
    }

    // [I] 409 ABORTED for an operation that conflicts with one in flight (gRPC convention for concurrency conflicts).
    private ApiException Transitional(StoredDeployment deployment, string operation) =>
        new(GrpcCode.Aborted, $"cannot {operation} deployment \"{NameOf(deployment.Id)}\" while it is {deployment.Phase.ToString().ToUpperInvariant()}; retry later");

    private string NameOf(string id) => DeploymentRenderer.NameOf(options.AccountId, id);

    private string NewId(DateTimeOffset now)
    {
        while (true)
        {
            var id = DeploymentIdFormat.Generate(random.Next);
            if (store.Find(id, now) is null)
            {
                return id;
            }
        }
    }
}
