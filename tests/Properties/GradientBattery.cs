using FsCheck;
using FsCheck.Fluent;
using SkipNet.Analytic;
using SkipNet.Reference;
using SkipNet.Reference.Oracles;

using SkipNet.Points;

namespace SkipNet.Properties;

/// <summary>
/// The properties every correct derivation has, each a function of the derivation under test. The analytic
/// backpropagation must pass them all; each wrong derivation in the zoo must fail at least one.
/// </summary>
public static class GradientBattery
{
    /// <summary>Every property of the battery, by name; those on generated points first, so a mistake's first
    /// counterexample is a shrunk point.</summary>
    public static IReadOnlyList<(string Name, Func<Derivation, Property> Property)> All { get; } =
    [
        (nameof(L1Sign_IsSignOfPredictionMinusTarget), L1Sign_IsSignOfPredictionMinusTarget),
        (nameof(L1Sign_TimesResidualIsLoss), L1Sign_TimesResidualIsLoss),
        (nameof(Gradient_MatchesCentralDifference_AwayFromKinks), Gradient_MatchesCentralDifference_AwayFromKinks),
        (nameof(Gradient_MatchesExactDerivative_AwayFromKinks), Gradient_MatchesExactDerivative_AwayFromKinks),
        (nameof(SkipGradient_IsSumOfPathContributions), SkipGradient_IsSumOfPathContributions),
        (nameof(PathContribution_MatchesDifferenceThroughThatPathOnly), PathContribution_MatchesDifferenceThroughThatPathOnly),
        (nameof(Gradient_IsGivenBySomeKinkConvention_AtKinks), Gradient_IsGivenBySomeKinkConvention_AtKinks),
        (nameof(DeadUnit_PassesZeroGradientUpstream), DeadUnit_PassesZeroGradientUpstream),
        (nameof(EulerIdentity_HoldsPerPath), EulerIdentity_HoldsPerPath),
        (nameof(SgdStep_LowersLoss_AwayFromKinks), SgdStep_LowersLoss_AwayFromKinks),
        (nameof(WorkedExample_MatchesExactArithmetic), WorkedExample_MatchesExactArithmetic),
    ];

    /// <summary>
    /// x = 1, y = 3, every weight 0.5, α = 1, worked by hand in exact arithmetic: ŷ = 0.375, L = 2.625,
    /// ∂L/∂ŷ = −1, ∂L/∂h1 = ∂L/∂z1 = −0.5, ∂L/∂h0 = −0.5 (skip) − 0.25 (main) = −0.75 = ∂L/∂z0,
    /// (∂L/∂w0, ∂L/∂w1, ∂L/∂w2, ∂L/∂w3) = (−0.75, −0.25, −0.25, −0.5); the update gives (1.25, 0.75, 0.75, 1.0),
    /// then ŷ = 1.953125 and L = 1.046875. Every number is a dyadic fraction, so equality is exact.
    /// </summary>
    public static Property WorkedExample_MatchesExactArithmetic(Derivation derivation)
    {
        var point = Point.WorkedExample;
        var g = derivation.At(point);
        var updated = derivation.Update(point.Parameters, g.ForWeights, 1);
        var second = Network.Forward(updated, point.Sample);
        var expected = new (string Name, double Claimed, double Exact)[]
        {
            ("dL/dyhat", g.DLdYHat, -1), ("dL/dz2", g.DLdZ2, -1), ("dL/dw2", g.DLdW2, -0.25), ("dL/dw3", g.DLdW3, -0.5),
            ("dL/dh1", g.DLdH1, -0.5), ("dL/dz1", g.DLdZ1, -0.5), ("dL/dw1", g.DLdW1, -0.25),
            ("dL/dh0 via skip", g.DLdH0ViaSkip, -0.5), ("dL/dh0 via main", g.DLdH0ViaMain, -0.25),
            ("dL/dh0", g.DLdH0, -0.75), ("dL/dz0", g.DLdZ0, -0.75), ("dL/dw0", g.DLdW0, -0.75), ("dL/dx", g.DLdX, -0.375),
            ("updated w0", updated.W0, 1.25), ("updated w1", updated.W1, 0.75), ("updated w2", updated.W2, 0.75),
            ("updated w3", updated.W3, 1.0), ("second yhat", second.YHat, 1.953125), ("second loss", second.Loss, 1.046875),
        };
        return Holds(expected.Where(e => e.Claimed != e.Exact).Select(e => $"{e.Name} = {e.Claimed:R}, exactly {e.Exact:R}"));
    }

