using BenchmarkDotNet.Running;
using ClaimTracker.Benchmarks;

// `scale` and `conflicts` are measurement runs of their own (one process, wall clock and peak memory); anything
// else goes to BenchmarkDotNet (`--filter '*'`, `--job short`, ...).
return args.FirstOrDefault() switch
{
    "scale" => ScaleRun.Run(args[1..]),
    "conflicts" => ConflictScaleRun.Run(args[1..]),
    _ => Summaries(BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly).Run(args)),
};

static int Summaries(IEnumerable<BenchmarkDotNet.Reports.Summary> summaries) =>
    summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
