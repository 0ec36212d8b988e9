using MathNet.Numerics.LinearAlgebra;

namespace SkipNet.Reference.Wide;

/// <summary>One training example of the vectorised network: x ∈ Rⁿ and the target y ∈ Rᵐ (never written to).</summary>
public sealed record VectorSample
{
    public VectorSample(Vector<double> x, Vector<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        (X, Y) = (x, y);
    }

    public Vector<double> X { get; }

    public Vector<double> Y { get; }

    /// <summary>The scalar exercise's sample as vectors of one entry.</summary>
    public static VectorSample FromScalars(Sample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        return new(Vector<double>.Build.Dense(1, sample.X), Vector<double>.Build.Dense(1, sample.Y));
    }

    /// <summary>Whether x and y have the widths n and m.</summary>
    public bool Fits(Widths widths)
    {
        ArgumentNullException.ThrowIfNull(widths);
        return X.Count == widths.N && Y.Count == widths.M;
    }
}
