using System.Collections.Concurrent;
using FsCheck;
using FsCheck.Fluent;
using MathNet.Numerics.LinearAlgebra;
using SkipNet.Points.Wide;
using SkipNet.Reference;
using SkipNet.Reference.Oracles;
using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Properties.Wide;

/// <summary>
/// The properties every correct vectorised derivation has, over every activation, loss and widths 1 to 8, each a
/// function of the derivation under test. The analytic backpropagation passes them all; each wrong derivation of the
/// vectorised zoo fails at least one.
/// </summary>
public static class GradientBattery
{
    /// <summary>
    /// Every property of the battery, by name: those on generated points first, cheapest first, so a mistake's first
    /// counterexample is a shrunk point; the fixed worked example last.
    /// </summary>
    public static IReadOnlyList<(string Name, Func<Derivation, Property> Property)> All { get; } =
    [
        (nameof(EveryGradient_HasItsNodesShape), EveryGradient_HasItsNodesShape),
        (nameof(LossSlope_HasTheSignOfPredictionMinusTarget), LossSlope_HasTheSignOfPredictionMinusTarget),
        (nameof(SkipGradient_IsSumOfPathContributions), SkipGradient_IsSumOfPathContributions),
        (nameof(HiddenUnitPermutation_PermutesTheGradient), HiddenUnitPermutation_PermutesTheGradient),
        (nameof(OutputPermutation_PermutesTheGradient), OutputPermutation_PermutesTheGradient),
        (nameof(PositiveRescaling_RescalesTheGradient), PositiveRescaling_RescalesTheGradient),
        (nameof(SgdStep_MovesAgainstTheGradient), SgdStep_MovesAgainstTheGradient),
        (nameof(LossSlope_TimesResidual_IsTheLossesDegreeTimesTheLoss), LossSlope_TimesResidual_IsTheLossesDegreeTimesTheLoss),
        (nameof(EulerIdentity_HoldsPerPath), EulerIdentity_HoldsPerPath),
        (nameof(DeadUnit_PassesZeroGradientUpstream), DeadUnit_PassesZeroGradientUpstream),
        (nameof(Gradient_MatchesExactDerivative_OffKinks), Gradient_MatchesExactDerivative_OffKinks),
        (nameof(Gradient_LiesBetweenOneSidedSlopes_AtOneKink), Gradient_LiesBetweenOneSidedSlopes_AtOneKink),
        (nameof(Gradient_MatchesCentralDifference_OnOnePiece), Gradient_MatchesCentralDifference_OnOnePiece),
        (nameof(WorkedExample_MatchesExactArithmetic), WorkedExample_MatchesExactArithmetic),
    ];

    /// <summary>
    /// The worked example at widths 1 with ReLU and L1, by hand in exact arithmetic (every number dyadic, so equality is
    /// exact): (∂L/∂W0, ∂L/∂W1, ∂L/∂W2, ∂L/∂W3) = (−0.75, −0.25, −0.25, −0.5), ∂L/∂x = −0.375; the update with α = 1
    /// gives (1.25, 0.75, 0.75, 1.0) and then L = 1.046875.
    /// </summary>
    public static Property WorkedExample_MatchesExactArithmetic(Derivation derivation)
    {
        var point = WidePoint.WorkedExample;
        var g = derivation.At(point);
        var updated = derivation.Update(point.Weights, g.ForWeights, 1);
        var claimed = new[] { g.DLdW0[0, 0], g.DLdW1[0, 0], g.DLdW2[0, 0], g.DLdW3[0, 0], g.DLdX[0], updated.W0[0, 0], updated.W1[0, 0],
                              updated.W2[0, 0], updated.W3[0, 0], WideNetwork.Forward(updated, point.Sample, point.Variant).Loss };
        double[] exact = [-0.75, -0.25, -0.25, -0.5, -0.375, 1.25, 0.75, 0.75, 1.0, 1.046875];
        return claimed.SequenceEqual(exact).Label($"[{string.Join(", ", claimed)}], exactly [{string.Join(", ", exact)}]");
    }

