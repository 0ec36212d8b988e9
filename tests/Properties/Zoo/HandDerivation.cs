using SkipNet.Analytic;
using SkipNet.Reference;


namespace SkipNet.Properties.Zoo;

/// <summary>What a student has in front of them while deriving: the weights, the sample and the forward pass.</summary>
public sealed record Sheet(Parameters W, Sample S, ForwardTrace<double> T);

/// <summary>
/// A student's hand derivation of the backward pass, one replaceable chain-rule step a property. The defaults are
/// the correct steps; a member of the zoo replaces the one step its mistake is in.
/// </summary>
public sealed record HandDerivation(string Name)
{
    /// <summary>∂L/∂ŷ = sign(ŷ − y).</summary>
    public Func<Sheet, double> LossSlope { get; init; } = x => Math.Sign(x.T.YHat - x.S.Y);

    /// <summary>ReLU′(z1), the mask of the second unit.</summary>
    public Func<Sheet, double> Mask1 { get; init; } = x => x.T.Z1 > 0 ? 1 : 0;

    /// <summary>ReLU′(z0), the mask of the first unit.</summary>
    public Func<Sheet, double> Mask0 { get; init; } = x => x.T.Z0 > 0 ? 1 : 0;

    /// <summary>∂L/∂w2 from ∂L/∂z2.</summary>
    public Func<Sheet, double, double> W2Step { get; init; } = (x, dZ2) => dZ2 * x.T.H1;

    /// <summary>∂L/∂w3 from ∂L/∂z2.</summary>
    public Func<Sheet, double, double> W3Step { get; init; } = (x, dZ2) => dZ2 * x.T.H0;

    /// <summary>∂L/∂h1 from ∂L/∂z2.</summary>
    public Func<Sheet, double, double> H1Step { get; init; } = (x, dZ2) => dZ2 * x.W.W2;

    /// <summary>The skip part of ∂L/∂h0 from ∂L/∂z2.</summary>
    public Func<Sheet, double, double> SkipStep { get; init; } = (x, dZ2) => dZ2 * x.W.W3;

    /// <summary>∂L/∂w1 from ∂L/∂z1.</summary>
    public Func<Sheet, double, double> W1Step { get; init; } = (x, dZ1) => dZ1 * x.T.H0;

    /// <summary>The main part of ∂L/∂h0 from ∂L/∂z1.</summary>
    public Func<Sheet, double, double> MainStep { get; init; } = (x, dZ1) => dZ1 * x.W.W1;

    /// <summary>∂L/∂h0 from its skip and main parts.</summary>
    public Func<double, double, double> H0Sum { get; init; } = (skip, main) => skip + main;

    /// <summary>∂L/∂z0 from the sheet, the skip and main parts and the mask of the first unit.</summary>
    public Func<Sheet, double, double, double, double> Z0Step { get; init; } = (x, skip, main, mask0) => (skip + main) * mask0;

    /// <summary>∂L/∂w0 from ∂L/∂z0.</summary>
    public Func<Sheet, double, double> W0Step { get; init; } = (x, dZ0) => dZ0 * x.S.X;

    /// <summary>∂L/∂x from ∂L/∂z0.</summary>
    public Func<Sheet, double, double> XStep { get; init; } = (x, dZ0) => dZ0 * x.W.W0;

    /// <summary>The update w ← w − α·g.</summary>
    public Func<Parameters, Parameters, double, Parameters> Update { get; init; } = Sgd.Step;

    /// <summary>The gradients, step by step.</summary>
    public Gradients Derive(Parameters w, Sample s)
    {
        var x = new Sheet(w, s, Network.Forward(w, s));
        var dZ2 = LossSlope(x);
        var dH1 = H1Step(x, dZ2);
        var dZ1 = dH1 * Mask1(x);
        var skip = SkipStep(x, dZ2);
        var main = MainStep(x, dZ1);
        var dZ0 = Z0Step(x, skip, main, Mask0(x));
        return new Gradients(
            dZ2, dZ2, W2Step(x, dZ2), W3Step(x, dZ2), dH1, dZ1, W1Step(x, dZ1),
            skip, main, H0Sum(skip, main), dZ0, W0Step(x, dZ0), XStep(x, dZ0));
    }

    /// <summary>This derivation as the battery's derivation under test.</summary>
    public Derivation ToDerivation() => new(Name, Derive, Update);
}
