using SampleApp;
using SampleApp.Lib;
using Serverless.FunctionsHost.Hosting;

// Optional: an app without Program.cs gets a generated entry point. This one adds a service
// that handlers take as a parameter, and an Azure-Functions-style middleware around every function.
var builder = ServerlessApplication.CreateBuilder(args, GeneratedFunctions.Manifest);
// The sample publishes its build-time OpenAPI document at /openapi.json (apps opt in; the setting
// Serverless__OpenApi__Enabled=false still turns it off here). `dotnet SampleApp.dll openapi` prints it.
builder.Configuration["Serverless:OpenApi:Enabled"] ??= "true";
builder.Services.AddSingleton<IUserStore, InMemoryUserStore>();
builder.UseMiddleware<RequestTiming>();
return await builder.Build().RunAsync();
