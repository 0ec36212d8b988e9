namespace SkipNet.Reference.Oracles;

/// <summary>
/// The backward difference (f(v) − f(v − h)) / h and the forward difference (f(v + h) − f(v)) / h, through Math.NET's
/// two-point stencils, with the same step as <see cref="CentralDifference"/>.
/// </summary>
public static class OneSidedDifference
{
    /// <summary>The backward (left) and forward (right) differences of L along <paramref name="node"/>.</summary>
    public static (FiniteDifference Left, FiniteDifference Right) Of(Node node, Parameters parameters, Sample sample) =>
        Of(node, parameters, sample, CentralDifference.StepAt(Network.ValueAt(node, parameters, sample)));

    /// <summary>The backward and forward differences with the given step.</summary>
    public static (FiniteDifference Left, FiniteDifference Right) Of(Node node, Parameters parameters, Sample sample, double step) =>
        (DifferenceQuotient.Of(node, parameters, sample, Stencil.Backward, step),
         DifferenceQuotient.Of(node, parameters, sample, Stencil.Forward, step));
}
