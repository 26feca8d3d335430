namespace ClaimTracker.Api.Http;

/// <summary>One page of a list: the items, how many there are in all, and the paging that was applied.</summary>
internal sealed record PagedList<T>(IReadOnlyList<T> Items, int Total, int Limit, int Offset)
{
    /// <summary>The offset of the next page, or null on the last one.</summary>
    public int? NextOffset => Offset + Items.Count < Total ? Offset + Items.Count : null;
}
