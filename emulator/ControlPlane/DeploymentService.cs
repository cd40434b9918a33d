using System.Globalization;
using System.Text;
using Fireworks.Emulator.Errors;
using Fireworks.Emulator.State;
using Fireworks.Emulator.Validation;
using Fireworks.Emulator.Wire;

namespace Fireworks.Emulator.ControlPlane;

/// <summary>The deployment operations of the control plane, independent of HTTP. Each runs atomically under the store lock.</summary>
internal sealed class DeploymentService(
    EmulatorOptions options,
    DeploymentStore store,
    DeploymentRenderer renderer,
    RandomSource random)
{
    private DateTimeOffset Now => options.TimeProvider.GetUtcNow();

    public DeploymentJson Create(CreateFlags flags, DeploymentJson body)
    {
        DeploymentValidator.RejectOutputOnlyFields(body);
        if (flags.DeploymentId is { } requestedId && !DeploymentIdFormat.IsValid(requestedId))
        {
            throw ApiException.InvalidArgument(
                $"invalid deploymentId \"{requestedId}\": use 1-63 lower-case letters, digits and hyphens, starting with a letter and not ending with a hyphen");
        }

        DeploymentValidator.ValidateCreateBody(body, flags.SkipShapeValidation);
        var spec = WireCopy.Clone(body);
        DeploymentDefaults.Apply(spec);
        DeploymentValidator.ValidateSpec(spec);

        lock (store.Gate)
        {
            var now = Now;
            var id = flags.DeploymentId ?? NewId(now);
            var deployment = new StoredDeployment
            {
                Id = id,
                Sequence = flags.ValidateOnly ? 0 : store.NextSequence(),
                Spec = spec,
                CreateTime = now,
            };
            deployment.EnterPhase(DeploymentPhase.Creating, now);

            // [I] validateOnly skips the id-conflict check, so a preview of an existing deployment still validates.
            if (flags.ValidateOnly)
            {
                return renderer.Render(deployment);
            }

            // Soft-deleted ids stay taken until purged [C-ish: the direct-route example says to pick a new id].
            if (store.Find(id, now) is not null)
            {
                throw new ApiException(GrpcCode.AlreadyExists, $"deployment \"{DeploymentRenderer.NameOf(options.AccountId, id)}\" already exists");
            }

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

    public ListDeploymentsResponseJson List(ListRequest request)
    {
        lock (store.Gate)
        {
            var visible = store.All(Now).Where(d => request.ShowDeleted || d.Phase != DeploymentPhase.Deleted).ToList();
            if (request.Descending)
            {
                visible.Reverse();
            }

            var start = 0;
            if (!string.IsNullOrEmpty(request.PageToken))
            {
                var after = DecodePageToken(request.PageToken);
                start = visible.FindIndex(d => request.Descending ? d.Sequence < after : d.Sequence > after);
                start = start < 0 ? visible.Count : start;
            }

            var page = visible.Skip(start).Take(request.PageSize).ToList();
            var more = start + page.Count < visible.Count;
            return new ListDeploymentsResponseJson
            {
                Deployments = [.. page.Select(renderer.Render)],
                NextPageToken = more ? EncodePageToken(page[^1].Sequence) : "",
                TotalSize = visible.Count,
            };
        }
    }

    public DeploymentJson Update(string id, string? updateMask, DeploymentJson body)
    {
        var paths = UpdateMask.Parse(updateMask);
        DeploymentValidator.RejectOutputOnlyFields(body);
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

            DeploymentDefaults.Apply(updated);
            var changed = paths.Where(p => p.ValueIn(updated) != p.ValueIn(deployment.Spec)).ToList();

            // [I] mirrors the "replace on change" notes of fireworks-api.md §3.1; the real server's answer is unverified.
            if (changed.FirstOrDefault(p => p.Kind == MaskPathKind.Immutable) is { } immutable)
            {
                throw ApiException.FailedPrecondition($"field \"{immutable.Path}\" cannot be changed in place; create a new deployment instead");
            }

            DeploymentValidator.ValidateSpec(updated);
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

    public void Delete(string id, bool hard)
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

            // [I] a stuck CREATING/UPDATING deployment can be deleted (otherwise it could never be cleaned up).
            deployment.HardDelete = hard;
            deployment.EnterPhase(DeploymentPhase.Deleting, now);
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
        }
    }

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

    private static string EncodePageToken(long sequence) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes("after:" + sequence.ToString(CultureInfo.InvariantCulture)));

    private static long DecodePageToken(string token)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            if (text.StartsWith("after:", StringComparison.Ordinal) && long.TryParse(text.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
            {
                return sequence;
            }
        }
        catch (FormatException)
        {
            // Falls through to the error below.
        }

        throw ApiException.InvalidArgument("invalid pageToken");
    }
}
