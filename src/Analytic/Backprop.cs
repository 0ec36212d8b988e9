using SkipNet.Reference;

namespace SkipNet.Analytic;

/// <summary>
/// The derivation a student should write: the chain rule applied backwards through the forward pass, one step a
/// line. At the non-differentiable points it follows a <see cref="KinkConvention"/>, PyTorch's unless told otherwise:
/// ReLU′(0) = 0 and d|u|/du = 0 at u = 0.
/// </summary>
public static class Backprop
{
    /// <summary>Every gradient at the point, with PyTorch's convention at kinks.</summary>
    public static Gradients Of(Parameters parameters, Sample sample) => Of(parameters, sample, KinkConvention.PyTorch);

    /// <summary>Every gradient at the point, with the given slopes where ReLU or |·| sit exactly on their kink.</summary>
    public static Gradients Of(Parameters parameters, Sample sample, KinkConvention convention)
    {
        ArgumentNullException.ThrowIfNull(convention); // parameters and sample: Network.Forward checks them
        var (w, t, at0) = (parameters, Network.Forward(parameters, sample), convention);

        var dYHat = Sign(t.YHat - sample.Y, at0.AbsSlopeAtZero);           // L = |y − ŷ|         ⇒ ∂L/∂ŷ  = sign(ŷ − y)
        var dZ2 = dYHat;                                                   // ŷ = z2              ⇒ ∂L/∂z2 = ∂L/∂ŷ
        var dW2 = dZ2 * t.H1;                                              // z2 = w2·h1 + w3·h0  ⇒ ∂L/∂w2 = ∂L/∂z2·h1
        var dW3 = dZ2 * t.H0;                                              //                     ⇒ ∂L/∂w3 = ∂L/∂z2·h0
        var dH1 = dZ2 * w.W2;                                              //                     ⇒ ∂L/∂h1 = ∂L/∂z2·w2
        var dH0ViaSkip = dZ2 * w.W3;                                       //                     ⇒ skip part of ∂L/∂h0 = ∂L/∂z2·w3
        var dZ1 = dH1 * ReluDerivative(t.Z1, at0.ReluSlopeAtZeroZ1);       // h1 = ReLU(z1)       ⇒ ∂L/∂z1 = ∂L/∂h1·ReLU′(z1)
        var dW1 = dZ1 * t.H0;                                              // z1 = w1·h0          ⇒ ∂L/∂w1 = ∂L/∂z1·h0
        var dH0ViaMain = dZ1 * w.W1;                                       //                     ⇒ main part of ∂L/∂h0 = ∂L/∂z1·w1
        var dH0 = dH0ViaSkip + dH0ViaMain;                                 // h0 feeds both paths: their contributions add
        var dZ0 = dH0 * ReluDerivative(t.Z0, at0.ReluSlopeAtZeroZ0);       // h0 = ReLU(z0)       ⇒ ∂L/∂z0 = ∂L/∂h0·ReLU′(z0)
        var dW0 = dZ0 * sample.X;                                          // z0 = w0·x           ⇒ ∂L/∂w0 = ∂L/∂z0·x
        var dX = dZ0 * w.W0;                                               //                     ⇒ ∂L/∂x  = ∂L/∂z0·w0

        return new Gradients(dYHat, dZ2, dW2, dW3, dH1, dZ1, dW1, dH0ViaSkip, dH0ViaMain, dH0, dZ0, dW0, dX);
    }

    // ReLU′(z) = 1 for z > 0, 0 for z < 0, the convention's slope at z = 0.
    private static double ReluDerivative(double z, double atZero) => z > 0 ? 1 : z < 0 ? 0 : atZero;

    // d|u|/du = sign(u) for u ≠ 0, the convention's slope at u = 0.
    private static double Sign(double u, double atZero) => u > 0 ? 1 : u < 0 ? -1 : atZero;
}
