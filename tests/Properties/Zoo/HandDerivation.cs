using MathNet.Numerics.LinearAlgebra;
using SkipNet.Analytic.Wide;
using SkipNet.Properties.Wide;
using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Properties.Zoo;

/// <summary>What a student has in front of them while deriving the vectorised network: weights, sample, variant and forward pass.</summary>
public sealed record Sheet(WeightMatrices W, VectorSample S, Variant V, WideTrace T);

/// <summary>
/// A student's vectorised hand derivation of the backward pass, one replaceable chain-rule step a property, each a
/// function of the sheet and the upstream gradient. The defaults are the correct steps (those of
/// <see cref="Analytic.Backprop"/>: outer products δ·inputᵀ for a weight, transposed products Wᵀ·δ back through one,
/// ⊙ f′(z) through an activation); a member of the vectorised zoo replaces the step its mistake is in.
/// </summary>
public sealed record HandDerivation(string Name)
{
    /// <summary>∂L/∂ŷ = −ℓ′(y − ŷ), output by output.</summary>
    public Func<Sheet, Vector<double>> LossSlope { get; init; } = x => -(x.S.Y - x.T.YHat).Map(x.V.Loss.Derivative);

    /// <summary>f′(z1), the slopes of the second layer's units.</summary>
    public Func<Sheet, Vector<double>> Slope1 { get; init; } = x => x.T.Z1.Map(x.V.Activation.Derivative);

    /// <summary>f′(z0), the slopes of the first layer's units.</summary>
    public Func<Sheet, Vector<double>> Slope0 { get; init; } = x => x.T.Z0.Map(x.V.Activation.Derivative);

    /// <summary>∂L/∂W2 = δ2·h1ᵀ (m×b) from δ2 = ∂L/∂z2.</summary>
    public Func<Sheet, Vector<double>, Matrix<double>> W2Step { get; init; } = (x, dZ2) => dZ2.OuterProduct(x.T.H1);

    /// <summary>∂L/∂W3 = δ2·h0ᵀ (m×a) from δ2.</summary>
    public Func<Sheet, Vector<double>, Matrix<double>> W3Step { get; init; } = (x, dZ2) => dZ2.OuterProduct(x.T.H0);

    /// <summary>∂L/∂h1 = W2ᵀ·δ2 from δ2.</summary>
    public Func<Sheet, Vector<double>, Vector<double>> H1Step { get; init; } = (x, dZ2) => x.W.W2.TransposeThisAndMultiply(dZ2);

    /// <summary>The skip part of ∂L/∂h0, W3ᵀ·δ2, from δ2.</summary>
    public Func<Sheet, Vector<double>, Vector<double>> SkipStep { get; init; } = (x, dZ2) => x.W.W3.TransposeThisAndMultiply(dZ2);

    /// <summary>δ1 = ∂L/∂z1 = ∂L/∂h1 ⊙ f′(z1), from ∂L/∂h1 and the two layers' slopes (f′(z1), f′(z0)).</summary>
    public Func<Vector<double>, Vector<double>, Vector<double>, Vector<double>> Z1Step { get; init; } =
        (dH1, slope1, slope0) => dH1.PointwiseMultiply(slope1);

    /// <summary>∂L/∂W1 = δ1·h0ᵀ (b×a) from δ1.</summary>
    public Func<Sheet, Vector<double>, Matrix<double>> W1Step { get; init; } = (x, dZ1) => dZ1.OuterProduct(x.T.H0);

    /// <summary>The main part of ∂L/∂h0, W1ᵀ·δ1, from δ1.</summary>
    public Func<Sheet, Vector<double>, Vector<double>> MainStep { get; init; } = (x, dZ1) => x.W.W1.TransposeThisAndMultiply(dZ1);

    /// <summary>∂L/∂h0 from its skip and main parts: h0 feeds both paths, so they add.</summary>
    public Func<Vector<double>, Vector<double>, Vector<double>> H0Sum { get; init; } = (skip, main) => skip + main;

    /// <summary>δ0 = ∂L/∂z0 = (skip + main) ⊙ f′(z0), from the two parts of ∂L/∂h0 and f′(z0).</summary>
    public Func<Vector<double>, Vector<double>, Vector<double>, Vector<double>> Z0Step { get; init; } =
        (skip, main, slope0) => (skip + main).PointwiseMultiply(slope0);

    /// <summary>∂L/∂W0 = δ0·xᵀ (a×n) from δ0.</summary>
    public Func<Sheet, Vector<double>, Matrix<double>> W0Step { get; init; } = (x, dZ0) => dZ0.OuterProduct(x.S.X);

    /// <summary>∂L/∂x = W0ᵀ·δ0 from δ0.</summary>
    public Func<Sheet, Vector<double>, Vector<double>> XStep { get; init; } = (x, dZ0) => x.W.W0.TransposeThisAndMultiply(dZ0);

    /// <summary>The update W ← W − α·∂L/∂W.</summary>
    public Func<WeightMatrices, WeightMatrices, double, WeightMatrices> Update { get; init; } = WideSgd.Step;

    /// <summary>The gradients, step by step.</summary>
    public WideGradients Derive(WeightMatrices w, VectorSample s, Variant v)
    {
        var x = new Sheet(w, s, v, WideNetwork.Forward(w, s, v));
        var dZ2 = LossSlope(x);                                 // ŷ = z2 ⇒ ∂L/∂z2 = ∂L/∂ŷ
        var (slope1, slope0) = (Slope1(x), Slope0(x));
        var dH1 = H1Step(x, dZ2);
        var dZ1 = Z1Step(dH1, slope1, slope0);
        var skip = SkipStep(x, dZ2);
        var main = MainStep(x, dZ1);
        var dH0 = H0Sum(skip, main);
        var dZ0 = Z0Step(skip, main, slope0);
        return new WideGradients(
            dZ2, dZ2, W2Step(x, dZ2), W3Step(x, dZ2), dH1, dZ1, W1Step(x, dZ1),
            skip, main, dH0, dZ0, W0Step(x, dZ0), XStep(x, dZ0));
    }

    /// <summary>This derivation as the vectorised battery's derivation under test.</summary>
    public Derivation ToDerivation() => new(Name, Derive, Update);
}
