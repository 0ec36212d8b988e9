using SkipNet.Reference;

namespace SkipNet.Analytic;

/// <summary>
/// The derivation a student should write: the chain rule applied backwards through the forward pass, one step a
/// line. At the non-differentiable points it follows PyTorch: ReLU′(0) = 0 and d|u|/du = 0 at u = 0.
/// </summary>
public static class Backprop
{
    /// <summary>Every gradient at the point.</summary>
    public static Gradients Of(Parameters parameters, Sample sample)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(sample);
        var t = Network.Forward(parameters, sample);

        var dYHat = Sign(t.YHat - sample.Y);           // L = |y − ŷ|       ⇒ ∂L/∂ŷ  = sign(ŷ − y)
        var dZ2 = dYHat;                               // ŷ = z2            ⇒ ∂L/∂z2 = ∂L/∂ŷ
        var dW2 = dZ2 * t.H1;                          // z2 = w2·h1 + w3·h0 ⇒ ∂L/∂w2 = ∂L/∂z2·h1
        var dW3 = dZ2 * t.H0;                          //                   ⇒ ∂L/∂w3 = ∂L/∂z2·h0
        var dH1 = dZ2 * parameters.W2;                 //                   ⇒ ∂L/∂h1 = ∂L/∂z2·w2
        var dH0ViaSkip = dZ2 * parameters.W3;          //                   ⇒ skip part of ∂L/∂h0 = ∂L/∂z2·w3
        var dZ1 = dH1 * ReluDerivative(t.Z1);          // h1 = ReLU(z1)     ⇒ ∂L/∂z1 = ∂L/∂h1·ReLU′(z1)
        var dW1 = dZ1 * t.H0;                          // z1 = w1·h0        ⇒ ∂L/∂w1 = ∂L/∂z1·h0
        var dH0ViaMain = dZ1 * parameters.W1;          //                   ⇒ main part of ∂L/∂h0 = ∂L/∂z1·w1
        var dH0 = dH0ViaSkip + dH0ViaMain;             // h0 feeds both paths: their contributions add
        var dZ0 = dH0 * ReluDerivative(t.Z0);          // h0 = ReLU(z0)     ⇒ ∂L/∂z0 = ∂L/∂h0·ReLU′(z0)
        var dW0 = dZ0 * sample.X;                      // z0 = w0·x         ⇒ ∂L/∂w0 = ∂L/∂z0·x

        return new Gradients(dYHat, dZ2, dW2, dW3, dH1, dZ1, dW1, dH0ViaSkip, dH0ViaMain, dH0, dZ0, dW0);
    }

    // ReLU′(z) = 1 for z > 0, else 0 (PyTorch's choice at z = 0).
    private static double ReluDerivative(double z) => z > 0 ? 1 : 0;

    // sign(u) ∈ {−1, 0, +1}; 0 at u = 0 is PyTorch's d|u|/du there.
    private static double Sign(double u) => u > 0 ? 1 : u < 0 ? -1 : 0;
}
