namespace ClaimTracker.Text;

/// <summary>
/// A list a recognizer tokenizes into and is done with by the end of one call, kept per thread for the next call.
/// A long document's token list is large: a fresh one per document cost allocation, regrowth and page faults.
/// A list grown past <see cref="MaxKeptCapacity"/> is let go, so an outsized document does not pin its memory.
/// </summary>
/// <typeparam name="T">The token type.</typeparam>
internal static class TokenBuffer<T>
{
    public const int MaxKeptCapacity = 1 << 16;

    [ThreadStatic]
    private static List<T>? t_kept;

    /// <summary>An empty list: the thread's kept one if it has one, so a nested caller gets a list of its own.</summary>
    public static List<T> Rent()
    {
        var list = t_kept ?? [];
        t_kept = null;
        return list;
    }

    /// <summary>Empties <paramref name="list"/> and keeps it for the thread's next <see cref="Rent"/>.</summary>
    public static void Return(List<T> list)
    {
        if (list.Capacity <= MaxKeptCapacity)
        {
            list.Clear();
            t_kept = list;
        }
    }
}
