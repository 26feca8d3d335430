using System.Text;

namespace ClaimTracker.Scoring.Training;

/// <summary>
/// Reads a NewsSD-ENG split (<c>Sentence,Label,Solved conflict</c>; label SUBJ = subjective). The sentences are quoted
/// and end with an embedded newline, so this is a small RFC 4180 reader rather than a line split.
/// </summary>
internal static class NewsSdReader
{
    public static IReadOnlyList<LabelledSentence> Read(string path)
    {
        var records = Records(File.ReadAllText(path));
        return records
            .Skip(1)
            .Where(fields => fields.Count >= 2 && fields[0].Trim().Length > 0)
            .Select(fields => new LabelledSentence(fields[0].Trim(), fields[1].Trim() == "SUBJ"))
            .ToArray();
    }

    /// <summary>Splits CSV text into records of fields; a quoted field may hold commas, newlines and doubled quotes.</summary>
    internal static List<List<string>> Records(string text)
    {
        var records = new List<List<string>>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                records.Add(fields);
                fields = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add(fields);
        }

        return records;
    }
}
