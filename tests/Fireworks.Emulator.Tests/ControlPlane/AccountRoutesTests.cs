using System.Text.Json;
using Fireworks.Emulator.ControlPlane;
using Fireworks.Emulator.Tests.Support;

namespace Fireworks.Emulator.Tests.ControlPlane;

public sealed class AccountRoutesTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Account_AndTheAccountList_CarryTheUnknownOutputFieldsExactlyWhenSwitchedOn(bool unknownOutputFields)
    {
        await using var session = await EmulatorSession.StartAsync(o => o.UnknownOutputFields = unknownOutputFields);

        var account = await session.GetJsonAsync("v1/accounts/emulator-account");
        var list = await session.GetJsonAsync("v1/accounts");
        var listed = Assert.Single(list.GetProperty("accounts").EnumerateArray());

        Assert.Equal("accounts/emulator-account", account.GetProperty("name").GetString());
        Assert.Equal("accounts/emulator-account", listed.GetProperty("name").GetString());
        Assert.All(new[] { account, list, listed }, reply => Assert.All(UnknownFields.Names,
            field => Assert.Equal(unknownOutputFields, reply.TryGetProperty(field, out JsonElement _))));
    }
}
