namespace ClaimTracker.Cli;

/// <summary>
/// Reads the next item of a sequence on a pool thread while the caller works on the current one. Loading articles
/// (reading, decoding, stripping markup) runs on one thread; read ahead, it overlaps the extraction of the slice
/// before instead of leaving the other cores idle while it runs.
/// </summary>
internal static class ReadAhead
{
    /// <summary>The items of <paramref name="source"/> in order, each read while the one before is being used.</summary>
    public static IEnumerable<T> Of<T>(IEnumerable<T> source)
        where T : class
    {
        using var items = source.GetEnumerator();
        var pending = Task.Run(() => items.MoveNext() ? items.Current : null);
        try
        {
            while (pending.GetAwaiter().GetResult() is { } current)
            {
                pending = Task.Run(() => items.MoveNext() ? items.Current : null);
                yield return current;
            }
        }
        finally
        {
            // The enumerator is disposed only once no read of it is under way; a stopped caller ignores that read's result.
            ((IAsyncResult)pending).AsyncWaitHandle.WaitOne();
        }
    }
}
