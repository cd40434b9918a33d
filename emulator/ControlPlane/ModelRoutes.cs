using Fireworks.Emulator.Errors;
using Fireworks.Emulator.State;
using Fireworks.Emulator.Validation;
using Fireworks.Emulator.Wire;

namespace Fireworks.Emulator.ControlPlane;

/// <summary><c>GET /v1/accounts/{a}/models/{m}</c> for the LoRA models in the registry, with their deployed-model references.</summary>
internal static class ModelRoutes
{
    public static void Map(IEndpointRouteBuilder endpoints, ModelRegistry registry, DeployedModelService deployedModels)
    {
        endpoints.MapGet("/v1/accounts/{account}/models/{model}", context => DeploymentRoutes.Guard(context, async () =>
        {
            var name = $"accounts/{context.Request.RouteValues["account"]}/models/{context.Request.RouteValues["model"]}";
            var model = registry.Find(name) ?? throw ApiException.NotFound($"model \"{name}\" not found");
            var body = new ModelJson
            {
                Name = model.Name,
                DisplayName = model.DisplayName,
                CreateTime = ProtoTimestamp.Format(model.CreateTime),
                State = "READY",
                Kind = "HF_PEFT_ADDON",
                PeftDetails = new PeftDetailsJson { BaseModel = model.BaseModel },
                DeployedModelRefs = deployedModels.RefsFor(model.Name),
            };
            await ResponseWriter.WriteReplyAsync(context, body, WireJson.Context.ModelJson).ConfigureAwait(false);
        }));
    }
}
