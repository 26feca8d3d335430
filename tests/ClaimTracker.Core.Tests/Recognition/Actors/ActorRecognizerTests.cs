using ClaimTracker.Recognition.Actors;

namespace ClaimTracker.Tests.Recognition.Actors;

public class ActorRecognizerTests
{
    private static IReadOnlyList<ActorMention> Recognize(string text) => ActorRecognizer.Default.Recognize(text);

    [Theory]
    [InlineData("Ukraine said the strike hit a school.", "Ukraine", "UA")]
    [InlineData("The Islamic Republic of Iran denied it.", "Islamic Republic of Iran", "IR")]
    [InlineData("Officials in the Islamic Republic denied it.", "Islamic Republic", "IR")]
    [InlineData("The Republic of Azerbaijan protested.", "Republic of Azerbaijan", "AZ")]
    [InlineData("Türkiye closed its border.", "Türkiye", "TR")]
    [InlineData("Turkey closed its border.", "Turkey", "TR")]
    [InlineData("The U.S. imposed sanctions.", "U.S.", "US")]
    [InlineData("The US imposed sanctions.", "US", "US")]
    [InlineData("The United States imposed sanctions.", "United States", "US")]
    [InlineData("America imposed sanctions.", "America", "US")]
    [InlineData("The UK summoned the envoy.", "UK", "GB")]
    [InlineData("Britain summoned the envoy.", "Britain", "GB")]
    [InlineData("Russia vetoed the resolution.", "Russia", "RU")]
    [InlineData("North Korea fired a missile.", "North Korea", "KP")]
    [InlineData("The DPRK fired a missile.", "DPRK", "KP")]
    [InlineData("Saudi Arabia's oil output fell.", "Saudi Arabia", "SA")]
    [InlineData("Georgia joined the talks.", "Georgia", "GE")]
    public void Finds_countries_by_name(string text, string mention, string id) =>
        Recognize(text).Should().ContainSingle(m => m.Text == mention && m.Actor.Id == id && m.Form == ActorMentionForm.Name);

    [Theory]
    [InlineData("Ukrainian drones hit a refinery.", "Ukrainian", "UA")]
    [InlineData("Pakistani officials met Indian counterparts.", "Indian", "IN")]
    [InlineData("Several Syrians crossed the border.", "Syrians", "SY")]
    [InlineData("An American drone was downed.", "American", "US")]
    [InlineData("A Turkish frigate sailed.", "Turkish", "TR")]
    [InlineData("The French navy responded.", "French navy", "FR.navy")]
    public void Finds_demonyms(string text, string mention, string id) =>
        Recognize(text).Should().Contain(m => m.Text == mention && m.Actor.Id == id);

    [Theory]
    [InlineData("Azerbaijan's embassy in Tehran was attacked.", "AZ.embassy")]
    [InlineData("The Polish consulate in Lviv closed.", "PL.embassy")]
    public void An_embassy_belongs_to_the_country_named_for_it(string text, string id) =>
        Recognize(text).Should().Contain(m => m.Actor.Id == id);

    [Theory]
    [InlineData("A gunman attacked the embassy in Tehran.")]
    [InlineData("Crowds gathered outside the embassy in Moscow.")]
    public void An_embassy_in_a_capital_is_not_the_host_countrys(string text) =>
        Recognize(text).Should().NotContain(m => m.Actor.Kind == ActorKind.StateBody);

    [Fact]
    public void Hyphenated_demonym_pair_gives_both_countries()
    {
        var mentions = Recognize("the U.S.-Israeli campaign");

        mentions.Select(m => m.Actor.Id).Should().Equal("US", "IL");
    }

    [Theory]
    [InlineData("Moscow rejected the proposal.", "Moscow", "RU")]
    [InlineData("Kyiv said it shot down 40 drones.", "Kyiv", "UA")]
    [InlineData("Ankara warned Damascus.", "Ankara", "TR")]
    [InlineData("Ankara warned Damascus.", "Damascus", "SY")]
    [InlineData("Washington has not explained the plan.", "Washington", "US")]
    [InlineData("Beijing's response was muted.", "Beijing", "CN")]
    public void Capitals_standing_for_governments_are_metonyms(string text, string mention, string id) =>
        Recognize(text).Should().ContainSingle(m => m.Text == mention && m.Actor.Id == id && m.Form == ActorMentionForm.Metonym);

