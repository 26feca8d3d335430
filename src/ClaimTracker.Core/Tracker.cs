using ClaimTracker.Claims;
using ClaimTracker.Claims.Extraction;
using ClaimTracker.Conflicts;
using ClaimTracker.Documents;
using ClaimTracker.Events;
using ClaimTracker.Recognition;
using ClaimTracker.Recognition.Actors;
using ClaimTracker.Recognition.Dates;
using ClaimTracker.Recognition.Locations;
using ClaimTracker.Recognition.Numbers;
using ClaimTracker.Text;

namespace ClaimTracker;

/// <summary>
/// The entry point: add documents, then read their claims, events and conflicts. Claims are extracted once per
/// document when it is added; events and conflicts are recomputed across all documents when asked for after a change.
/// </summary>
/// <remarks>
/// <para>
/// Thread safety: every member is safe to call from many threads at once. Claims are extracted outside the tracker's
/// lock, so threads adding documents do not wait for one another's extraction; reads see either all of an
/// <see cref="Add(IEnumerable{Document})"/> call or none of it. The tracker never changes an <see cref="Analysis"/> it has returned.
/// </para>
/// <para>
/// Lifetime: make one tracker per set of documents and share it, for example as a singleton registered with
/// <c>services.AddClaimTracker()</c>. It holds only managed memory (the documents and their claims) and needs no
/// disposal; the vocabularies it loads are shared by every tracker in the process.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var tracker = new Tracker();
/// tracker.Add(new DocumentLoader().LoadPaths(["articles"]).Documents);
/// foreach (var conflict in tracker.Analyze().Conflicts)
///     Console.WriteLine($"{conflict.About}: {conflict.Explanation}");
/// </code>
/// </example>
public sealed class Tracker
{
    /// <summary>An empty set of mentions, for documents kept once their frames are built.</summary>
    private static readonly Mentions NoMentions = new([], [], [], []);

    /// <summary>How many documents <see cref="Add(IEnumerable{Document})"/> reads and extracts at a time.</summary>
    private static readonly int SliceSize = Math.Max(64, Environment.ProcessorCount * 128);

    private readonly ClaimExtractor _extractor;
    private readonly bool _keepText;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _documents = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private Analysis? _analysis;

    /// <summary>Creates a tracker with the embedded vocabularies, or with the given options.</summary>
    /// <param name="options">Options; null for the defaults.</param>
    public Tracker(TrackerOptions? options = null)
    {
        var gazetteer = options?.Gazetteer;
        var recognizer = gazetteer is null
            ? MentionRecognizer.Default
            : new MentionRecognizer(NumberRecognizer.Default, DateRecognizer.Default, new ActorRecognizer(gazetteer), new LocationRecognizer(gazetteer));
        _extractor = new ClaimExtractor(ClaimExtractors.All, recognizer, options?.UseSentenceModels == false ? null : Scoring.SentenceScorer.Default);
        _keepText = options?.KeepText ?? true;
    }

    /// <summary>Analyzes <paramref name="documents"/> in one call, without keeping a tracker.</summary>
    /// <param name="documents">The documents.</param>
    public static Analysis AnalyzeAll(IEnumerable<Document> documents)
    {
        var tracker = new Tracker();
        tracker.Add(documents);
        return tracker.Analyze();
    }

    /// <summary>The documents added so far, in the order they were added (with empty text when <see cref="TrackerOptions.KeepText"/> is false).</summary>
    public IReadOnlyList<Document> Documents
    {
        get
        {
            lock (_gate)
            {
                return _order.Select(id => _documents[id].Analysis.Document).ToArray();
            }
        }
    }

    /// <summary>Adds a document, or replaces the one with the same id.</summary>
    /// <param name="document">The document.</param>
    public void Add(Document document) => Add([document]);

    /// <summary>
    /// Adds documents (extracting their claims in parallel), replacing any with the same ids. The sequence is read in
    /// slices, so a lazy sequence of a large corpus is never held whole; each slice is extracted on all cores.
    /// </summary>
    /// <param name="documents">The documents.</param>
    public void Add(IEnumerable<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var entries = new List<Entry>();
        foreach (var slice in documents.Chunk(SliceSize))
        {
            if (Array.IndexOf(slice, null) >= 0)
            {
                throw new ArgumentException("A document is null.", nameof(documents));
            }

            // One document is extracted on the calling thread: request threads adding single articles must not each
            // start parallel work and starve the thread pool.
            entries.AddRange(slice.Length == 1 ? [Extract(slice[0])] : ExtractAll(slice));
        }

        lock (_gate)
        {
            foreach (var entry in entries)
            {
                var id = entry.Analysis.Document.Id;
                if (!_documents.ContainsKey(id))
                {
                    _order.Add(id);
                }

                _documents[id] = entry;
            }

            _analysis = null;
        }
    }