    /// <summary>
    /// L1 and r² are homogeneous in the residual, of degree 1 and 2, so Euler's identity Σₖ rₖ·ℓ′(rₖ) = p·ℓ summed over
    /// the outputs reads Σₖ ∂L/∂ŷₖ·(ŷₖ − yₖ) = L for L1 and 2L for squared error. Asked at points computed without
    /// rounding, to the bit; PyTorch's 0 at an L1 kink contributes 0·0 like any subgradient.
    /// </summary>
    public static Property LossSlope_TimesResidual_IsTheLossesDegreeTimesTheLoss(Derivation derivation) =>
        Prop.ForAll(WideGenerators.ExactArithmeticPoint, point =>
        {
            var (t, g, loss) = (point.Trace, derivation.At(point), point.Variant.Loss);
            var euler = g.DLdYHat.DotProduct(t.YHat - point.Sample.Y);
            var degree = loss.Kind == LossKind.L1 ? 1 : 2;
            return (euler == degree * t.Loss).When(loss.Kind != LossKind.Huber).Label($"Σ ∂L/∂ŷ·(ŷ − y) = {euler:R}, {degree}·L = {degree * t.Loss:R}");
        });

    /// <summary>
    /// With a positively homogeneous activation (ReLU, leaky ReLU, identity), scaling W1 by c and W2 by 1/c leaves ŷ
    /// unchanged; so does W0 by c with W1 and W3 by 1/c; and W0 by c scales ŷ by c. Differentiating at c = 1 gives
    /// Euler's identities per path: ⟨W1, ∂L/∂W1⟩ = ⟨W2, ∂L/∂W2⟩, ⟨W0, ∂L/∂W0⟩ = ⟨W1, ∂L/∂W1⟩ + ⟨W3, ∂L/∂W3⟩ and
    /// ⟨W0, ∂L/∂W0⟩ = Σₖ ∂L/∂ŷₖ·ŷₖ (⟨·,·⟩ the entrywise inner product). Kinks included; exact at exact points.
    /// </summary>
    public static Property EulerIdentity_HoldsPerPath(Derivation derivation) =>
        Prop.ForAll(WideGenerators.ExactArithmeticPoint, point =>
        {
            var (w, t, g) = (point.Weights, point.Trace, derivation.At(point));
            static double Inner(Matrix<double> a, Matrix<double> b) => a.PointwiseMultiply(b).Enumerate().Sum();
            var (w0, w1, w2, w3) = (Inner(w.W0, g.DLdW0), Inner(w.W1, g.DLdW1), Inner(w.W2, g.DLdW2), Inner(w.W3, g.DLdW3));
            var identities = new (string Name, double Left, double Right)[]
            {
                ("⟨W1,G1⟩ = ⟨W2,G2⟩", w1, w2),
                ("⟨W0,G0⟩ = ⟨W1,G1⟩ + ⟨W3,G3⟩", w0, w1 + w3),
                ("⟨W0,G0⟩ = Σ ∂L/∂ŷ·ŷ", w0, g.DLdYHat.DotProduct(t.YHat)),
            };
            return Holds(identities.Where(i => i.Left != i.Right).Select(i => $"{i.Name}: {i.Left:R} ≠ {i.Right:R}"));
        });

