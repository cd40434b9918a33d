using Fireworks.Emulator.Validation;
using Fireworks.Emulator.Wire;

namespace Fireworks.Emulator.ControlPlane;

/// <summary><c>GET /v1/accounts</c> and <c>GET /v1/accounts/{id}</c>: the one emulated account (others are 403 in auth).</summary>
internal static class AccountRoutes
{
    public static void Map(IEndpointRouteBuilder endpoints, EmulatorOptions options, DateTimeOffset startedAt)
    {
        AccountJson Account() => new()
        {
            Name = $"accounts/{options.AccountId}",
            DisplayName = options.AccountId,
            Email = $"{options.AccountId}@emulator.invalid",
            State = "READY",
            CreateTime = ProtoTimestamp.Format(startedAt),
        };

        // Control-plane replies like the others: the unknown-output-fields switch reaches them too.
        endpoints.MapGet("/v1/accounts", context => ResponseWriter.WriteReplyAsync(
            context, new ListAccountsResponseJson { Accounts = [Account()], TotalSize = 1 }, WireJson.Context.ListAccountsResponseJson,
            itemsProperty: "accounts"));
        endpoints.MapGet("/v1/accounts/{account}", context => ResponseWriter.WriteReplyAsync(
            context, Account(), WireJson.Context.AccountJson));
    }
}
