namespace ClaimTracker.Cli.Tests;

public sealed class ReadAheadTests
{
    [Fact]
    public void Items_come_in_order_and_the_next_is_read_while_the_current_is_used()
    {
        var source = new RecordingSequence(5);
        var seen = new List<string>();

        foreach (var item in ReadAhead.Of(source))
        {
            // The read of the next item was started before this one was handed out; wait for it, then look.
            source.WaitForReads(Math.Min(int.Parse(item, System.Globalization.CultureInfo.InvariantCulture) + 1, 5) + 1);
            seen.Add(item);
        }

        seen.Should().Equal("0", "1", "2", "3", "4");
        source.Disposed.Should().BeTrue();
    }

    [Fact]
    public void A_failed_read_reaches_the_caller()
    {
        var act = () => ReadAhead.Of(Failing()).ToList();

        act.Should().Throw<IOException>().WithMessage("disk gone");
    }

    [Fact]
    public void A_caller_that_stops_early_disposes_the_source_only_after_the_read_under_way()
    {
        var source = new RecordingSequence(100);

        var first = ReadAhead.Of(source).First();

        first.Should().Be("0");
        source.Disposed.Should().BeTrue();
        source.ReadAfterDispose.Should().BeFalse();
    }

    private static IEnumerable<string> Failing()
    {
        yield return "ok";
        throw new IOException("disk gone");
    }

    /// <summary>A sequence of "0".."n-1" that counts its reads and notes a read after it was disposed.</summary>
    private sealed class RecordingSequence(int count) : IEnumerable<string>
    {
        private int _reads;

        public bool Disposed { get; private set; }

        public bool ReadAfterDispose { get; private set; }

        public void WaitForReads(int reads) => SpinWait.SpinUntil(() => Volatile.Read(ref _reads) >= reads, TimeSpan.FromSeconds(10)).Should().BeTrue();

        public IEnumerator<string> GetEnumerator()
        {
            try
            {
                for (var i = 0; i < count; i++)
                {
                    Thread.Sleep(1);
                    ReadAfterDispose |= Disposed;
                    Interlocked.Increment(ref _reads);
                    yield return i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                Interlocked.Increment(ref _reads);
            }
            finally
            {
                Disposed = true;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
