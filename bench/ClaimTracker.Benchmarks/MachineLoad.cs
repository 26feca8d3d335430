using System.Runtime.InteropServices;

namespace ClaimTracker.Benchmarks;

/// <summary>
/// The machine and how busy it is when a run starts: on a shared machine other processes take cores, so wall-clock
/// numbers are only comparable with the load they were measured under.
/// </summary>
internal static class MachineLoad
{
    public static string Describe()
    {
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
        return $"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}; load average (1 min) {load}";
    }
}
