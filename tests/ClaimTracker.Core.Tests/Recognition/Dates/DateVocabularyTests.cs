using ClaimTracker.Documents;
using ClaimTracker.Recognition.Dates;

namespace ClaimTracker.Tests.Recognition.Dates;

public class DateVocabularyTests
{
    [Fact]
    public void Embedded_vocabulary_names_every_month_and_weekday()
    {
        var vocabulary = DateVocabulary.Default;
        vocabulary.MonthNames.Values.Distinct().Order().Should().Equal(Enumerable.Range(1, 12));
        vocabulary.WeekdayNames.Values.Distinct().Should().HaveCount(7);
        vocabulary.Units.Should().NotBeEmpty();
        vocabulary.Cues.Should().ContainKey("in");
    }

    [Fact]
    public void A_user_vocabulary_extends_what_is_recognized()
    {
        const string json = """
            {
              "months": [ { "number": 3, "names": [ "march" ], "abbreviations": [] } ],
              "cues": { "in": "Plain" },
              "numberWords": { "a": 1 },
              "units": [ { "names": [ "fortnight", "fortnights" ], "unit": "Week", "vagueMin": 1, "vagueMax": 3 } ],
              "relations": [ { "words": [ "hence" ], "position": "After", "reference": "Publication", "sign": 1 } ]
            }
            """;
        const string text = "Talks end a fortnight hence, not in March or in January.";
        var scanner = new DateExpressionScanner(DateVocabulary.FromJson(json));

        var found = scanner.Scan(DateTokenizer.Tokenize(text, new TextSpan(0, text.Length)), []);

        found.Select(e => text[e.Start..e.End]).Should().Equal("a fortnight hence", "in March");
        found[0].Offset.Should().Be(new RelativeOffset(DateUnit.Day, 4, 10, RelativeReference.Publication));
    }
}
