using Microsoft.Extensions.FileProviders;

namespace ClaimTracker.Api.Http;

/// <summary>
/// Serves the fact-checkers' page from the <c>wwwroot</c> folder beside the assembly, so it works whatever the working
/// directory, under a strict Content-Security-Policy: the page loads only its own files and runs no inline script.
/// </summary>
internal static class PageFiles
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static WebApplication UsePageFiles(this WebApplication app)
    {
        var root = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (!Directory.Exists(root))
        {
            app.Logger.LogWarning("The page's files are missing ({Root}); only the API is served.", root);
            return app;
        }

        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";

                // The page is small and changes with the server; revalidating keeps an upgraded server's page current.
                headers.CacheControl = "no-cache";
            },
        });
        return app;
    }
}
