using System.CommandLine;
using ClaimTracker.Cli.Evaluation;
using ClaimTracker.Documents;
using ClaimTracker.Evaluation;
using ClaimTracker.Serialization;

namespace ClaimTracker.Cli.Commands;

/// <summary>
/// <c>claimtracker evaluate &lt;gold.json&gt;</c>, <c>evaluate --gva [folder]</c>, <c>evaluate --ecb [folder]</c>,
/// <c>evaluate --hedges [file]</c>: how the pipeline scores against a gold set or a real data set, or its modality rules against hedge annotations; <c>--rules-only</c> leaves out the sentence models. Exits 0 with a report, 2 when the input is
/// missing or invalid.
/// </summary>
internal static class EvaluateCommand
{
    private const int UsageError = 2;

    public static Command Create() => Create(Tracker.AnalyzeAll);

    /// <summary>The command with the pipeline under test given explicitly (tests pass a fixed analysis).</summary>
    internal static Command Create(Func<IReadOnlyList<Document>, Analysis> analyze)
    {
        var gold = new Argument<string?>("gold")
        {
            Description = "A gold file (tests/gold/seeds.json, tests/gold/articles.json).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var gva = new Option<string?>("--gva")
        {
            Description = "Evaluate on the gva-dev incidents in this folder (default ../shared/data/gva-dev beside the repository).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var ecb = new Option<string?>("--ecb")
        {
            Description = "Evaluate event grouping on the ECB+ topics in this folder (default ../shared/data/ecbplus beside the repository).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var hedges = new Option<string?>("--hedges")
        {
            Description = "Measure the modality rules as a hedge detector on the Szeged WikiWeasel wiki.xml (default ../shared/data/szeged-uncertainty-wikiweasel beside the repository).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var limit = new Option<int?>("--limit") { Description = "Evaluate at most this many incidents (--gva) or topics (--ecb)." };
        var batch = new Option<int>("--batch")
        {
            Description = "Incidents whose articles are analyzed together for the --gva grouping score.",
            DefaultValueFactory = _ => GvaEvaluator.DefaultBatchSize,
        };
        var rulesOnly = new Option<bool>("--rules-only") { Description = "Run the pipeline without the sentence models (the ablation in the README)." };
        var format = FormatOption.Create();
        var command = new Command("evaluate", "Score claims, conflicts and event grouping against a gold file, or casualty figures and grouping on real data (--gva, --ecb), or the modality rules against hedge annotations (--hedges).")
        {
            gold,
            gva,
            ecb,
            hedges,
            limit,
            batch,
            rulesOnly,
            format,
        };
        command.SetAction(parse =>
        {
            var request = new EvaluationRequest(
                parse.GetValue(gold),
                parse.GetResult(gva) is null ? null : parse.GetValue(gva) ?? DefaultData("gva-dev"),
                parse.GetResult(ecb) is null ? null : parse.GetValue(ecb) ?? DefaultData("ecbplus"),
                parse.GetResult(hedges) is null ? null : parse.GetValue(hedges) ?? DefaultData("szeged-uncertainty-wikiweasel"),
                parse.GetResult(gva) is not null,
                parse.GetResult(ecb) is not null,
                parse.GetResult(hedges) is not null,
                parse.GetValue(limit),
                parse.GetValue(batch),
                parse.GetValue(format));
            return Run(request, parse.GetValue(rulesOnly) ? AnalyzeWithRulesOnly : analyze, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        });
        return command;
    }

    private static Analysis AnalyzeWithRulesOnly(IReadOnlyList<Document> documents)
    {
        var tracker = new Tracker(new TrackerOptions { UseSentenceModels = false });
        tracker.Add(documents);
        return tracker.Analyze();
    }

    private static int Run(EvaluationRequest request, Func<IReadOnlyList<Document>, Analysis> analyze, TextWriter output, TextWriter error)
    {
        var chosen = (request.Gold is null ? 0 : 1) + (request.WantsGva ? 1 : 0) + (request.WantsEcb ? 1 : 0) + (request.WantsHedges ? 1 : 0);
        if (chosen != 1)
        {
            return Fail(error, "evaluate takes exactly one of: a gold file, --gva [folder], --ecb [folder], --hedges [file].");
        }

        if (request.Limit is < 1 || request.BatchSize < 1)
        {
            return Fail(error, "--limit and --batch take a whole number of at least 1.");
        }

        if (request.Gold is { } goldPath)
        {
            var gold = GoldSetReader.Read(goldPath);
            return gold.Value is null
                ? Fail(error, "the gold file cannot be used:" + Environment.NewLine + "  " + Lines(gold.Problems))
                : Print(GoldEvaluator.Evaluate(gold.Value, analyze), [], request.Format, output, error, GoldReportWriter.Write);
        }

        if (request.WantsGva)
        {
            if (request.Gva is null)
            {
                return Fail(error, "no gva-dev folder found beside the repository (../shared/data/gva-dev); pass --gva <folder>.");
            }

            var corpus = GvaCorpus.Read(request.Gva, request.Limit);
            return corpus.Value is null
                ? Fail(error, Lines(corpus.Problems))
                : Print(GvaEvaluator.Evaluate(corpus.Value, analyze, request.BatchSize), corpus.Problems, request.Format, output, error, GvaReportWriter.Write);
        }

        if (request.WantsHedges)
        {
            if (request.Hedges is null)
            {
                return Fail(error, "no hedge corpus found beside the repository (../shared/data/szeged-uncertainty-wikiweasel); pass --hedges <wiki.xml>.");
            }

            var hedgeCorpus = HedgeCorpus.Read(request.Hedges);
            return hedgeCorpus.Value is null
                ? Fail(error, Lines(hedgeCorpus.Problems))
                : Print(HedgeEvaluator.Evaluate(hedgeCorpus.Value), hedgeCorpus.Problems, request.Format, output, error, HedgeReportWriter.Write);
        }

        if (request.Ecb is null)
        {
            return Fail(error, "no ecbplus folder found beside the repository (../shared/data/ecbplus); pass --ecb <folder>.");
        }

        var ecb = EcbCorpus.Read(request.Ecb, request.Limit);
        return ecb.Value is null
            ? Fail(error, Lines(ecb.Problems))
            : Print(EcbEvaluator.Evaluate(ecb.Value, analyze), ecb.Problems, request.Format, output, error, EcbReportWriter.Write);
    }

    /// <summary>Prints the report, and on standard error what was skipped while reading the data.</summary>
    private static int Print<T>(T report, IReadOnlyList<string> skipped, OutputFormat format, TextWriter output, TextWriter error, Action<T, TextWriter> writeText)
    {
        foreach (var problem in skipped)
        {
            error.WriteLine("skipped: " + problem);
        }

        if (format == OutputFormat.Json)
        {
            output.WriteLine(ClaimTrackerJson.Serialize(report, indented: true));
        }
        else
        {
            writeText(report, output);
        }

        return 0;
    }

    private static string Lines(IReadOnlyList<string> problems) => string.Join(Environment.NewLine + "  ", problems);

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine("evaluate: " + message);
        return UsageError;
    }

    /// <summary>The shared data folder beside the repository (../shared/data/<paramref name="name"/>), when there is one.</summary>
    private static string? DefaultData(string name)
    {
        if (RepositoryFolder.Find() is not { } root)
        {
            return null;
        }

        var data = Path.GetFullPath(Path.Combine(root, "..", "shared", "data", name));
        return Directory.Exists(data) ? data : null;
    }

    private sealed record EvaluationRequest(string? Gold, string? Gva, string? Ecb, string? Hedges, bool WantsGva, bool WantsEcb, bool WantsHedges, int? Limit, int BatchSize, OutputFormat Format);
}
