using ClaimTracker.DependencyInjection;
using ClaimTracker.Documents;
using ClaimTracker.Recognition.Actors;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Tests.Packaging;

public class AddClaimTrackerTests
{
    [Fact]
    public void Every_scope_resolves_the_same_tracker()
    {
        using var provider = new ServiceCollection().AddClaimTracker().BuildServiceProvider(validateScopes: true);

        var root = provider.GetRequiredService<Tracker>();
        using var scope = provider.CreateScope();

        scope.ServiceProvider.GetRequiredService<Tracker>().Should().BeSameAs(root);
    }

    [Fact]
    public void The_options_are_configured_once_when_the_tracker_is_first_resolved()
    {
        var calls = 0;
        using var provider = new ServiceCollection().AddClaimTracker(_ => calls++).BuildServiceProvider();
        calls.Should().Be(0);

        provider.GetRequiredService<Tracker>();
        provider.GetRequiredService<Tracker>();

        calls.Should().Be(1);
    }

    [Fact]
    public void A_configured_gazetteer_is_the_one_the_tracker_reads_with()
    {
        var gazetteer = Gazetteer.Default.With([new ActorEntry(new Actor("zeta-front", "Zeta Front", ActorKind.ArmedGroup, null, null), ["Zeta Front"])]);
        const string Text = "Three people were killed when a car bomb exploded in Harbor City on Friday, the Zeta Front said.";
        var document = new Document("zeta", "Harbor Tribune", null, new DateOnly(2025, 6, 14), null, Text);

        using var configured = new ServiceCollection().AddClaimTracker(o => o.Gazetteer = gazetteer).BuildServiceProvider();
        using var plain = new ServiceCollection().AddClaimTracker().BuildServiceProvider();

        ClaimantsOf(configured.GetRequiredService<Tracker>(), document).Should().Contain("zeta-front");
        ClaimantsOf(plain.GetRequiredService<Tracker>(), document).Should().NotContain("zeta-front");
    }

    [Fact]
    public void A_tracker_registered_before_is_kept()
    {
        var own = new Tracker();
        var services = new ServiceCollection().AddSingleton(own);

        using var provider = services.AddClaimTracker().BuildServiceProvider();

        provider.GetRequiredService<Tracker>().Should().BeSameAs(own);
        services.Should().ContainSingle(d => d.ServiceType == typeof(Tracker));
    }

    [Fact]
    public void Null_services_are_rejected()
    {
        var add = () => ClaimTrackerServiceCollectionExtensions.AddClaimTracker(null!);

        add.Should().Throw<ArgumentNullException>();
    }

    private static IEnumerable<string?> ClaimantsOf(Tracker tracker, Document document)
    {
        tracker.Add(document);
        return tracker.Analyze().Claims.Select(c => c.Claimant.Actor?.Id);
    }
}