    /// <summary>L = |y − ŷ| ⇒ ∂L/∂ŷ = +1 where ŷ &gt; y and −1 where ŷ &lt; y.</summary>
    public static Property L1Sign_IsSignOfPredictionMinusTarget(Derivation derivation) =>
        Prop.ForAll(Generators.AnyPoint, point =>
        {
            var residual = point.Trace.YHat - point.Y;
            var dYHat = derivation.At(point).DLdYHat;
            return (dYHat == Math.Sign(residual)).When(residual != 0).Label($"ŷ − y = {residual:R}, ∂L/∂ŷ = {dYHat:R}");
        });

    /// <summary>∂L/∂ŷ·(ŷ − y) = L: the L1 gradient times the residual is the loss (at ŷ = y, any subgradient gives 0).</summary>
    public static Property L1Sign_TimesResidualIsLoss(Derivation derivation) =>
        Prop.ForAll(Generators.AnyPoint, point =>
        {
            var t = point.Trace;
            var product = derivation.At(point).DLdYHat * (t.YHat - point.Y);
            return (product == t.Loss).Label($"∂L/∂ŷ·(ŷ − y) = {product:R}, L = {t.Loss:R}");
        });

    /// <summary>Away from kinks, every gradient agrees with Math.NET's central difference to 1e-6.</summary>
    public static Property Gradient_MatchesCentralDifference_AwayFromKinks(Derivation derivation) =>
        Prop.ForAll(Generators.SmoothPoint, point =>
        {
            var g = derivation.At(point);
            return ForEachNode(Kinks.AllNodes.Except([Node.H0Main, Node.H0Skip]), node =>
                AgreesWithCentralDifference(Derivation.Of(g, node), node, point));
        });

    /// <summary>Away from kinks, every gradient agrees with the dual-number derivative to 1e-12.</summary>
    public static Property Gradient_MatchesExactDerivative_AwayFromKinks(Derivation derivation) =>
        Prop.ForAll(Generators.SmoothPoint, point =>
        {
            var g = derivation.At(point);
            return ForEachNode(Kinks.AllNodes, node =>
            {
                var claimed = Derivation.Of(g, node);
                var exact = ExactDerivative.Of(node, point.Parameters, point.Sample);
                var floor = Tolerance.UnitRoundoff * RoundingScale.DerivativeMagnitude(node, point.Parameters, point.Sample)
                    / Tolerance.Exact;
                return (Tolerance.Agree(claimed, exact, Tolerance.Exact, floor), $"{claimed:R} vs exact {exact:R}");
            });
        });

    /// <summary>h0 feeds two paths, so ∂L/∂h0 is the sum of the skip and main contributions.</summary>
    public static Property SkipGradient_IsSumOfPathContributions(Derivation derivation) =>
        Prop.ForAll(Generators.AnyPoint, point =>
        {
            var g = derivation.At(point);
            var sum = g.DLdH0ViaSkip + g.DLdH0ViaMain;
            var floor = 4 * Tolerance.UnitRoundoff * (Math.Abs(g.DLdH0ViaSkip) + Math.Abs(g.DLdH0ViaMain));
            return (Math.Abs(g.DLdH0 - sum) <= floor)
                .Label($"∂L/∂h0 = {g.DLdH0:R}, skip + main = {g.DLdH0ViaSkip:R} + {g.DLdH0ViaMain:R}");
        });

    /// <summary>
    /// Each contribution to ∂L/∂h0 is the derivative of L when h0 is moved in that path only: a central difference
    /// that perturbs h0 where z1 uses it (main) or where z2 uses it (skip).
    /// </summary>
    public static Property PathContribution_MatchesDifferenceThroughThatPathOnly(Derivation derivation) =>
        Prop.ForAll(Generators.SmoothPoint, point =>
        {
            var g = derivation.At(point);
            return ForEachNode([Node.H0Main, Node.H0Skip], node =>
                AgreesWithCentralDifference(Derivation.Of(g, node), node, point));
        });

