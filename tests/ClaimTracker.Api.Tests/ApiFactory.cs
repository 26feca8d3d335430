using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Newtonsoft.Json.Linq;

namespace ClaimTracker.Api.Tests;

/// <summary>The API in memory on its own temporary SQLite file, with no seeds; settings may add keys or limits.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly TempStore? _ownStore;

    public ApiFactory(string? storePath = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        _ownStore = storePath is null ? new TempStore() : null;
        StorePath = storePath ?? _ownStore!.Path;
        _settings = settings ?? new Dictionary<string, string>();
    }

    public string StorePath { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ClaimTracker:Store", StorePath);
        builder.UseSetting("ClaimTracker:SeedFolder", "");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Deletes the store this factory made for itself; a store passed in belongs to the test that made it.</summary>
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _ownStore?.Dispose();
        }
    }

    public static StringContent Json(object body) => Raw(Newtonsoft.Json.JsonConvert.SerializeObject(body), "application/json");

    public static StringContent Raw(string body, string? contentType)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    public static async Task<JToken> ReadAsync(HttpResponseMessage response) => JToken.Parse(await response.Content.ReadAsStringAsync());
}
