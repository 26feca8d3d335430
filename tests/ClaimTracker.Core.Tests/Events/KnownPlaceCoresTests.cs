using ClaimTracker.Claims.Extraction;
using ClaimTracker.Documents;
using ClaimTracker.Events;

namespace ClaimTracker.Tests.Events;

/// <summary>
/// The merge compares places with their name cores worked out once per frame and kept per event, instead of asking
/// for both cores at every comparison. Over the frames of the seed and gold articles, every pair of frames must
/// compare the same either way, and every merged event must keep the cores of exactly its places.
/// </summary>
public sealed class KnownPlaceCoresTests
{
    private static readonly EventCompatibility Compatibility = EventCompatibility.Default;

    [Fact]
    public void Places_compare_the_same_with_known_cores()
    {
        var frames = Frames();
        var cores = frames.Select(f => f.Places.Select(Compatibility.Core).ToList()).ToArray();
        var outcomes = new Dictionary<PlaceMatch, int>();
        for (var i = 0; i < frames.Length; i++)
        {
            for (var j = 0; j < frames.Length; j++)
            {
                var (a, b) = (frames[i], frames[j]);
                var expected = Compatibility.Compare(a.Place, a.Places, b.Place, b.Places);
                var actual = EventCompatibility.Compare(
                    a.Place, Compatibility.CoreOrEmpty(a.Place), a.Places, cores[i], b.Place, Compatibility.CoreOrEmpty(b.Place), b.Places, cores[j]);

                actual.Should().Be(expected, "frames {0} and {1}", i, j);
                outcomes[expected] = outcomes.GetValueOrDefault(expected) + 1;
            }
        }

        outcomes.Keys.Should().BeEquivalentTo([PlaceMatch.Same, PlaceMatch.Within, PlaceMatch.Different, PlaceMatch.Unknown], "every outcome must be compared");
    }

    [Fact]
    public void Merged_events_keep_the_cores_of_their_places()
    {
        var clusters = FrameMerger.Create().Merge(Frames());

        clusters.Should().HaveCountGreaterThan(10);
        foreach (var cluster in clusters)
        {
            cluster.PlaceCore.Should().Be(Compatibility.CoreOrEmpty(cluster.Place));
            cluster.PlaceCores.Should().Equal(cluster.Places.Select(Compatibility.Core));
        }
    }

    private static EventFrame[] Frames() =>
        ArticleTexts.SeedsAndGoldArticles()
            .Select((text, i) => ClaimExtractor.Default.Extract(new Document("a" + i, "test", null, new DateOnly(2025, 6, 1), null, text)))
            .SelectMany(EventGrouper.Default.FramesOf)
            .ToArray();
}
