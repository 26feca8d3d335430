using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ClaimTracker.Claims;
using ClaimTracker.Claims.Extraction;
using ClaimTracker.Conflicts;
using ClaimTracker.Documents;
using ClaimTracker.Events;
using ClaimTracker.Serialization;

namespace ClaimTracker.Benchmarks;

/// <summary>
/// <c>conflicts --claims 1000000</c>: conflict detection alone over that many claims. The claims are the corpus's real
/// claims, grouped into events by the real pipeline, then copied with new claim, document and event ids until the
/// count is reached, so the events keep their real shape (a few to a few dozen claims each) and copies never meet.
/// </summary>
internal static class ConflictScaleRun
{
    public static int Run(string[] args)
    {
        var target = int.Parse(ScaleRun.Option(args, "--claims", "1000000"), CultureInfo.InvariantCulture);
        var corpus = BenchCorpus.Default;
        var grouping = EventGrouper.Default.Group(corpus.Documents.AsParallel().Select(ClaimExtractor.Default.Extract).ToArray());
        if (grouping.Claims.Count == 0)
        {
            Console.Error.WriteLine("The corpus has no claims to copy.");
            return 1;
        }

        var events = new List<Event>();
        var claims = new List<Claim>(target + grouping.Claims.Count);
        var documents = new Dictionary<string, Document>(StringComparer.Ordinal);
        for (var copy = 0; claims.Count < target; copy++)
        {
            var suffix = "~" + copy.ToString(CultureInfo.InvariantCulture);
            events.AddRange(grouping.Events.Select(e => e with { Id = e.Id + suffix, ClaimIds = e.ClaimIds.Select(id => id + suffix).ToArray() }));
            claims.AddRange(grouping.Claims.Select(c => c with { Id = c.Id + suffix, DocumentId = c.DocumentId + suffix, EventId = c.EventId is null ? null : c.EventId + suffix }));
            foreach (var document in corpus.Documents)
            {
                documents[document.Id + suffix] = document with { Id = document.Id + suffix };
            }
        }

        Console.WriteLine($"{MachineLoad.Describe()}");
        Console.WriteLine($"corpus: {corpus.Name}; {claims.Count} claims in {events.Count} events from {documents.Count} documents");
        for (var run = 1; run <= 3; run++)
        {
            GC.Collect();
            using var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var pauseBefore = GC.GetTotalPauseDuration();
            var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var clock = Stopwatch.StartNew();
            var conflicts = ConflictDetector.Default.Detect(events, claims, documents);
            var wall = clock.Elapsed.TotalSeconds;
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1e6;
            var pause = (GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds;
            var collections = $"{GC.CollectionCount(0) - gcBefore.Item1}/{GC.CollectionCount(1) - gcBefore.Item2}/{GC.CollectionCount(2) - gcBefore.Item3}";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run}: {conflicts.Count} conflicts in {wall:0.00} s wall, {cpu:0.00} CPU s (all cores; GC threads included), {allocated:0} MB allocated, GC paused {pause:0.00} s, collections gen0/1/2 {collections}; digest {Digest(conflicts)}"));
        }

        return 0;
    }

    /// <summary>SHA-256 over every conflict's JSON in order, so two builds can be shown to give the same result.</summary>
    private static string Digest(IReadOnlyList<Conflict> conflicts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var conflict in conflicts)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(ClaimTrackerJson.Serialize(conflict) + "\n"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
