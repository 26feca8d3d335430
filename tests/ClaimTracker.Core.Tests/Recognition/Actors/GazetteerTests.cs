using System.Text;
using ClaimTracker.Recognition.Actors;
using ClaimTracker.Recognition.Locations;

namespace ClaimTracker.Tests.Recognition.Actors;

public class GazetteerTests
{
    private const string UserJson = """
        {
          "actors": [
            { "id": "wagner-x", "name": "Northern Legion", "kind": "ArmedGroup", "names": ["Northern Legion"] },
            { "id": "IR", "names": ["Iroon"] }
          ],
          "places": [ { "id": "XX/qarabel", "name": "Qarabel", "kind": "Village", "countryId": "AZ", "names": ["Qarabel"] } ],
          "bodies": [ { "key": "coast-guard", "name": "Coast Guard", "names": ["coast guard"] } ]
        }
        """;

    [Fact]
    public void Default_data_holds_countries_with_demonyms()
    {
        var gazetteer = Gazetteer.Default;

        gazetteer.Actors.Values.Count(a => a.Kind == ActorKind.Country).Should().BeGreaterThan(240);
        gazetteer.Actors["AZ"].Should().Be(new Actor("AZ", "Azerbaijan", ActorKind.Country, "AZ", null));
    }

    [Fact]
    public void Entries_added_with_the_api_are_recognized()
    {
        var gazetteer = Gazetteer.Default
            .With([new ActorEntry(new Actor("zeta-front", "Zeta Front", ActorKind.ArmedGroup, null, null), ["Zeta Front", "ZF"])])
            .With([new PlaceEntry(new Location("XX/ostrava-yard", "Ostrava Yard", LocationKind.Facility, "CZ"), ["Ostrava Yard"])]);

        new ActorRecognizer(gazetteer).Recognize("The ZF claimed the raid.").Should().ContainSingle()
            .Which.Actor.Id.Should().Be("zeta-front");
        new LocationRecognizer(gazetteer).Recognize("Trains stopped at Ostrava Yard.").Should().ContainSingle()
            .Which.Location.CountryId.Should().Be("CZ");
        new ActorRecognizer(Gazetteer.Default).Recognize("The ZF claimed the raid.").Should().BeEmpty();
    }

    [Fact]
    public void Entries_loaded_from_a_json_file_are_merged_with_the_default_data()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gazetteer-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, UserJson, Encoding.UTF8);
        try
        {
            var gazetteer = Gazetteer.Load(path);
            var actors = new ActorRecognizer(gazetteer).Recognize("The Northern Legion and Iroon's coast guard clashed near Russia.");

            actors.Select(m => (m.Text, m.Actor.Id)).Should().Equal(
                ("Northern Legion", "wagner-x"), ("Iroon's coast guard", "IR.coast-guard"), ("Russia", "RU"));
            new LocationRecognizer(gazetteer).Recognize("Shells hit Qarabel.").Should().ContainSingle()
                .Which.Location.Kind.Should().Be(LocationKind.Village);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Invalid_json_is_reported_when_loading()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("{ \"actors\": 5 }"));

        var load = () => Gazetteer.Load(stream);

        load.Should().Throw<Newtonsoft.Json.JsonException>();
    }
}