    /// <summary>
    /// On a kink, PyTorch's convention gives a true subgradient: every gradient lies between the exact one-sided
    /// slopes of L along its node. Not part of <see cref="All"/>: other conventions can leave that interval where
    /// kinks stack (z0 = 0 forces z1 = 0), and are still right by <see cref="Gradient_IsGivenBySomeKinkConvention_AtKinks"/>.
    /// </summary>
    public static Property Gradient_LiesBetweenOneSidedSlopes_AtKinks(Derivation derivation) =>
        Prop.ForAll(Generators.KinkPoint, point =>
        {
            var g = derivation.At(point);
            return ForEachNode(Kinks.AllNodes, node =>
            {
                var claimed = Derivation.Of(g, node);
                var slopes = ExactDerivative.Slopes(node, point.Parameters, point.Sample);
                return (slopes.Contains(claimed, RoundingSlack(node, point)), $"{claimed:R} outside [{slopes.Low:R}, {slopes.High:R}]");
            });
        });

    /// <summary>
    /// On a kink, every gradient is what the chain rule gives for some choice of ReLU′(0) in [0, 1] at each unit and
    /// of d|u|/du at 0 in [−1, 1]: it lies between the smallest and largest value over the corners of that box
    /// (each gradient is multilinear in the choices). The corners come from src/Analytic, itself checked against
    /// the exact one-sided slopes by <see cref="Gradient_LiesBetweenOneSidedSlopes_AtKinks"/>.
    /// </summary>
    public static Property Gradient_IsGivenBySomeKinkConvention_AtKinks(Derivation derivation) =>
        Prop.ForAll(Generators.KinkPoint, point =>
        {
            var g = derivation.At(point);
            var corners = KinkConvention.Corners.Select(c => Backprop.Of(point.Parameters, point.Sample, c)).ToList();
            return ForEachNode(Kinks.AllNodes, node =>
            {
                var claimed = Derivation.Of(g, node);
                var range = new OneSidedSlopes(corners.Min(c => Derivation.Of(c, node)), corners.Max(c => Derivation.Of(c, node)));
                return (range.Contains(claimed, RoundingSlack(node, point)), $"{claimed:R} outside [{range.Low:R}, {range.High:R}]");
            });
        });

    /// <summary>
    /// A dead ReLU unit (z &lt; 0) has slope 0, so nothing before it on its path gets gradient through it:
    /// z0 &lt; 0 ⇒ ∂L/∂z0 = ∂L/∂w0 = 0; z1 &lt; 0 ⇒ ∂L/∂z1 = ∂L/∂w1 = main part of ∂L/∂h0 = 0.
    /// </summary>
    public static Property DeadUnit_PassesZeroGradientUpstream(Derivation derivation) =>
        Prop.ForAll(Generators.DeadUnitPoint, point =>
        {
            var (t, g) = (point.Trace, derivation.At(point));
            var upstream = t.Z0 < 0
                ? new[] { ("dL/dz0", g.DLdZ0), ("dL/dw0", g.DLdW0) }
                : [("dL/dz1", g.DLdZ1), ("dL/dw1", g.DLdW1), ("dL/dh0 via main", g.DLdH0ViaMain)];
            return Holds(upstream.Where(u => u.Item2 != 0).Select(u => $"{u.Item1} = {u.Item2:R} behind a dead unit"));
        });

    /// <summary>
    /// ReLU is positively homogeneous, so each path's term of ŷ is linear in each weight on it, and Euler's identity
    /// w·∂L/∂w = ∂L/∂ŷ·(terms through w) holds per path: w1·∂L/∂w1 = w2·∂L/∂w2 (main path),
    /// w0·∂L/∂w0 = w1·∂L/∂w1 + w3·∂L/∂w3 (both paths), and w0·∂L/∂w0 = ∂L/∂ŷ·ŷ. Kinks included.
    /// </summary>
    public static Property EulerIdentity_HoldsPerPath(Derivation derivation) =>
        Prop.ForAll(Generators.AnyPoint, point =>
        {
            var (p, t, g) = (point.Parameters, point.Trace, derivation.At(point));
            var (main, skip) = (p.W2 * t.H1, p.W3 * t.H0);
            var floor = (Math.Abs(main) + Math.Abs(skip)) / Tolerance.Exact * 8 * Tolerance.UnitRoundoff;
            var identities = new (string Name, double Left, double Right)[]
            {
                ("w1·g1 = w2·g2", p.W1 * g.DLdW1, p.W2 * g.DLdW2),
                ("w0·g0 = w1·g1 + w3·g3", p.W0 * g.DLdW0, p.W1 * g.DLdW1 + p.W3 * g.DLdW3),
                ("w0·g0 = ∂L/∂ŷ·ŷ", p.W0 * g.DLdW0, g.DLdYHat * t.YHat),
            };
            return Holds(identities
                .Where(i => !Tolerance.Agree(i.Left, i.Right, Tolerance.Exact, floor))
                .Select(i => $"{i.Name}: {i.Left:R} ≠ {i.Right:R}"));
        });

