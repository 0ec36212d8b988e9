using MathNet.Numerics.LinearAlgebra;
using SkipNet.Analytic.Wide;
using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Analytic;

/// <summary>
/// The derivation a student should write: the chain rule applied backwards through the forward pass, one step a line,
/// for any widths, activation and loss; the exercise (widths 1,1,1,1, ReLU, L1) is its instance, read as scalars by
/// <see cref="WidthOne"/>. Jacobians are matrix products: a weight's gradient is an outer product δ·inputᵀ (the
/// weight's shape), a gradient sent back through a weight is Wᵀ·δ. At a kink it takes the <see cref="KinkSides"/>
/// asked for, PyTorch's slopes unless told otherwise: ReLU′(0) = 0 and d|u|/du = 0 at u = 0.
/// </summary>
public static class Backprop
{
    /// <summary>Every gradient at the point, with PyTorch's slopes at kinks.</summary>
    public static WideGradients Of(WeightMatrices weights, VectorSample sample, Variant variant) =>
        Of(weights, sample, variant, KinkSides.PyTorch);

    /// <summary>Every gradient at the point, with the given sides where a unit or a residual sits on its kink.</summary>
    public static WideGradients Of(WeightMatrices weights, VectorSample sample, Variant variant, KinkSides sides)
    {
        ArgumentNullException.ThrowIfNull(sides); // the rest: WideNetwork.Forward checks them
        var (w, t, f, loss) = (weights, WideNetwork.Forward(weights, sample, variant), variant.Activation, variant.Loss);

        var residual = sample.Y - t.YHat;
        var dYHat = -residual.Map(r => Slope(loss.Derivative, loss.LeftDerivative, loss.RightDerivative, r, sides.Residual));
                                                              // L = Σ ℓ(y − ŷ)       ⇒ ∂L/∂ŷ  = −ℓ′(y − ŷ)
        var dZ2 = dYHat;                                      // ŷ = z2               ⇒ ∂L/∂z2 = ∂L/∂ŷ
        var dW2 = dZ2.OuterProduct(t.H1);                     // z2 = W2·h1 + W3·h0   ⇒ ∂L/∂W2 = ∂L/∂z2·h1ᵀ   (m×b)
        var dW3 = dZ2.OuterProduct(t.H0);                     //                      ⇒ ∂L/∂W3 = ∂L/∂z2·h0ᵀ   (m×a)
        var dH1 = w.W2.TransposeThisAndMultiply(dZ2);         //                      ⇒ ∂L/∂h1 = W2ᵀ·∂L/∂z2
        var dH0ViaSkip = w.W3.TransposeThisAndMultiply(dZ2);  //                      ⇒ skip part of ∂L/∂h0 = W3ᵀ·∂L/∂z2
        var dZ1 = dH1.PointwiseMultiply(Slopes(f, t.Z1, sides.Z1)); // h1 = f(z1)     ⇒ ∂L/∂z1 = ∂L/∂h1 ⊙ f′(z1)
        var dW1 = dZ1.OuterProduct(t.H0);                     // z1 = W1·h0           ⇒ ∂L/∂W1 = ∂L/∂z1·h0ᵀ   (b×a)
        var dH0ViaMain = w.W1.TransposeThisAndMultiply(dZ1);  //                      ⇒ main part of ∂L/∂h0 = W1ᵀ·∂L/∂z1
        var dH0 = dH0ViaSkip + dH0ViaMain;                    // h0 feeds both paths: their contributions add
        var dZ0 = dH0.PointwiseMultiply(Slopes(f, t.Z0, sides.Z0)); // h0 = f(z0)     ⇒ ∂L/∂z0 = ∂L/∂h0 ⊙ f′(z0)
        var dW0 = dZ0.OuterProduct(sample.X);                 // z0 = W0·x            ⇒ ∂L/∂W0 = ∂L/∂z0·xᵀ    (a×n)
        var dX = w.W0.TransposeThisAndMultiply(dZ0);          //                      ⇒ ∂L/∂x  = W0ᵀ·∂L/∂z0

        return new WideGradients(dYHat, dZ2, dW2, dW3, dH1, dZ1, dW1, dH0ViaSkip, dH0ViaMain, dH0, dZ0, dW0, dX);
    }

    // f′ at each unit, with the chosen side where the unit sits on f's kink.
    private static Vector<double> Slopes(Activation f, Vector<double> z, KinkSide side) =>
        z.Map(zi => Slope(f.Derivative, f.LeftDerivative, f.RightDerivative, zi, side));

    // Off a kink the three agree; on one, the side decides.
    private static double Slope(Func<double, double> pyTorch, Func<double, double> left, Func<double, double> right, double at, KinkSide side) =>
        side switch
        {
            KinkSide.Left => left(at),
            KinkSide.Right => right(at),
            _ => pyTorch(at),
        };
}
