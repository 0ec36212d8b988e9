using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Points.Wide;

/// <summary>A case of the vectorised network: the variant, the weights and a sample. Prints every number round-trip.</summary>
public sealed record WidePoint(Variant Variant, WeightMatrices Weights, VectorSample Sample)
{
    public Widths Widths => Weights.Widths;

    public WideTrace Trace => WideNetwork.Forward(Weights, Sample, Variant);

    /// <summary>The exercise's worked example as a 1-wide point.</summary>
    public static WidePoint WorkedExample { get; } = new(
        Variant.Exercise,
        WeightMatrices.FromScalars(Reference.Parameters.WorkedExample),
        VectorSample.FromScalars(Reference.Sample.WorkedExample));

    public override string ToString() =>
        $"{Variant}; widths {Widths}; W0 = {Format(Weights.W0)}; W1 = {Format(Weights.W1)}; W2 = {Format(Weights.W2)}; " +
        $"W3 = {Format(Weights.W3)}; x = {Format(Sample.X)}; y = {Format(Sample.Y)}";

    private static string Format(Matrix<double> matrix) =>
        "[" + string.Join("; ", matrix.EnumerateRows().Select(Format)) + "]";

    private static string Format(Vector<double> vector) =>
        "[" + string.Join(", ", vector.Select(v => v.ToString("R", CultureInfo.InvariantCulture))) + "]";
}
