using ClaimTracker.Documents;
using ClaimTracker.Text;

namespace ClaimTracker.Tests.Text;

public class SentenceBuffersTests
{
    [Fact]
    public void Every_sentence_keeps_its_own_tokens_while_the_store_grows() =>
        // A thread of its own starts without kept buffers, so they start small and must grow.
        OnOwnThread(() =>
        {
            var sentences = Enumerable.Range(0, 400)
                .Select(i => $"Sentence {i} says {i * 7} drones struck the U.S.-run base, and {i + 1} were hit. ")
                .ToArray();
            var text = string.Concat(sentences);
            var spans = Spans(sentences);

            using var store = SentenceBuffers.Rent();
            var hashes = new List<int>();
            var slices = spans.Select(span => store.Tokenize(text, span, hashes)).ToList();

            for (var i = 0; i < spans.Count; i++)
            {
                slices[i].Should().Equal(Tokenizer.Tokenize(text, spans[i]), "sentence {0}", i);
            }

            hashes.Should().HaveCount(slices.Sum(s => s.Count));
        });

    [Fact]
    public void Class_slices_do_not_overlap_while_the_buffer_grows() =>
        OnOwnThread(() =>
        {
            using var buffers = SentenceBuffers.Rent();
            var slices = Enumerable.Range(1, 200).Select(length =>
            {
                var slice = buffers.Classes(length);
                slice.AsSpan().Fill((ulong)length);
                return slice;
            }).ToList();

            slices.Should().OnlyContain(slice => slice.All(mask => mask == (ulong)slice.Count));
        });

    [Fact]
    public void The_next_document_reuses_the_array_and_reads_its_own_tokens()
    {
        OnOwnThread(() =>
        {
            const string first = "Two drones struck. Four were wounded.";
            const string second = "Nobody was hurt, officials said on Monday.";
            using (var store = SentenceBuffers.Rent())
            {
                store.Tokenize(first, new TextSpan(0, first.Length), []);
            }

            using var next = SentenceBuffers.Rent();
            var tokens = next.Tokenize(second, new TextSpan(0, second.Length), []);

            tokens.Should().Equal(Tokenizer.Tokenize(second, new TextSpan(0, second.Length)));
        });
    }

    [Fact]
    public void Words_get_slices_only_when_the_buffers_keep_them_and_none_outlive_the_buffers() =>
        OnOwnThread(() =>
        {
            ArraySegment<string> kept;
            using (var buffers = SentenceBuffers.Rent(keepWords: true))
            {
                kept = buffers.Words(3);
                kept.AsSpan().Fill("drones");
                var next = buffers.Words(2);

                next.Array.Should().BeSameAs(kept.Array);
                next.Offset.Should().Be(kept.Offset + kept.Count);
            }

            kept.Should().OnlyContain(word => word == null, "the buffers let go of the words they held");

            using var own = SentenceBuffers.Rent();
            var first = own.Words(3);
            var second = own.Words(3);
            first.Array.Should().NotBeSameAs(second.Array);
            first.Count.Should().Be(first.Array!.Length);
        });

    private static List<TextSpan> Spans(string[] sentences)
    {
        var spans = new List<TextSpan>();
        var start = 0;
        foreach (var sentence in sentences)
        {
            spans.Add(new TextSpan(start, start + sentence.Length));
            start += sentence.Length;
        }

        return spans;
    }

    private static void OnOwnThread(Action test) =>
        Task.Factory.StartNew(test, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).GetAwaiter().GetResult();
}