    /// <summary>
    /// A ReLU unit with z &lt; 0 has slope 0, so nothing before it on its path gets gradient through it: z0ᵢ &lt; 0 ⇒
    /// ∂L/∂z0ᵢ = 0 and row i of ∂L/∂W0 is 0; z1ᵢ &lt; 0 ⇒ ∂L/∂z1ᵢ = 0 and row i of ∂L/∂W1 is 0.
    /// </summary>
    public static Property DeadUnit_PassesZeroGradientUpstream(Derivation derivation) =>
        Prop.ForAll(WideGenerators.AnyPoint, point =>
        {
            var (t, g) = (point.Trace, derivation.At(point));
            var dead0 = Enumerable.Range(0, t.Z0.Count).Where(i => t.Z0[i] < 0)
                .Where(i => g.DLdZ0[i] != 0 || g.DLdW0.Row(i).Any(v => v != 0)).Select(i => $"z0[{i}] < 0 but ∂L/∂z0[{i}] = {g.DLdZ0[i]:R}, ∂L/∂W0 row {g.DLdW0.Row(i)}");
            var dead1 = Enumerable.Range(0, t.Z1.Count).Where(i => t.Z1[i] < 0)
                .Where(i => g.DLdZ1[i] != 0 || g.DLdW1.Row(i).Any(v => v != 0)).Select(i => $"z1[{i}] < 0 but ∂L/∂z1[{i}] = {g.DLdZ1[i]:R}, ∂L/∂W1 row {g.DLdW1.Row(i)}");
            return Holds(dead0.Concat(dead1)).When(point.Variant.Activation.Kind == ActivationKind.Relu);
        });

    /// <summary>
    /// A gradient has the shape of what it differentiates: ∂L/∂Wₖ is Wₖ's shape (a×n, b×a, m×b, m×a), ∂L/∂x has n
    /// entries, ∂L/∂z0 and ∂L/∂h0 (and its two parts) a, ∂L/∂z1 and ∂L/∂h1 b, ∂L/∂z2 and ∂L/∂ŷ m. Transposing an
    /// outer product (h0·δ1ᵀ for δ1·h0ᵀ) or forgetting a transpose (W2·δ2 for W2ᵀ·δ2) breaks it whenever the widths differ.
    /// </summary>
    public static Property EveryGradient_HasItsNodesShape(Derivation derivation) =>
        Prop.ForAll(WideGenerators.AnyPoint, point =>
        {
            var g = Try(() => derivation.At(point));
            return g is null
                ? false.Label("the derivation threw: its products do not fit the shapes")
                : Holds(GradientShapes.Mismatches(g, point.Widths));
        });

    /// <summary>
    /// Every loss grows with |y − ŷ|, so ∂L/∂ŷₖ has the sign of ŷₖ − yₖ: the L1 rule is sign(ŷ − y), and the sign
    /// the worked example's student flipped. At r = 0 a kinked loss may take any slope between its one-sided ones.
    /// </summary>
    public static Property LossSlope_HasTheSignOfPredictionMinusTarget(Derivation derivation) =>
        Prop.ForAll(WideGenerators.AnyPoint, point =>
        {
            var (t, g, loss) = (point.Trace, derivation.At(point), point.Variant.Loss);
            return Holds(Enumerable.Range(0, point.Widths.M)
                .Select(k => (k, r: point.Sample.Y[k] - t.YHat[k], slope: g.DLdYHat[k]))
                .Where(o => o.r == 0 && loss.HasKink
                    ? !(o.slope >= -loss.RightDerivative(0) && o.slope <= -loss.LeftDerivative(0))
                    : Math.Sign(o.slope) != Math.Sign(-o.r))
                .Select(o => $"∂L/∂ŷ[{o.k}] = {o.slope:R} where ŷ − y = {-o.r:R}"));
        });

    /// <summary>h0 feeds both paths, so ∂L/∂h0 is exactly the sum of its skip and main parts, entry by entry.</summary>
    public static Property SkipGradient_IsSumOfPathContributions(Derivation derivation) =>
        Prop.ForAll(WideGenerators.AnyPoint, point =>
        {
            var g = derivation.At(point);
            return Holds(Enumerable.Range(0, point.Widths.A)
                .Where(i => g.DLdH0[i] != g.DLdH0ViaSkip[i] + g.DLdH0ViaMain[i])
                .Select(i => $"∂L/∂h0[{i}] = {g.DLdH0[i]:R}, parts {g.DLdH0ViaSkip[i]:R} + {g.DLdH0ViaMain[i]:R}"));
        });

