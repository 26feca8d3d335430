using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimTracker;
using ClaimTracker.Api;
using ClaimTracker.Api.Endpoints;
using ClaimTracker.Api.Http;
using ClaimTracker.Api.Library;
using ClaimTracker.DependencyInjection;
using ClaimTracker.Storage;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
var options = builder.Configuration.GetSection(ApiOptions.Section).Get<ApiOptions>() ?? new ApiOptions();
var openToAll = options.ApiKeys.Length > 0;
if (!openToAll)
{
    builder.WebHost.UseUrls(LoopbackBinding.Restrict(builder.Configuration["urls"]));
}

builder.Services.Configure<ApiOptions>(builder.Configuration.GetSection(ApiOptions.Section));
builder.Services.AddSingleton<IClaimStore>(services =>
    new SqliteClaimStore(Path.Combine(services.GetRequiredService<IHostEnvironment>().ContentRootPath, options.Store)));
builder.Services.AddClaimTracker();
builder.Services.AddSingleton(services => new PersistentTracker(
    services.GetRequiredService<Tracker>(),
    services.GetRequiredService<IClaimStore>(),
    string.IsNullOrWhiteSpace(options.SeedFolder) ? null : Path.Combine(services.GetRequiredService<IHostEnvironment>().ContentRootPath, options.SeedFolder),
    services.GetRequiredService<ILogger<PersistentTracker>>()));
builder.Services.AddOpenApi();

// Bodies are written with Newtonsoft under ClaimTrackerJson; these options only make the OpenAPI schemas say the same.
builder.Services.ConfigureHttpJsonOptions(json =>
{
    json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
    json.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
    json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
});

var app = builder.Build();
app.UseProblemResponses();
app.UsePageFiles();
app.MapOpenApi();
app.MapScalarApiReference(o => o.DisableDefaultFonts());

var api = app.MapGroup("/api/v1").WithTags("ClaimTracker");
api.MapDocuments().MapClaims().MapEvents().MapConflicts().MapAnalyze().MapHealth();
api.MapScore();

app.Lifetime.ApplicationStarted.Register(() =>
{
    if (openToAll)
    {
        app.Logger.LogInformation("API keys are configured: writes need X-Api-Key.");
    }
    else
    {
        app.Logger.LogWarning("No API key is configured: writes are open, so the server listens on loopback only ({Urls}).", string.Join(", ", app.Urls));
    }
});
await app.Services.GetRequiredService<PersistentTracker>().EnsureLoadedAsync();
await app.RunAsync();

/// <summary>The entry point, visible to the integration tests.</summary>
public partial class Program;
