namespace ClaimTracker.Recognition.Actors;

/// <summary>
/// Reads a personal name after a title or honorific: up to four capitalised words, joined by hyphens
/// ("Amir-Abdollahian") or lowercase particles ("bin", "al-"), never crossing a gazetteer phrase other than a
/// place name (many people share a name with some town).
/// </summary>
internal static class PersonName
{
    private const int MaxWords = 4;

    /// <summary>Index one past the name that starts at <paramref name="first"/>; equal to it when none does.</summary>
    public static int ReadEnd(TextScan scan, int first)
    {
        var tokens = scan.Tokens;
        var end = first;
        var words = 0;
        while (end < tokens.Length && words < MaxWords && (end == first || !tokens[end].LineBreakBefore))
        {
            if (IsNameWord(scan, end))
            {
                end++;
                words++;
                if (end + 1 < tokens.Length && tokens[end].IsDash && !tokens[end].SpaceBefore && !tokens[end + 1].SpaceBefore
                    && IsNameWord(scan, end + 1))
                {
                    end++;
                }

                continue;
            }

            // "Osama bin Laden", "Bashar al-Assad": a particle only between name words.
            var particleEnd = tokens[end].IsWord && scan.Gazetteer.NameParticles.Contains(tokens[end].Key) ? end + 1 : end;
            if (particleEnd < tokens.Length && tokens[particleEnd].IsDash && !tokens[particleEnd].SpaceBefore)
            {
                particleEnd++;
            }

            if (end > first && particleEnd > end && particleEnd < tokens.Length && IsNameWord(scan, particleEnd))
            {
                end = particleEnd;
                continue;
            }

            break;
        }

        return end;
    }

    private static bool IsNameWord(TextScan scan, int token)
    {
        var t = scan.Tokens[token];
        if (!t.IsCapitalised || t.Text.Length < 2 || !char.IsLetter(t.Text[0]) || scan.Gazetteer.NonNameWords.Contains(t.Text))
        {
            return false;
        }

        var match = scan.MatchAt(token);
        return match < 0 || scan.Matches[match].IsPlaceOnly;
    }
}
