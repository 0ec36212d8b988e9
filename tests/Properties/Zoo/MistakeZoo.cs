using MathNet.Numerics.LinearAlgebra;
using SkipNet.Analytic;
using SkipNet.Properties.Wide;
using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Properties.Zoo;

/// <summary>
/// The one mistake zoo: the exercise's classic hand-derivation mistakes and those students make with matrices and with
/// the new activations and losses, each a one-step change to a correct vectorised derivation, one of a different
/// shape (every gradient taken at the updated weights), and controls: correct derivations written differently, which
/// the battery must accept. δ2, δ1, δ0 are ∂L/∂z2, ∂L/∂z1, ∂L/∂z0.
/// </summary>
public static class MistakeZoo
{
    private static readonly HandDerivation Correct = new("correct");

    /// <summary>Wrong derivations: the vectorised battery must falsify each.</summary>
    public static IReadOnlyList<HandDerivation> Mistakes { get; } =
    [
        // Transpositions: an outer product with its factors swapped (the weight's shape transposed), or a gradient
        // sent back through W instead of Wᵀ (it fits only when W is square in the right way, and is wrong by value then).
        Correct with { Name = "∂L/∂W1 = h0·δ1ᵀ (transposed outer product)", W1Step = (x, dZ1) => x.T.H0.OuterProduct(dZ1) },
        Correct with { Name = "∂L/∂W0 = x·δ0ᵀ (transposed outer product)", W0Step = (x, dZ0) => x.S.X.OuterProduct(dZ0) },
        Correct with { Name = "∂L/∂W2 = h1·δ2ᵀ (transposed outer product)", W2Step = (x, dZ2) => x.T.H1.OuterProduct(dZ2) },
        Correct with { Name = "∂L/∂W3 = h0·δ2ᵀ (transposed outer product)", W3Step = (x, dZ2) => x.T.H0.OuterProduct(dZ2) },
        Correct with { Name = "∂L/∂h1 = W2·δ2 (transpose of W2 missing)", H1Step = (x, dZ2) => x.W.W2 * dZ2 },
        Correct with { Name = "main part of ∂L/∂h0 = W1·δ1 (transpose of W1 missing)", MainStep = (x, dZ1) => x.W.W1 * dZ1 },
        Correct with { Name = "skip part of ∂L/∂h0 = W3·δ2 (transpose of W3 missing)", SkipStep = (x, dZ2) => x.W.W3 * dZ2 },
        Correct with { Name = "∂L/∂x = W0·δ0 (transpose of W0 missing)", XStep = (x, dZ0) => x.W.W0 * dZ0 },

        // Wrong layer, wrong product, wrong sum.
        Correct with { Name = "δ1 = W2ᵀδ2 ⊙ f′(z0) (mask from the wrong layer)", Z1Step = (dH1, slope1, slope0) => dH1.PointwiseMultiply(slope0) },
        Correct with
        {
            Name = "∂L/∂W1 = diag(δ1 ⊙ h0) (elementwise product where the outer product δ1·h0ᵀ belongs)",
            W1Step = (x, dZ1) => Matrix<double>.Build.DenseOfDiagonalVector(dZ1.PointwiseMultiply(x.T.H0)),
        },
        Correct with { Name = "∂L/∂h1 = W2[0,:]ᵀ·δ2[0] (sum over outputs forgotten: output 0 only)", H1Step = (x, dZ2) => x.W.W2.Row(0) * dZ2[0] },
        Correct with { Name = "skip part of ∂L/∂h0 dropped (W3ᵀ·δ2 taken as 0)", SkipStep = (x, dZ2) => Vector<double>.Build.Dense(x.W.W3.ColumnCount) },

        // Activations: f′ misremembered for one activation, right for the others.
        WithUnitSlope("tanh′ written 1 − z² (z where h = tanh z belongs)", (f, z, h) => f.Kind == ActivationKind.Tanh ? 1 - z * z : f.Derivative(z)),
        WithUnitSlope("σ′ written σ(z) (factor 1 − σ(z) forgotten)", (f, z, h) => f.Kind == ActivationKind.Sigmoid ? h : f.Derivative(z)),
        WithUnitSlope("softplus′ written softplus(z) (σ(z) belongs)", (f, z, h) => f.Kind == ActivationKind.Softplus ? h : f.Derivative(z)),
        WithUnitSlope(
            "leaky ReLU treated as ReLU (slope 0 for z < 0, not s)",
            (f, z, h) => f.Kind == ActivationKind.LeakyRelu ? (z > 0 ? 1 : 0) : f.Derivative(z)),

        // Losses: ∂L/∂ŷ misremembered for one loss, right for the others; r = y − ŷ.
        WithLossSlope("squared-loss gradient ŷ − y (the 2 of r² forgotten)", LossKind.Squared, (loss, r) => -r),
        WithLossSlope("squared-loss gradient 2(y − ŷ) (sign flipped)", LossKind.Squared, (loss, r) => 2 * r),
        WithLossSlope("Huber gradient ŷ − y for every r (not clamped to ±δ)", LossKind.Huber, (loss, r) => -r),
        WithLossSlope("L1 sign rule flipped (−1 when ŷ > y)", LossKind.L1, (loss, r) => Math.Sign(r)),

        Correct with { Name = "update climbs: W + α·∂L/∂W", Update = (w, g, rate) => WideSgd.Step(w, g, -rate) },

        // The exercise's classic mistakes (the scalar hand derivation's), written for any widths; a mask mistake
        // where the activation is ReLU and a sign mistake where the loss is L1, right elsewhere. Three are above
        // already: the L1 sign rule flipped, the mask from the wrong layer, the update that climbs.
        WithReluMask0("kink condition of ∂L/∂w0 written z0 > 1", z => z > 1 ? 1 : 0),
        Correct with { Name = "skip term missing from ∂L/∂h0", H0Sum = (skip, main) => main, Z0Step = (skip, main, slope0) => main.PointwiseMultiply(slope0) },
        Correct with { Name = "main-path term missing from ∂L/∂h0", H0Sum = (skip, main) => skip, Z0Step = (skip, main, slope0) => skip.PointwiseMultiply(slope0) },
        Correct with { Name = "W1 used where the skip weight W3 belongs (W1ᵀ·δ2)", SkipStep = (x, dZ2) => x.W.W1.TransposeThisAndMultiply(dZ2) },
        Correct with { Name = "factor x dropped from ∂L/∂W0 (δ0·1ᵀ)", W0Step = (x, dZ0) => dZ0.OuterProduct(Ones(x.S.X.Count)) },
        Correct with { Name = "W2 dropped from ∂L/∂h1 (δ2 for W2ᵀ·δ2)", H1Step = (x, dZ2) => dZ2 },
        Correct with { Name = "h1 used instead of h0 in ∂L/∂W3", W3Step = (x, dZ2) => dZ2.OuterProduct(x.T.H1) },
        WithReluMask("ReLU mask omitted (ReLU′ = 1)", (z, h) => 1),
        WithLossSlope("squared-loss gradient 2(ŷ − y) used for L1", LossKind.L1, (loss, r) => -2 * r),
        Correct with { Name = "weight for input: ∂L/∂W1 = diag(δ1)·W1 (δ1·w1 at width 1)", W1Step = (x, dZ1) => Matrix<double>.Build.DenseOfDiagonalVector(dZ1) * x.W.W1 },
        Correct with { Name = "h0 used instead of h1 in ∂L/∂W2", W2Step = (x, dZ2) => dZ2.OuterProduct(x.T.H0) },
        Correct with { Name = "h0 used instead of x in ∂L/∂W0", W0Step = (x, dZ0) => dZ0.OuterProduct(x.T.H0) },
        Correct with { Name = "x used instead of h0 in ∂L/∂W1", W1Step = (x, dZ1) => dZ1.OuterProduct(x.S.X) },
        Correct with { Name = "W3 used instead of W2 in ∂L/∂h1", H1Step = (x, dZ2) => x.W.W3.TransposeThisAndMultiply(dZ2) },
        WithReluMask("ReLU mask inverted (z < 0)", (z, h) => z < 0 ? 1 : 0),
        Correct with { Name = "first mask applied to the main part only", Z0Step = (skip, main, slope0) => main.PointwiseMultiply(slope0) + skip },
        WithLossSlope("derivative of |u| taken as 1", LossKind.L1, (loss, r) => 1),
        Correct with { Name = "upstream gradient forgotten in ∂L/∂W3 (1·h0ᵀ)", W3Step = (x, dZ2) => Ones(dZ2.Count).OuterProduct(x.T.H0) },
        Correct with { Name = "learning rate left out of the update", Update = (w, g, rate) => WideSgd.Step(w, g, 1) },
        Correct with
        {
            Name = "skip and main parts subtracted",
            H0Sum = (skip, main) => skip - main,
            Z0Step = (skip, main, slope0) => (skip - main).PointwiseMultiply(slope0),
        },
    ];

