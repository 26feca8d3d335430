using System.Globalization;
using System.Text;

namespace ClaimTracker.Recognition.Actors;

/// <summary>
/// Folds names to plain Latin letters ("Kraków" → "Krakow", "Łódź" → "Lodz"), because news text often
/// drops the diacritics that gazetteers keep.
/// </summary>
internal static class Diacritics
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            folded.Append(c switch
            {
                'ı' => 'i',
                'ł' => 'l',
                'Ł' => 'L',
                'ø' => 'o',
                'Ø' => 'O',
                'đ' => 'd',
                'Đ' => 'D',
                _ => c,
            });
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
