using System.Xml;
using System.Xml.Linq;

namespace ClaimTracker.Evaluation;

/// <summary>
/// The Szeged Uncertainty Corpus, WikiWeasel part (<c>wiki.xml</c>): Wikipedia sentences with their uncertainty cues
/// marked inline as <c>&lt;ccue&gt;</c>. Only the <c>Text</c> parts are read; article titles are not sentences.
/// </summary>
public sealed class HedgeCorpus
{
    private HedgeCorpus(string path, IReadOnlyList<HedgeSentence> sentences)
    {
        Path = path;
        Sentences = sentences;
    }

    /// <summary>The file it was read from.</summary>
    public string Path { get; }

    internal IReadOnlyList<HedgeSentence> Sentences { get; }

    /// <summary>
    /// Reads <paramref name="path"/>: the corpus file, or a folder holding <c>wiki.xml</c>. The corpus is unusable when
    /// the file is missing, is not well-formed XML or holds no text sentence.
    /// </summary>
    /// <param name="path">The file or its folder.</param>
    public static LoadResult<HedgeCorpus> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = Directory.Exists(path) ? System.IO.Path.Combine(path, "wiki.xml") : path;
        if (!File.Exists(file))
        {
            return new LoadResult<HedgeCorpus>(null, [$"{file}: no such file (expected the Szeged WikiWeasel wiki.xml)"]);
        }

        try
        {
            using var reader = File.OpenText(file);
            return Parse(file, reader);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new LoadResult<HedgeCorpus>(null, [$"{file}: unreadable ({ex.Message})"]);
        }
    }

    /// <summary>Parses the corpus XML from <paramref name="text"/>, one sentence element at a time.</summary>
    internal static LoadResult<HedgeCorpus> Parse(string path, TextReader text)
    {
        // The file names a DTD it does not follow; nothing outside the file may be fetched.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreWhitespace = false };
        var sentences = new List<HedgeSentence>();
        try
        {
            using var reader = XmlReader.Create(text, settings);
            var inText = false;
            while (!reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    reader.Read();
                }
                else if (reader.LocalName == "DocumentPart")
                {
                    inText = string.Equals(reader.GetAttribute("type"), "Text", StringComparison.Ordinal);
                    reader.Read();
                }
                else if (reader.LocalName == "Sentence" && inText)
                {
                    var sentence = (XElement)XNode.ReadFrom(reader);
                    var cues = sentence.Descendants("ccue").Select(c => Normalize(c.Value)).Where(c => c.Length > 0).ToArray();
                    sentences.Add(new HedgeSentence(sentence.Value, cues));
                }
                else
                {
                    reader.Read();
                }
            }
        }
        catch (XmlException ex)
        {
            return new LoadResult<HedgeCorpus>(null, [$"{path}: not well-formed XML ({ex.Message})"]);
        }

        return sentences.Count == 0
            ? new LoadResult<HedgeCorpus>(null, [$"{path}: no sentence in a DocumentPart of type Text"])
            : new LoadResult<HedgeCorpus>(new HedgeCorpus(path, sentences), []);
    }

    private static string Normalize(string cue) =>
        string.Join(' ', cue.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
