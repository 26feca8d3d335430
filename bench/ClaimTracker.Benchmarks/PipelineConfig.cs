using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace ClaimTracker.Benchmarks;

/// <summary>Adds the MB/s and allocations-per-MB columns and keeps the rows in declaration order.</summary>
public sealed class PipelineConfig : ManualConfig
{
    public PipelineConfig()
    {
        AddColumn(new ThroughputColumn(allocation: false), new ThroughputColumn(allocation: true));
        HideColumns(Column.Ratio, Column.RatioSD, Column.AllocRatio);
        WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
    }
}
