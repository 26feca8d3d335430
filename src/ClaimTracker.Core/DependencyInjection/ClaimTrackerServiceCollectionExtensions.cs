using ClaimTracker.Recognition.Actors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClaimTracker.DependencyInjection;

/// <summary>Registers ClaimTracker with a <see cref="IServiceCollection"/> in ASP.NET Core and worker apps.</summary>
public static class ClaimTrackerServiceCollectionExtensions
{
    /// <summary>
    /// Registers one <see cref="Tracker"/> as a singleton: every request and background job shares it, which is safe
    /// because all of its members may be called from many threads at once.
    /// </summary>
    /// <remarks>
    /// <paramref name="configure"/> runs once, when the tracker is first resolved, so loading a large
    /// <see cref="Gazetteer"/> there does not slow start-up. If a <see cref="Tracker"/> is already registered, that
    /// registration is kept and this call adds nothing.
    /// </remarks>
    /// <example>
    /// <code>
    /// builder.Services.AddClaimTracker(options => options.Gazetteer = Gazetteer.Load("newsroom-actors.json"));
    /// </code>
    /// </example>
    /// <param name="services">The services of the app.</param>
    /// <param name="configure">Sets the tracker's options; null for the defaults.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddClaimTracker(this IServiceCollection services, Action<TrackerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(_ =>
        {
            var options = new TrackerOptions();
            configure?.Invoke(options);
            return new Tracker(options);
        });
        return services;
    }
}
