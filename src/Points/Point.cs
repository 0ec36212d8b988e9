using System.Globalization;
using SkipNet.Points.Wide;
using SkipNet.Reference;

namespace SkipNet.Points;

/// <summary>A point the gradient is taken at: weights and a sample. Prints as the CLI's options, to replay by hand.</summary>
public sealed record Point(Parameters Parameters, Sample Sample)
{
    public double X => Sample.X;

    public double Y => Sample.Y;

    public static Point WorkedExample { get; } = new(Parameters.WorkedExample, Sample.WorkedExample);

    public ForwardTrace<double> Trace => Network.Forward(Parameters, Sample);

    /// <summary>The exercise's point that a point of the model at widths 1,1,1,1 holds (its variant aside).</summary>
    public static Point AtWidthOne(WidePoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return new(point.Weights.ToScalars(), new Sample(point.Sample.X[0], point.Sample.Y[0])); // ToScalars refuses other widths
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"--x {X:R} --y {Y:R} --w0 {Parameters.W0:R} --w1 {Parameters.W1:R} --w2 {Parameters.W2:R} --w3 {Parameters.W3:R}");
}
