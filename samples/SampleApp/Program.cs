using Nextfunc.Hosting;
using Nextfunc.Telemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using SampleApp;
using SampleApp.Lib;

// Optional: an app without Program.cs gets a generated entry point. This one adds a service
// that handlers take as a parameter, and an Azure-Functions-style middleware around every function.
var builder = NextfuncApp.CreateBuilder(args, GeneratedFunctions.Manifest);
// The sample publishes its build-time OpenAPI document at /openapi.json (apps opt in; the setting
// Nextfunc__OpenApi__Enabled=false still turns it off here). `dotnet SampleApp.dll openapi` prints it.
builder.Configuration["Nextfunc:OpenApi:Enabled"] ??= "true";
builder.Services.AddSingleton<IUserStore, InMemoryUserStore>();
builder.UseMiddleware<RequestTiming>();

// Traces and metrics on the console (docs/telemetry.md): dotnet run -- --Sample:ConsoleTelemetry=true.
// A deployed app would send them to Azure Monitor instead (UseAzureMonitorExporter, same sources and meter).
if (bool.TryParse(builder.Configuration["Sample:ConsoleTelemetry"], out var consoleTelemetry) && consoleTelemetry)
{
    builder.Services.AddOpenTelemetry()
        .WithTracing(tracing => tracing
            .AddSource(NextfuncTelemetry.ActivitySourceName, "Microsoft.AspNetCore", "Microsoft.Azure.Functions.Worker")
            .AddConsoleExporter())
        .WithMetrics(metrics => metrics
            .AddMeter(NextfuncTelemetry.MeterName)
            .AddConsoleExporter());
}
return await builder.Build().RunAsync();
