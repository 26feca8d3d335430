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

    // Indexed by the kind's number, each the name ToString gives that number, so the key text is the same for any value.
    private static readonly string[] KindNames = Enumerable.Range(0, Enum.GetValues<ClaimKind>().Length).Select(i => ((ClaimKind)i).ToString()).ToArray();

    public static string Of(string documentId, ClaimDraft draft)
    {
        var builder = key ??= new StringBuilder(256);
        builder.Clear();
        WriteKey(builder, documentId, draft);
        // The key is hashed from the buffer: made into a string, it would be garbage at once.
        var chars = ArrayPool<char>.Shared.Rent(builder.Length);
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(builder.Length));
        try
        {
            var text = chars.AsSpan(0, builder.Length);
            builder.CopyTo(0, text, text.Length);
            var length = Encoding.UTF8.GetBytes(text, bytes);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes.AsSpan(0, length), hash);
            return Convert.ToHexStringLower(hash[..8]);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
            if (builder.Capacity > 4096)
            {
                // A claim with a very long subject or quote text must not keep its buffer alive for the thread's life.
                key = null;
            }
        }
    }

    /// <summary>The text that is hashed.</summary>
    public static string KeyOf(string documentId, ClaimDraft draft)
    {
        var builder = new StringBuilder(256);
        WriteKey(builder, documentId, draft);
        return builder.ToString();
    }

    private static void WriteKey(StringBuilder builder, string documentId, ClaimDraft draft)
    {
        builder.Append(documentId).Append('|').Append(KindName(draft.Kind)).Append('|');
        Append(builder, draft.Quote.Start).Append('|');
        Append(builder, draft.Quote.End).Append('|').Append(draft.Subject).Append('|');
        ClaimValueJson.Write(builder, draft.Value);
    }

    /// <summary>The kind's name as <see cref="Enum.ToString()"/> writes it, without boxing the value at every claim.</summary>
    private static string KindName(ClaimKind kind) => (uint)kind < (uint)KindNames.Length ? KindNames[(int)kind] : kind.ToString();

    private static StringBuilder Append(StringBuilder builder, int number)
    {
        Span<char> digits = stackalloc char[11];
        number.TryFormat(digits, out var written, default, CultureInfo.InvariantCulture);
        return builder.Append(digits[..written]);
    }
}
