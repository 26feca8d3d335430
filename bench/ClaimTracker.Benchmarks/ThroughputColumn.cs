using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ClaimTracker.Benchmarks;

/// <summary>
/// MB/s and allocated bytes per MB of input for benchmarks that read the whole <see cref="BenchCorpus"/> per
/// operation, so stages and peers compare on one scale whatever the corpus size.
/// </summary>
public sealed class ThroughputColumn(bool allocation) : IColumn
{
    public string Id => allocation ? "AllocPerMB" : "MBps";

    public string ColumnName => allocation ? "Alloc/MB" : "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => allocation ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => allocation
        ? "Managed bytes allocated per MB (10^6 bytes) of UTF-8 input"
        : "UTF-8 input read per second, in MB (10^6 bytes)";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is null)
        {
            return "-";
        }

        var megabytes = BenchCorpus.Default.Utf8Bytes / 1e6;
        if (allocation)
        {
            var bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return bytes is null ? "-" : FormatBytes(bytes.Value / megabytes);
        }

        var seconds = report.ResultStatistics.Mean / 1e9;
        return (megabytes / seconds).ToString("0.00", CultureInfo.InvariantCulture);
    }

    private static string FormatBytes(double bytes) => bytes switch
    {
        >= 1e9 => (bytes / (1 << 30)).ToString("0.00 'GB'", CultureInfo.InvariantCulture),
        >= 1e6 => (bytes / (1 << 20)).ToString("0.0 'MB'", CultureInfo.InvariantCulture),
        _ => (bytes / 1024).ToString("0.0 'KB'", CultureInfo.InvariantCulture),
    };
}
