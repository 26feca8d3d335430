using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ClaimTracker.Claims.Extraction;

/// <summary>
/// A claim's id: the first 8 bytes of SHA-256 over "document|kind|quote start|quote end|subject|value JSON", in hex.
/// The same document, quote and value always give the same id, across runs and machines; users store ids, so the
/// key text must never change.
/// </summary>
internal static class StableClaimId
{
    // One key buffer per thread: ids are made for every claim, and the key is only hashed, never kept.
    [ThreadStatic]
    private static StringBuilder? key;

    public static string Of(string documentId, ClaimDraft draft)
    {
        var text = KeyOf(documentId, draft);
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, bytes);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes.AsSpan(0, length), hash);
            return Convert.ToHexStringLower(hash[..8]);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>The text that is hashed.</summary>
    public static string KeyOf(string documentId, ClaimDraft draft)
    {
        var builder = key ??= new StringBuilder(256);
        builder.Clear();
        builder.Append(documentId).Append('|').Append(draft.Kind.ToString()).Append('|')
            .Append(CultureInfo.InvariantCulture, $"{draft.Quote.Start}|{draft.Quote.End}|").Append(draft.Subject).Append('|');
        ClaimValueJson.Write(builder, draft.Value);
        var text = builder.ToString();
        if (builder.Capacity > 4096)
        {
            // A claim with a very long subject or quote text must not keep its buffer alive for the thread's life.
            key = null;
        }

        return text;
    }
}
