namespace SkipNet.Reference.Oracles;

/// <summary>
/// Derivatives exact to rounding: the forward pass run over <see cref="Dual"/> numbers with the probed node's
/// tangent seeded to ±1.
/// </summary>
public static class ExactDerivative
{
    /// <summary>
    /// The exact one-sided slopes of L along <paramref name="node"/>: the right slope is the tangent of L for a
    /// tangent of +1; the left slope is minus the tangent of L for a tangent of −1 (a step backwards).
    /// </summary>
    public static OneSidedSlopes Slopes(Node node, Parameters parameters, Sample sample)
    {
        var value = Network.ValueAt(node, parameters, sample);
        return new OneSidedSlopes(
            Left: -Directional(node, parameters, sample, new Dual(value, -1)),
            Right: Directional(node, parameters, sample, new Dual(value, 1)));
    }

    /// <summary>
    /// ∂L/∂node where L is differentiable along the node; at a kink, the right slope (see <see cref="Slopes"/>).
    /// </summary>
    public static double Of(Node node, Parameters parameters, Sample sample) =>
        Directional(node, parameters, sample, new Dual(Network.ValueAt(node, parameters, sample), 1));

    private static double Directional(Node node, Parameters parameters, Sample sample, Dual seed) =>
        Network.Forward(
            Dual.Constant(parameters.W0),
            Dual.Constant(parameters.W1),
            Dual.Constant(parameters.W2),
            Dual.Constant(parameters.W3),
            Dual.Constant(sample.X),
            Dual.Constant(sample.Y),
            new Probe<Dual>(node, seed)).Loss.Tangent;
}