    /// <summary>
    /// Relabelling the first hidden layer's units (rows of W0, columns of W1 and W3, by a rotation) changes no loss, so
    /// the gradient at the relabelled point is the relabelled gradient: rows of ∂L/∂W0 and columns of ∂L/∂W1 and
    /// ∂L/∂W3 move with their units. A transposed ∂L/∂W1 moves rows instead and fails even when a = b. Asked to the
    /// bit at points computed without rounding, where summing over the units in another order changes nothing.
    /// </summary>
    public static Property HiddenUnitPermutation_PermutesTheGradient(Derivation derivation) =>
        Prop.ForAll(WideGenerators.ExactArithmeticPoint, point =>
        {
            var w = point.Weights;
            var a = point.Widths.A;
            int Moved(int unit) => (unit + 1) % a;
            var relabelled = point with
            {
                Weights = new WeightMatrices(
                    Matrix<double>.Build.Dense(w.W0.RowCount, w.W0.ColumnCount, (i, j) => w.W0[Moved(i), j]),
                    Matrix<double>.Build.Dense(w.W1.RowCount, w.W1.ColumnCount, (i, j) => w.W1[i, Moved(j)]),
                    w.W2,
                    Matrix<double>.Build.Dense(w.W3.RowCount, w.W3.ColumnCount, (i, j) => w.W3[i, Moved(j)])),
            };
            var (g, moved) = (derivation.At(point), derivation.At(relabelled));
            return Holds(Entry.OfWeights(point.Widths).Select(e => (e, at: e.Node switch
                {
                    Node.W0 => e with { Row = Moved(e.Row) },
                    Node.W1 or Node.W3 => e with { Column = Moved(e.Column) },
                    _ => e,
                }))
                .Where(m => moved.For(m.e) != g.For(m.at))
                .Select(m => $"∂L/∂{m.e} after relabelling = {moved.For(m.e):R}, ∂L/∂{m.at} before = {g.For(m.at):R}"));
        });

    /// <summary>
    /// Relabelling the outputs (rows of W2 and W3 and entries of y, by a rotation) changes no loss term, only the
    /// order of the sum: the rows of ∂L/∂W2 and ∂L/∂W3 move with their outputs and the other gradients stay; asked to
    /// the bit at points computed without rounding.
    /// </summary>
    public static Property OutputPermutation_PermutesTheGradient(Derivation derivation) =>
        Prop.ForAll(WideGenerators.ExactArithmeticPoint, point =>
        {
            var (w, s) = (point.Weights, point.Sample);
            var m = point.Widths.M;
            int Moved(int output) => (output + 1) % m;
            var relabelled = point with
            {
                Weights = new WeightMatrices(
                    w.W0, w.W1,
                    Matrix<double>.Build.Dense(m, w.W2.ColumnCount, (k, j) => w.W2[Moved(k), j]),
                    Matrix<double>.Build.Dense(m, w.W3.ColumnCount, (k, j) => w.W3[Moved(k), j])),
                Sample = new VectorSample(s.X, Vector<double>.Build.Dense(m, k => s.Y[Moved(k)])),
            };
            var (g, moved) = (derivation.At(point), derivation.At(relabelled));
            return Holds(Entry.OfWeights(point.Widths).Select(e => (e, at: e.Node is Node.W2 or Node.W3 ? e with { Row = Moved(e.Row) } : e))
                .Where(o => moved.For(o.e) != g.For(o.at))
                .Select(o => $"∂L/∂{o.e} after relabelling = {moved.For(o.e):R}, ∂L/∂{o.at} before = {g.For(o.at):R}"));
        });

