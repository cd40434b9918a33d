using System.Globalization;
using System.Net;
using BareHost;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

// Kestrel on 127.0.0.1:0, cleartext HTTP/2, the generated service bound as usual; the port line on stdout.
var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
    kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
builder.Services.AddRoutingCore();
builder.Services.AddGrpc();

var application = builder.Build();
application.MapGrpcService<EchoProvider>();
await application.StartAsync();
var address = application.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
await Console.Out.WriteAsync(new Uri(address).Port.ToString(CultureInfo.InvariantCulture) + "\n");
await Console.Out.FlushAsync();
await application.WaitForShutdownAsync();