    /// <summary>A mistake of a different shape: every gradient taken at the weights after the update (α = 1).</summary>
    public static Derivation GradientsAtUpdatedWeights { get; } = new(
        "gradients taken at the updated weights",
        (w, s, v) => Backprop.Of(WideSgd.Step(w, Backprop.Of(w, s, v).ForWeights, 1), s, v),
        WideSgd.Step);

    /// <summary>Correct derivations written differently: the vectorised battery must accept each.</summary>
    public static IReadOnlyList<Derivation> Controls { get; } =
    [
        (Correct with
        {
            Name = "control: outer products written (input·δᵀ)ᵀ",
            W0Step = (x, dZ0) => x.S.X.OuterProduct(dZ0).Transpose(),
            W1Step = (x, dZ1) => x.T.H0.OuterProduct(dZ1).Transpose(),
            W2Step = (x, dZ2) => x.T.H1.OuterProduct(dZ2).Transpose(),
            W3Step = (x, dZ2) => x.T.H0.OuterProduct(dZ2).Transpose(),
        }).ToDerivation(),
        (Correct with
        {
            // Math.NET's vector * matrix is the row vector δᵀ·W, read as a column.
            Name = "control: Wᵀ·δ written (δᵀ·W)ᵀ",
            H1Step = (x, dZ2) => dZ2 * x.W.W2,
            SkipStep = (x, dZ2) => dZ2 * x.W.W3,
            MainStep = (x, dZ1) => dZ1 * x.W.W1,
            XStep = (x, dZ0) => dZ0 * x.W.W0,
        }).ToDerivation(),
        (Correct with
        {
            // −ℓ′(y − ŷ) written in ŷ − y: sign(ŷ − y), 2(ŷ − y), ŷ − y clamped to ±δ; the same numbers, negation being exact.
            Name = "control: ∂L/∂ŷ written in ŷ − y (sign, 2(ŷ − y), clamp(ŷ − y, −δ, δ))",
            LossSlope = x => (x.T.YHat - x.S.Y).Map(d => x.V.Loss.Kind switch
            {
                LossKind.L1 => Math.Sign(d),
                LossKind.Squared => 2 * d,
                _ => Math.Clamp(d, -x.V.Loss.Delta, x.V.Loss.Delta),
            }),
        }).ToDerivation(),

        // The exercise's controls, written for any widths.
        WithReluMask("control: ReLU masks read from h > 0", (z, h) => h > 0 ? 1 : 0).ToDerivation(),
        WithReluMask("control: ReLU masks z ≥ 0 (ReLU′(0) = 1)", (z, h) => z >= 0 ? 1 : 0).ToDerivation(),
        (Correct with
        {
            // sign·x·mask0·(w3 + w2·w1·mask1) at width 1: the Jacobian of z2 by h0 over both paths first, δ2 last.
            Name = "control: ∂L/∂W0 rearranged as (diag f′(z0)·(W3ᵀ + W1ᵀ·diag f′(z1)·W2ᵀ)·δ2)·xᵀ",
            W0Step = (x, dZ0) =>
            {
                var bothPaths = x.W.W3.Transpose() + (x.W.W1.Transpose() * Matrix<double>.Build.DenseOfDiagonalVector(Correct.Slope1(x)) * x.W.W2.Transpose());
                return (Matrix<double>.Build.DenseOfDiagonalVector(Correct.Slope0(x)) * bothPaths * Correct.LossSlope(x)).OuterProduct(x.S.X);
            },
        }).ToDerivation(),
    ];