    /// <summary>
    /// ReLU, leaky ReLU and the identity are positively homogeneous, f(2z) = 2f(z), so doubling W1 and halving W2
    /// leaves ŷ unchanged, to the bit (powers of two scale exactly); by the chain rule ∂L/∂W1 halves, ∂L/∂W2 doubles
    /// and every other weight's gradient is unchanged, exactly.
    /// </summary>
    public static Property PositiveRescaling_RescalesTheGradient(Derivation derivation) =>
        Prop.ForAll(WideGenerators.ExactArithmeticPoint, point =>
        {
            var w = point.Weights;
            var rescaled = point with { Weights = new WeightMatrices(w.W0, 2 * w.W1, w.W2 / 2, w.W3) };
            var (g, r) = (derivation.At(point), derivation.At(rescaled));
            var expected = new (string Name, Matrix<double> Before, Matrix<double> After)[]
            {
                ("∂L/∂W0", g.DLdW0, r.DLdW0), ("∂L/∂W1 halved", g.DLdW1 / 2, r.DLdW1),
                ("∂L/∂W2 doubled", 2 * g.DLdW2, r.DLdW2), ("∂L/∂W3", g.DLdW3, r.DLdW3),
            };
            return Holds(expected.Where(e => !e.Before.Equals(e.After)).Select(e => $"{e.Name}: {e.Before} vs {e.After}"));
        });

    /// <summary>
    /// Off kinks, every gradient (each weight entry, x and every intermediate, h0's two uses included) equals the exact
    /// dual-number derivative within the chain-rule slack. An entry whose line crosses a kink at the point (its exact
    /// one-sided slopes differ) is left to <see cref="Gradient_LiesBetweenOneSidedSlopes_AtOneKink"/>.
    /// </summary>
    public static Property Gradient_MatchesExactDerivative_OffKinks(Derivation derivation) =>
        Prop.ForAll(WideGenerators.OffKinkPoint, point =>
        {
            var (g, slack) = (derivation.At(point), Tolerance.ChainRuleSlack(point));
            return Holds(ExactSlopesAt(point)
                .Where(o => !Close(g.For(o.e), o.exact.Right, slack(o.e)))
                .Select(o => $"∂L/∂{o.e} = {g.For(o.e):R}, exactly {o.exact.Right:R}"));
        });

    /// <summary>
    /// On one kink, every gradient lies between the exact one-sided slopes of L along its entry (widened by the
    /// chain-rule slack): any subgradient counts. Where several kinks coincide this is not asked: PyTorch's
    /// convention then need not give a one-sided slope (ReLU(t) − ReLU(−t) = t has slope 1; its chain rule says 0).
    /// </summary>
    public static Property Gradient_LiesBetweenOneSidedSlopes_AtOneKink(Derivation derivation) =>
        Prop.ForAll(WideGenerators.OneKinkPoint, point =>
        {
            var (g, slack) = (derivation.At(point), Tolerance.ChainRuleSlack(point));
            return Holds(ExactSlopesAt(point)
                .Where(o => !o.exact.Contains(g.For(o.e), slack(o.e)))
                .Select(o => $"∂L/∂{o.e} = {g.For(o.e):R}, one-sided slopes {o.exact.Left:R} and {o.exact.Right:R}"));
        });

    /// <summary>
    /// Where the central difference stays on one smooth piece of L and resolves the derivative, weight and input
    /// gradients lie within its error bound: rounding plus the gap to the difference at four times the step (Math.NET's
    /// stencil weights, <see cref="CentralEstimate"/>). Eight entries a case, spread evenly over W0..W3 and x: an
    /// estimate costs up to 32 forward passes.
    /// </summary>
    public static Property Gradient_MatchesCentralDifference_OnOnePiece(Derivation derivation) =>
        Prop.ForAll(WideGenerators.OffKinkPoint, point =>
        {
            var g = derivation.At(point);
            return Holds(CentralDifferencesAt(point)
                .Where(o => o.central.OnOnePiece && o.central.Resolved && !o.central.Allows(g.For(o.e)))
                .Select(o => $"∂L/∂{o.e} = {g.For(o.e):R}, central difference {o.central.Value:R} ± {o.central.ErrorBound:R}"));
        });

