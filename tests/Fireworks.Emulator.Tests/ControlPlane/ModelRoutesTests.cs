using Fireworks.Emulator.Tests.Support;

namespace Fireworks.Emulator.Tests.ControlPlane;

public sealed class ModelRoutesTests
{
    [Fact]
    public async Task GetModel_SeededLora_NamesItsBaseModelAndItsDeployedModels()
    {
        await using var session = await EmulatorSession.StartAsync();
        await session.CreateReadyAsync("base", EmulatorSession.AddonBody);
        var id = await session.LoadDeployedAsync(EmulatorSession.ChatLora, "base");

        var model = await session.GetJsonAsync($"v1/{EmulatorSession.ChatLora}");

        Assert.Equal("HF_PEFT_ADDON", model.GetProperty("kind").GetString());
        Assert.Equal(EmulatorSession.Llama, model.GetProperty("peftDetails").GetProperty("baseModel").GetString());
        var reference = Assert.Single(model.GetProperty("deployedModelRefs").EnumerateArray());
        Assert.Equal($"accounts/emulator-account/deployedModels/{id}", reference.GetProperty("name").GetString());
        Assert.Equal(session.DeploymentName("base"), reference.GetProperty("deployment").GetString());
        Assert.Equal("DEPLOYED", reference.GetProperty("state").GetString());
        Assert.True(reference.GetProperty("default").GetBoolean());
    }

    [Fact]
    public async Task GetModel_Unknown_Is404()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var response = await session.Http.GetAsync("v1/accounts/emulator-account/models/unknown");

        await EmulatorSession.AssertErrorAsync(response, 404, 5, "unknown");
    }

    [Fact]
    public async Task LoraModelsOption_RegistersAModelThatCanBeLoaded()
    {
        await using var session = await EmulatorSession.StartAsync(o => o.LoraModels.Add(new LoraModel { Name = "mine", BaseModel = EmulatorSession.Llama }));
        await session.CreateReadyAsync("base", EmulatorSession.AddonBody);

        using var response = await session.LoadAsync("accounts/emulator-account/models/mine", "base");

        Assert.Equal(200, (int)response.StatusCode);
    }
}