    /// <summary>
    /// Right in exact arithmetic, wrong in rounding: f′ read from h where it is a function of h (tanh′ = 1 − h²,
    /// σ′ = h(1 − h), as PyTorch's backward computes them). Where a unit saturates, h carries a rounding error of up to
    /// ε/2 while 1 − h² (or 1 − h) is small, so the slope's relative error is amplified by about 1/(1 − h²) = cosh² z
    /// (by 1/(1 − h) for σ): at z = 4 some 750 ε, beyond the chain-rule slack the exact oracle allows. The reference
    /// writes tanh′ as 1/cosh² z and σ′ as σ(z)·σ(−z) for this reason. Not a control: the battery must reject it.
    /// </summary>
    public static Derivation SlopeReadFromSaturatedH { get; } = WithUnitSlope(
        "f′ read from h where it is a function of h (tanh′ = 1 − h², σ′ = h(1 − h))",
        (f, z, h) => f.Kind switch
        {
            ActivationKind.Tanh => 1 - h * h,
            ActivationKind.Sigmoid => h * (1 - h),
            _ => f.Derivative(z),
        }).ToDerivation();

    /// <summary>Every wrong derivation, as the battery takes them.</summary>
    public static IReadOnlyList<Derivation> WrongDerivations { get; } = [.. Mistakes.Select(m => m.ToDerivation()), GradientsAtUpdatedWeights];