    [Theory]
    [InlineData("Protesters gathered in Moscow on Sunday.", "Moscow")]
    [InlineData("The delegation flew to Ankara.", "Ankara")]
    [InlineData("Refugees arrived from Kyiv.", "Kyiv")]
    [InlineData("The Baku-Supsa pipeline was shut.", "Baku")]
    [InlineData("He studied at Tehran University.", "Tehran")]
    [InlineData("George Washington crossed the river.", "Washington")]
    public void Capitals_used_as_places_are_not_actors(string text, string word) =>
        Recognize(text).Should().NotContain(m => m.Text == word);

    [Theory]
    [InlineData("Russia's defense ministry said", "Russia's defense ministry", "RU.defense-ministry")]
    [InlineData("the Ukrainian General Staff reported", "Ukrainian General Staff", "UA.general-staff")]
    [InlineData("the Armenian Ministry of Foreign Affairs said", "Armenian Ministry of Foreign Affairs", "AM.foreign-ministry")]
    [InlineData("the armed forces of Pakistan struck", "armed forces of Pakistan", "PK.armed-forces")]
    [InlineData("summoned to the foreign ministry in Ankara", "foreign ministry", "TR.foreign-ministry")]
    [InlineData("Israeli troops entered the town", "Israeli troops", "IL.armed-forces")]
    [InlineData("Georgian authorities detained two men", "Georgian authorities", "GE.officials")]
    [InlineData("the Syrian Army's Ground Forces advanced", "Ground Forces", "SY.ground-forces")]
    [InlineData("The Pentagon declined to comment.", "Pentagon", "US.pentagon")]
    [InlineData("The Kremlin denied the report.", "Kremlin", "RU.kremlin")]
    [InlineData("Mossad was blamed.", "Mossad", "IL.mossad")]
    [InlineData("The IRGC said it fired missiles.", "IRGC", "IR.irgc")]
    public void Finds_state_bodies_with_their_country(string text, string mention, string id) =>
        Recognize(text).Should().ContainSingle(m => m.Text == mention && m.Actor.Id == id && m.Form == ActorMentionForm.Body);

    [Fact]
    public void Coordinated_bodies_share_the_nearest_country_of_their_sentence()
    {
        var mentions = Recognize("The defense ministry and general staff said that Russian forces had not fired. Kyiv disagreed.");

        mentions.Where(m => m.Form == ActorMentionForm.Body).Select(m => m.Actor.Id)
            .Should().Equal("RU.defense-ministry", "RU.general-staff", "RU.armed-forces");
    }

    [Fact]
    public void Body_without_any_country_in_its_sentence_stays_unattached()
    {
        Recognize("The foreign ministry issued a statement.").Should().ContainSingle()
            .Which.Actor.Should().Be(new Actor("foreign-ministry", "Foreign Ministry", ActorKind.StateBody, null, null));
    }

    [Theory]
    [InlineData("forces are preparing measures")]
    [InlineData("officials said nothing")]
    [InlineData("the military operation continued")]
    public void Generic_words_without_a_country_beside_them_are_not_bodies(string text) =>
        Recognize(text).Should().BeEmpty();

    [Theory]
    [InlineData("NATO jets scrambled.", "NATO", "nato")]
    [InlineData("the European Union said", "European Union", "eu")]
    [InlineData("Hezbollah fired rockets.", "Hezbollah", "hezbollah")]
    [InlineData("The Houthis claimed the attack.", "Houthis", "houthis")]
    [InlineData("Hamas rejected the offer.", "Hamas", "hamas")]
    public void Finds_organisations_and_armed_groups(string text, string mention, string id) =>
        Recognize(text).Should().ContainSingle(m => m.Text == mention && m.Actor.Id == id && m.Form == ActorMentionForm.Name);

