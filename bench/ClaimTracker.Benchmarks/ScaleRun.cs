using System.Diagnostics;
using System.Globalization;
using System.Text;
using ClaimTracker.Scoring;

namespace ClaimTracker.Benchmarks;

/// <summary>
/// <c>scale --docs 1000,10000,100000 [--threads 1] [--stream]</c>: generates each corpus size from the real articles,
/// analyzes it end to end through <see cref="Tracker"/> and prints time, MB/s and memory per size, so growth can be
/// read off. Each size runs in a fresh tracker; the peak working set is the process's so far, and sizes run smallest
/// first. CPU seconds (all threads, GC included) are printed beside wall time because a shared machine's load skews
/// the clock. With <c>--stream</c> the documents are generated as the tracker reads them and the tracker keeps no
/// text (<see cref="TrackerOptions.KeepText"/>), as <c>claimtracker analyze</c> does; without it the whole corpus is
/// generated first and the tracker keeps every text, so the two show what streaming saves.
/// </summary>
internal static class ScaleRun
{
    public static int Run(string[] args)
    {
        var sizes = Option(args, "--docs", "1000,10000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).Order().ToArray();
        var threads = int.Parse(Option(args, "--threads", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        var stream = args.Contains("--stream", StringComparer.Ordinal);
        var corpus = BenchCorpus.Default;
        var generator = new CorpusGenerator(corpus.Documents);
        Console.WriteLine($"{MachineLoad.Describe()}");
        Console.WriteLine($"corpus: {corpus.Name}, {corpus.Documents.Count} articles; {threads} thread(s); {(stream ? "streaming, no text kept" : "whole corpus in memory, texts kept")}");
        // Vocabularies load, code is compiled and so are the sentence models before any size is timed: a long run
        // scores through the compiled models after its first couple of thousand sentences (compiling them on another
        // thread), so that steady state is what the sizes and thread counts are compared on.
        Tracker.AnalyzeAll(corpus.Documents.Take(50));
        SentenceScorer.Default.CheckWorthinessModel.Compile();
        SentenceScorer.Default.SubjectivityModel.Compile();
        Console.WriteLine("docs      MB      extract s  analyze s  total s   MB/s    CPU s     analyze CPU s  MB/CPU-s  claims     events    conflicts  live heap MB  peak WS MB  GC pause s  gen2 GCs");
        foreach (var size in sizes)
        {
            // The size is counted as the documents pass, so a streamed corpus is never held to measure it.
            long bytes = 0;
            var generated = generator.Generate(size).Select(d =>
            {
                bytes += Encoding.UTF8.GetByteCount(d.Text);
                return d;
            });
            var documents = stream ? generated : generated.ToArray();
            GC.Collect();
            GC.WaitForPendingFinalizers();

            using var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var pauseBefore = GC.GetTotalPauseDuration();
            var gen2Before = GC.CollectionCount(2);
            var tracker = new Tracker(new TrackerOptions { KeepText = !stream });
            var clock = Stopwatch.StartNew();
            AddAll(tracker, documents, threads);
            var extract = clock.Elapsed.TotalSeconds;
            process.Refresh();
            var extractCpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            var analysis = tracker.Analyze();
            var total = clock.Elapsed.TotalSeconds;
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            var pause = (GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds;
            var gen2 = GC.CollectionCount(2) - gen2Before;
            var live = GC.GetTotalMemory(forceFullCollection: true) / 1e6;
            process.Refresh();
            var megabytes = bytes / 1e6;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{size,-9} {megabytes,-7:0.0} {extract,-10:0.00} {total - extract,-10:0.00} {total,-9:0.00} {megabytes / total,-7:0.00} {cpu,-9:0.00} {cpu - extractCpu,-14:0.00} {megabytes / cpu,-9:0.00} {analysis.Claims.Count,-10} {analysis.Events.Count,-9} {analysis.Conflicts.Count,-10} {live,-13:0} {process.PeakWorkingSet64 / 1e6,-11:0} {pause,-11:0.00} {gen2}"));
            GC.KeepAlive(analysis);
        }

        return 0;
    }

    /// <summary>One thread adds documents one by one; otherwise one call extracts them on all cores (PLINQ).</summary>
    private static void AddAll(Tracker tracker, IEnumerable<Documents.Document> documents, int threads)
    {
        if (threads > 1)
        {
            tracker.Add(documents);
            return;
        }

        foreach (var document in documents)
        {
            tracker.Add(document);
        }
    }

    internal static string Option(string[] args, string name, string fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    }
}
