using System.Buffers;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace ClaimTracker.Events;

/// <summary>
/// Gathers the claim, document and participant ids of one event at a time, in lists reused from event to event, and
/// hashes the event's id from its claims. Distinct, Order and string.Join built a set, a sort map, a joined string and
/// its bytes for every event: a third of what grouping allocated.
/// </summary>
internal sealed class EventIds
{
    /// <summary>Claim ids of most events fit in this many bytes on the stack.</summary>
    private const int StackBytes = 1024;

    private readonly List<string> _claims = [];
    private readonly List<string> _participants = [];
    private readonly List<string> _documents = [];
    private readonly HashSet<string> _seenDocuments = new(StringComparer.Ordinal);

    public void AddClaim(string id) => _claims.Add(id);

    /// <summary>Adds a document unless it was added already: documents are listed in the order first met.</summary>
    public void AddDocument(string id)
    {
        if (_seenDocuments.Add(id))
        {
            _documents.Add(id);
        }
    }

    public void AddParticipants(IReadOnlySet<string> ids)
    {
        // Most frames name no participant: an empty set is not enumerated.
        if (ids.Count > 0)
        {
            _participants.AddRange(ids);
        }
    }

    /// <summary>The claim ids added since the last call, each once, in ordinal order; the list is emptied.</summary>
    public string[] Claims() => TakeSorted(_claims);

    /// <summary>The participants added since the last call, each once, in ordinal order; the list is emptied.</summary>
    public string[] Participants() => TakeSorted(_participants);

    /// <summary>The documents added since the last call, in the order first added; the list is emptied.</summary>
    public string[] Documents()
    {
        var documents = _documents.ToArray();
        _documents.Clear();
        _seenDocuments.Clear();
        return documents;
    }

    /// <summary>The first 8 bytes, in lower-case hex, of the SHA-256 of the ids joined with '|' in UTF-8.</summary>
    public static string IdOf(IReadOnlyList<string> claimIds)
    {
        var length = Math.Max(0, claimIds.Count - 1);
        foreach (var id in claimIds)
        {
            length += Encoding.UTF8.GetByteCount(id);
        }

        byte[]? rented = null;
        Span<byte> bytes = length <= StackBytes ? stackalloc byte[StackBytes] : (rented = ArrayPool<byte>.Shared.Rent(length));
        var written = 0;
        for (var i = 0; i < claimIds.Count; i++)
        {
            if (i > 0)
            {
                bytes[written++] = (byte)'|';
            }

            written += Encoding.UTF8.GetBytes(claimIds[i], bytes[written..]);
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes[..written], hash);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return Convert.ToHexStringLower(hash[..8]);
    }

    /// <summary>Sorts the ids and keeps each once: equal ids are equal strings, so which of them is kept does not matter.</summary>
    private static string[] TakeSorted(List<string> ids)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        ids.Sort(StringComparer.Ordinal);
        var span = CollectionsMarshal.AsSpan(ids);
        var distinct = 1;
        for (var i = 1; i < span.Length; i++)
        {
            if (!string.Equals(span[i], span[distinct - 1], StringComparison.Ordinal))
            {
                span[distinct++] = span[i];
            }
        }

        var sorted = span[..distinct].ToArray();
        ids.Clear();
        return sorted;
    }
}
