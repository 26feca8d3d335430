using System.Security.Cryptography;
using System.Text;
using ClaimTracker.Events;

namespace ClaimTracker.Tests.Events;

/// <summary>
/// Event ids are hashed from claim ids written into one buffer rather than from the joined string; stored analyses and
/// links carry those ids, so they must stay the hash of the ids joined with '|', for any length and any characters.
/// </summary>
public sealed class EventIdsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(400)]
    public void An_event_id_is_the_hash_of_its_claim_ids_joined_with_bars(int count)
    {
        var ids = Enumerable.Range(0, count).Select(i => i % 3 == 0 ? $"claim-ü-{i}-日本" : $"c{i:x8}").ToArray();

        EventIds.IdOf(ids).Should().Be(JoinedHash(ids));
    }

    [Fact]
    public void Claim_and_participant_ids_come_sorted_and_once_and_documents_in_the_order_met()
    {
        var ids = new EventIds();
        foreach (var (claim, document) in new[] { ("b", "d2"), ("a", "d1"), ("b", "d2"), ("C", "d1") })
        {
            ids.AddClaim(claim);
            ids.AddDocument(document);
        }

        ids.AddParticipants(new HashSet<string>(["UA", "RU"], StringComparer.Ordinal));
        ids.AddParticipants(new HashSet<string>(["RU"], StringComparer.Ordinal));

        ids.Claims().Should().Equal("C", "a", "b");
        ids.Participants().Should().Equal("RU", "UA");
        ids.Documents().Should().Equal("d2", "d1");
        ids.Claims().Should().BeEmpty("each call starts the next event afresh");
        ids.Documents().Should().BeEmpty();
    }

    private static string JoinedHash(IEnumerable<string> ids) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('|', ids))).AsSpan(0, 8));
}