    [Theory]
    [InlineData("Ukrainian President Volodymyr Zelensky said", "Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky", "UA", "president")]
    [InlineData("Russian Foreign Minister Sergei Lavrov said", "Russian Foreign Minister Sergei Lavrov", "Sergei Lavrov", "RU", "foreign minister")]
    [InlineData("Turkey's Defense Minister Yasar Guler said", "Turkey's Defense Minister Yasar Guler", "Yasar Guler", "TR", "defense minister")]
    [InlineData("the Prime Minister of Armenia, Nikol Pashinyan, said", "Prime Minister of Armenia, Nikol Pashinyan", "Nikol Pashinyan", "AM", "prime minister")]
    [InlineData("Syrian President Bashar al-Assad fled", "Syrian President Bashar al-Assad", "Bashar al-Assad", "SY", "president")]
    [InlineData("Chinese Ambassador Xie Feng said", "Chinese Ambassador Xie Feng", "Xie Feng", "CN", "ambassador")]
    [InlineData("Prime Minister Keir Starmer said", "Prime Minister Keir Starmer", "Keir Starmer", null, "prime minister")]
    [InlineData("Major General Ivan Petrov was dismissed", "Major General Ivan Petrov", "Ivan Petrov", null, "general")]
    [InlineData("Grand Ayatollah Ali Sistani urged calm", "Grand Ayatollah Ali Sistani", "Ali Sistani", null, null)]
    public void Finds_people_by_title_pattern(string text, string mention, string name, string? country, string? role)
    {
        var person = Recognize(text).Should().ContainSingle(m => m.Form == ActorMentionForm.Person).Which;

        person.Text.Should().Be(mention);
        person.Actor.Should().BeEquivalentTo(new { Name = name, Kind = ActorKind.Person, CountryId = country, Role = role });
    }

    [Theory]
    [InlineData("Russia's president", "RU.president", "president")]
    [InlineData("the Georgian prime minister", "GE.prime-minister", "prime minister")]
    [InlineData("the Turkish ambassador", "TR.ambassador", "ambassador")]
    public void Role_without_a_name_is_an_office(string text, string id, string role) =>
        Recognize(text).Should().ContainSingle().Which.Actor.Should().BeEquivalentTo(new { Id = id, Kind = ActorKind.Office, Role = role });

    [Fact]
    public void A_bare_surname_resolves_to_the_person_named_anywhere_in_the_text()
    {
        var mentions = Recognize("Lavrov arrived on Monday. Russian Foreign Minister Sergei Lavrov then met reporters. Lavrov said little.");

        mentions.Where(m => m.Text == "Lavrov").Should().HaveCount(2)
            .And.OnlyContain(m => m.Actor.Name == "Sergei Lavrov" && m.Actor.CountryId == "RU");
    }

    [Fact]
    public void A_surname_after_another_given_name_is_someone_else()
    {
        var mentions = Recognize("President Ilham Aliyev spoke. His father Heydar Aliyev ruled before him.");

        mentions.Should().ContainSingle(m => m.Form == ActorMentionForm.Person);
    }

    [Theory]
    [InlineData("Michael Jordan won again.")]
    [InlineData("Jordan Peterson gave a talk.")]
    [InlineData("We ate turkey and chad.")]
    [InlineData("The report was long. However the meeting ended.")]
    [InlineData("New Mexico passed a law.")]
    [InlineData("South Azerbaijan is a term used by nationalists.")]
    public void Names_that_merely_contain_or_resemble_a_country_are_not_actors(string text) =>
        Recognize(text).Should().NotContain(m => m.Actor.Kind == ActorKind.Country && m.Form == ActorMentionForm.Name && text.IndexOf(m.Text, StringComparison.Ordinal) > 0);

    [Fact]
    public void Windowed_recognition_returns_absolute_spans()
    {
        const string text = "Ignore Iran here. Russia acted.";
        var window = new ClaimTracker.Documents.TextSpan(18, text.Length);

        var mention = ActorRecognizer.Default.Recognize(text, window).Should().ContainSingle().Which;

        mention.Span.Should().Be(new ClaimTracker.Documents.TextSpan(18, 24));
        mention.Span.Slice(text).Should().Be("Russia");
    }
}