    /// <summary>
    /// The claims extracted from the document with <paramref name="id"/>, in text order and without event ids, or an
    /// empty list when no such document was added. Cheap: it regroups nothing.
    /// </summary>
    /// <param name="id">The document id.</param>
    public IReadOnlyList<Claim> ClaimsOf(string id)
    {
        lock (_gate)
        {
            return _documents.TryGetValue(id, out var entry) ? entry.Analysis.Claims : [];
        }
    }

    /// <summary>Removes the document with <paramref name="id"/>; its claims go and events are recomputed.</summary>
    /// <param name="id">The document id.</param>
    /// <returns>Whether a document was removed.</returns>
    public bool Remove(string id)
    {
        lock (_gate)
        {
            if (!_documents.Remove(id))
            {
                return false;
            }

            _order.Remove(id);
            _analysis = null;
            return true;
        }
    }

    /// <summary>Claims, events, conflicts and quantity summaries across every document added.</summary>
    public Analysis Analyze()
    {
        lock (_gate)
        {
            return _analysis ??= Compute(_order.Select(id => _documents[id]).ToArray());
        }
    }

    /// <summary>The conflicts that match <paramref name="query"/>; every criterion left null matches all.</summary>
    /// <param name="query">Filters by event, kind, source and severity.</param>
    public IReadOnlyList<Conflict> FindConflicts(ConflictQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var analysis = Analyze();
        var sources = analysis.Claims.ToDictionary(c => c.Id, c => c.Source, StringComparer.Ordinal);
        return analysis.Conflicts
            .Where(c => query.EventId is null || string.Equals(c.EventId, query.EventId, StringComparison.Ordinal))
            .Where(c => query.Kind is null || c.Kind == query.Kind)
            .Where(c => query.Severity is null || c.Severity == query.Severity)
            .Where(c => query.Source is null || c.ClaimIds.Any(id => string.Equals(sources.GetValueOrDefault(id), query.Source, StringComparison.OrdinalIgnoreCase)))
            .ToArray();
    }

    /// <summary>
    /// Extracts <paramref name="slice"/> on all cores, the calling thread among them, into an array in the slice's
    /// order. Each worker takes the next document from a shared counter, one at a time: handed out in chunks that grow
    /// (as PLINQ's partitioners do), a slice ended with one core idle while the other finished a chunk of many articles.
    /// </summary>
    private Entry[] ExtractAll(Document[] slice)
    {
        var entries = new Entry[slice.Length];
        var next = -1;
        Parallel.For(0, Math.Min(Environment.ProcessorCount, slice.Length), _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < slice.Length; i = Interlocked.Increment(ref next))
            {
                entries[i] = Extract(slice[i]);
            }
        });
        return entries;
    }

    /// <summary>Claims and event frames: everything that depends on the document alone, done once when it is added.</summary>
    private Entry Extract(Document document)
    {
        // The sentences' words are read by the frames alone, which are built here, so they can stay in the thread's buffers.
        using var buffers = SentenceBuffers.Rent(keepWords: true);
        var analysis = _extractor.Extract(document, buffers);
        var frames = EventGrouper.Default.FramesOf(analysis);

        // Once the frames are built, grouping, conflicts and summaries read a document's metadata and claims alone. Its
        // sentences, mentions and words, kept, would be copied by every garbage collection and cost more memory than
        // the text; without the text (KeepText false) memory grows with the claims rather than with the corpus.
        // The claims (an exact array from the extractor) and frames are kept at their exact size, not in lists with room to grow.
        var kept = _keepText ? analysis.Document : analysis.Document with { Text = "" };
        return new Entry(new DocumentAnalysis(kept, [], NoMentions, analysis.Claims), frames.ToArray());
    }

    private static Analysis Compute(IReadOnlyList<Entry> entries)
    {
        var documents = entries.Select(e => e.Analysis).ToArray();
        var frames = entries.ToDictionary(e => (object)e.Analysis, e => e.Frames, ReferenceEqualityComparer.Instance);
        var grouping = EventGrouper.Default.Group(documents, d => frames[d]);
        var byId = documents.ToDictionary(d => d.Document.Id, d => d.Document, StringComparer.Ordinal);
        var conflicts = ConflictDetector.Default.Detect(grouping.Events, grouping.Claims, byId);
        var summaries = QuantitySummarizer.Default.Summarize(conflicts, grouping.Claims, byId);
        return new Analysis(documents.Select(d => d.Document).ToArray(), grouping.Claims, grouping.Events, conflicts, summaries);
    }

    /// <summary>One document's analysis with its event frames.</summary>
    private sealed record Entry(DocumentAnalysis Analysis, IReadOnlyList<EventFrame> Frames);
}
