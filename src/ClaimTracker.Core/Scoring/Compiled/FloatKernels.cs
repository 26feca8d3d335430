using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ClaimTracker.Scoring.Compiled;

/// <summary>
/// The two float reductions ML.NET 5 runs when it scores a sparse text vector (sum of squares for the L2 norm, sparse
/// dot product for the linear model), summed in the same order and with the same instructions as its CPU-math code,
/// so that the compiled model's probabilities are bit for bit ML.NET's. A float sum's last bit depends on its order,
/// and one bit can move a probability across a rounding boundary.
/// </summary>
internal static class FloatKernels
{
    // Below this many values ML.NET sums in a plain loop.
    private const int VectorThreshold = 16;

    /// <summary>Whether these kernels can match ML.NET here: it has a plain loop and an AVX path, and an SSE-only path these do not copy.</summary>
    public static bool MatchMachine => Avx.IsSupported || !Sse.IsSupported;

    public static float SumOfSquares(ReadOnlySpan<float> values)
    {
        if (values.Length < VectorThreshold || !Sse.IsSupported)
        {
            var sum = 0f;
            foreach (var value in values)
            {
                sum += value * value;
            }

            return sum;
        }

        var wide = Vector256<float>.Zero;
        var i = 0;
        for (; i + 8 <= values.Length; i += 8)
        {
            var v = Vector256.Create(values.Slice(i, 8));
            wide = MultiplyAdd(v, v, wide);
        }

        var high = SumLanes(wide);
        var narrow = Vector128<float>.Zero;
        if (i + 4 <= values.Length)
        {
            var v = Vector128.Create(values.Slice(i, 4));
            narrow = Sse.Add(narrow, Sse.Multiply(v, v));
            i += 4;
        }

        narrow = SumLanes(narrow);
        for (; i < values.Length; i++)
        {
            var v = Vector128.CreateScalar(values[i]);
            narrow = Sse.AddScalar(narrow, Sse.MultiplyScalar(v, v));
        }

        return Sse.AddScalar(narrow, high).ToScalar();
    }

    /// <summary>
    /// Σ weights[i] · values[i], in the order and with the instructions of ML.NET's sparse dot product: the weights
    /// are the model's, gathered at the filled slots beforehand, as that product gathers them.
    /// </summary>
    public static float SparseDot(ReadOnlySpan<float> weights, ReadOnlySpan<float> values)
    {
        var count = values.Length;
        if (count < VectorThreshold || !Sse.IsSupported)
        {
            var sum = 0f;
            for (var j = 0; j < count; j++)
            {
                sum += weights[j] * values[j];
            }

            return sum;
        }

        var wide = Vector256<float>.Zero;
        var i = 0;
        for (; i + 8 <= count; i += 8)
        {
            wide = MultiplyAdd(Vector256.Create(values.Slice(i, 8)), Vector256.Create(weights.Slice(i, 8)), wide);
        }

        var high = SumLanes(wide);
        var narrow = Vector128<float>.Zero;
        if (i + 4 <= count)
        {
            narrow = Sse.Add(narrow, Sse.Multiply(Vector128.Create(weights.Slice(i, 4)), Vector128.Create(values.Slice(i, 4))));
            i += 4;
        }

        narrow = SumLanes(narrow);
        for (; i < count; i++)
        {
            narrow = Sse.AddScalar(narrow, Sse.MultiplyScalar(Vector128.CreateScalar(weights[i]), Vector128.CreateScalar(values[i])));
        }

        return Sse.AddScalar(narrow, high).ToScalar();
    }

    private static Vector256<float> MultiplyAdd(Vector256<float> left, Vector256<float> right, Vector256<float> addend) =>
        Fma.IsSupported ? Fma.MultiplyAdd(left, right, addend) : Avx.Add(Avx.Multiply(right, left), addend);

    /// <summary>The 8 lanes summed pairwise, then the two halves added in the low lane.</summary>
    private static Vector128<float> SumLanes(Vector256<float> vector)
    {
        var pairs = Avx.HorizontalAdd(vector, vector);
        pairs = Avx.HorizontalAdd(pairs, pairs);
        return Sse.AddScalar(pairs.GetLower(), Avx.ExtractVector128(pairs, 1));
    }

    private static Vector128<float> SumLanes(Vector128<float> vector)
    {
        if (Sse3.IsSupported)
        {
            var pairs = Sse3.HorizontalAdd(vector, vector);
            return Sse3.HorizontalAdd(pairs, pairs);
        }

        var halves = Sse.Add(vector, Sse.MoveHighToLow(vector, vector));
        return Sse.Add(halves, Sse.Shuffle(halves, halves, 177));
    }
}