    /// <summary>
    /// The derivation where its gradients have their nodes' shapes, the correct one (<see cref="Backprop"/>)
    /// where they do not or where it throws: a transposition restricted to the points where it fits, so that only
    /// a wrong value can give it away.
    /// </summary>
    public static Derivation WhereShapesFit(Derivation derivation)
    {
        ArgumentNullException.ThrowIfNull(derivation);
        return derivation with
        {
            Name = $"{derivation.Name}, where its shapes fit",
            Gradients = (w, s, v) =>
            {
                try
                {
                    var g = derivation.Gradients(w, s, v);
                    if (!GradientShapes.Mismatches(g, w.Widths).Any())
                    {
                        return g;
                    }
                }
                catch (ArgumentException)
                {
                    // The products do not fit these widths.
                }

                return Backprop.Of(w, s, v);
            },
        };
    }

    // The correct derivation with f′ of every unit, in both layers, computed by slope(f, z, h).
    private static HandDerivation WithUnitSlope(string name, Func<Activation, double, double, double> slope) =>
        Correct with
        {
            Name = name,
            Slope0 = x => Slopes(x.V.Activation, x.T.Z0, x.T.H0, slope),
            Slope1 = x => Slopes(x.V.Activation, x.T.Z1, x.T.H1, slope),
        };

    // The correct derivation but for ReLU, whose slope at every unit of both layers is mask(z, h).
    private static HandDerivation WithReluMask(string name, Func<double, double, double> mask) =>
        WithUnitSlope(name, (f, z, h) => f.Kind == ActivationKind.Relu ? mask(z, h) : f.Derivative(z));

    // The correct derivation but for ReLU's first layer, whose mask is mask(z0) (the second layer's is right).
    private static HandDerivation WithReluMask0(string name, Func<double, double> mask) =>
        Correct with
        {
            Name = name,
            Slope0 = x => x.V.Activation.Kind == ActivationKind.Relu ? x.T.Z0.Map(mask) : Correct.Slope0(x),
        };

    private static Vector<double> Ones(int count) => Vector<double>.Build.Dense(count, 1);

    private static Vector<double> Slopes(Activation f, Vector<double> z, Vector<double> h, Func<Activation, double, double, double> slope) =>
        Vector<double>.Build.Dense(z.Count, i => slope(f, z[i], h[i]));

    // The correct derivation but for the given loss, where ∂L/∂ŷ is slope(ℓ, r) with r = y − ŷ.
    private static HandDerivation WithLossSlope(string name, LossKind kind, Func<LossFunction, double, double> slope) =>
        Correct with
        {
            Name = name,
            LossSlope = x => x.V.Loss.Kind == kind ? (x.S.Y - x.T.YHat).Map(r => slope(x.V.Loss, r)) : Correct.LossSlope(x),
        };
}