    /// <summary>
    /// Away from kinks, an SGD step with the derivation's gradient and update, small enough that the reference
    /// gradient step crosses no kink yet large enough that its decrease exceeds rounding, lowers L.
    /// </summary>
    public static Property SgdStep_LowersLoss_AwayFromKinks(Derivation derivation) =>
        Prop.ForAll(Generators.SmoothPoint, point =>
        {
            var (p, s) = (point.Parameters, point.Sample);
            var truth = new Parameters(
                ExactDerivative.Of(Node.W0, p, s), ExactDerivative.Of(Node.W1, p, s),
                ExactDerivative.Of(Node.W2, p, s), ExactDerivative.Of(Node.W3, p, s));
            var rate = SmallLearningRate(p, truth);
            var reference = Network.Forward(Sgd.Step(p, truth, rate), s);
            var decrease = rate * (truth.W0 * truth.W0 + truth.W1 * truth.W1 + truth.W2 * truth.W2 + truth.W3 * truth.W3);
            var measurable = decrease > 64 * Tolerance.UnitRoundoff * RoundingScale.LossMagnitude(p, s)
                && SameBranches(point.Trace, reference, s);
            var before = point.Trace.Loss;
            var after = Network.Forward(derivation.Update(p, derivation.At(point).ForWeights, rate), s).Loss;
            return (after < before).When(measurable).Label($"α = {rate:R}: L {before:R} → {after:R}");
        });

    // The largest α for which no weight moves by more than its central-difference step.
    private static double SmallLearningRate(Parameters p, Parameters gradient) =>
        new[] { (p.W0, gradient.W0), (p.W1, gradient.W1), (p.W2, gradient.W2), (p.W3, gradient.W3) }
            .Where(w => w.Item2 != 0)
            .Select(w => CentralDifference.StepAt(w.Item1) / Math.Abs(w.Item2))
            .DefaultIfEmpty(0)
            .Min();

    private static bool SameBranches(ForwardTrace<double> a, ForwardTrace<double> b, Sample s) =>
        Math.Sign(a.Z0) == Math.Sign(b.Z0) && Math.Sign(a.Z1) == Math.Sign(b.Z1)
        && Math.Sign(s.Y - a.YHat) == Math.Sign(s.Y - b.YHat);

    // Eight units of roundoff of the derivative's path terms: chain-rule evaluations in any order stay within it.
    private static double RoundingSlack(Node node, Point point) =>
        8 * Tolerance.UnitRoundoff * RoundingScale.DerivativeMagnitude(node, point.Parameters, point.Sample);

    private static (bool, string) AgreesWithCentralDifference(double claimed, Node node, Point point)
    {
        var difference = CentralDifference.Of(node, point.Parameters, point.Sample);
        var floor = difference.RoundingBound / Tolerance.CentralDifference;
        return (Tolerance.Agree(claimed, difference.Value, Tolerance.CentralDifference, floor),
            $"{claimed:R} vs central difference {difference.Value:R}");
    }

    private static Property ForEachNode(IEnumerable<Node> nodes, Func<Node, (bool Holds, string Detail)> check) =>
        Holds(nodes.Select(node => (node, result: check(node)))
            .Where(n => !n.result.Holds)
            .Select(n => $"∂L/∂{n.node}: {n.result.Detail}"));

    private static Property Holds(IEnumerable<string> failures)
    {
        var list = failures.ToList();
        return (list.Count == 0).Label(string.Join("; ", list));
    }
}