    /// <summary>
    /// The derivation's update is W − α·∂L/∂W, entry by entry, for α = 1/4 (exact in binary): a step against its own
    /// gradient, with the learning rate applied.
    /// </summary>
    public static Property SgdStep_MovesAgainstTheGradient(Derivation derivation) =>
        Prop.ForAll(WideGenerators.AnyPoint, point =>
        {
            const double rate = 0.25;
            var gradient = derivation.At(point).ForWeights;
            var updated = derivation.Update(point.Weights, gradient, rate);
            return Holds(Entry.OfWeights(point.Widths)
                .Select(e => (e, expected: point.Weights.Of(e.Node)[e.Row, e.Column] - rate * gradient.Of(e.Node)[e.Row, e.Column],
                              actual: updated.Of(e.Node)[e.Row, e.Column]))
                .Where(o => o.actual != o.expected)
                .Select(o => $"updated {o.e} = {o.actual:R}, w − α·g = {o.expected:R}"));
        });

    // The oracles are pure functions of the point, and the zoo runs the battery on many derivations from one seed,
    // so at the same points: each point's oracle values are computed once. Keyed by the point's round-trip text
    // (which tells −0 from 0); a cache is emptied when it passes MemoLimit points, so a long run holds few of them.
    private const int MemoLimit = 4096;

    private static readonly ConcurrentDictionary<string, IReadOnlyList<(Entry e, OneSidedSlopes exact)>> ExactSlopes = new();

    private static readonly ConcurrentDictionary<string, IReadOnlyList<(Entry e, CentralEstimate central)>> CentralDifferences = new();

    // The exact one-sided slopes of L along every entry of the network.
    private static IReadOnlyList<(Entry e, OneSidedSlopes exact)> ExactSlopesAt(WidePoint point) =>
        Memo(ExactSlopes, point, p => Entry.All(p.Widths)
            .Select(e => (e, EntryExactDerivative.Slopes(e, p.Weights, p.Sample, p.Variant))).ToArray());

    // The central difference of L along eight weight and input entries, spread evenly.
    private static IReadOnlyList<(Entry e, CentralEstimate central)> CentralDifferencesAt(WidePoint point) =>
        Memo(CentralDifferences, point, p => SpreadOver(Entry.OfInputs(p.Widths).ToList(), 8)
            .Select(e => (e, EntryDifference.Central(e, p.Weights, p.Sample, p.Variant))).ToArray());

    private static IReadOnlyList<T> Memo<T>(ConcurrentDictionary<string, IReadOnlyList<T>> cache, WidePoint point, Func<WidePoint, IReadOnlyList<T>> compute)
    {
        // A mutation run switches mutants inside one test process: an oracle value computed under one mutant must not
        // be reused under the next.
        if (MutationRun.IsActive)
        {
            return compute(point);
        }

        if (cache.Count > MemoLimit)
        {
            cache.Clear();
        }

        return cache.GetOrAdd(point.ToString(), _ => compute(point));
    }

    private static bool Close(double a, double b, double slack) => Math.Abs(a - b) <= slack;

    // At most `count` entries at evenly spaced positions, the first and the last included.
    private static IEnumerable<Entry> SpreadOver(IReadOnlyList<Entry> entries, int count) =>
        entries.Count <= count
            ? entries
            : Enumerable.Range(0, count).Select(i => entries[i * (entries.Count - 1) / (count - 1)]);

    private static T? Try<T>(Func<T> compute) where T : class
    {
        try
        {
            return compute();
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Property Holds(IEnumerable<string> failures)
    {
        var list = failures.Take(5).ToList();
        return (list.Count == 0).Label(string.Join("; ", list));
    }
}
