using SkipNet.Reference;


namespace SkipNet.Properties.Zoo;

/// <summary>
/// Classic hand-derivation mistakes, each a one-step change to a correct derivation, and controls: correct
/// derivations written differently, which the battery must accept.
/// </summary>
public static class MistakeZoo
{
    private static readonly HandDerivation Correct = new("correct");

    /// <summary>Wrong derivations: the battery must falsify each.</summary>
    public static IReadOnlyList<HandDerivation> Mistakes { get; } =
    [
        // The worked example's own two errors.
        Correct with { Name = "L1 sign rule flipped (−1 when ŷ > y)", LossSlope = x => x.T.YHat > x.S.Y ? -1 : 1 },
        Correct with { Name = "kink condition of ∂L/∂w0 written z0 > 1", Mask0 = x => x.T.Z0 > 1 ? 1 : 0 },

        Correct with { Name = "skip term missing from ∂L/∂h0", H0Sum = (skip, main) => main, Z0Step = (x, skip, main, m) => main * m },
        Correct with { Name = "main-path term missing from ∂L/∂h0", H0Sum = (skip, main) => skip, Z0Step = (x, skip, main, m) => skip * m },
        Correct with { Name = "w1 used where the skip weight w3 belongs", SkipStep = (x, dZ2) => dZ2 * x.W.W1 },
        Correct with { Name = "factor x dropped from ∂L/∂w0", W0Step = (x, dZ0) => dZ0 },
        Correct with { Name = "w2 dropped from ∂L/∂z1", H1Step = (x, dZ2) => dZ2 },
        Correct with { Name = "h1 used instead of h0 in ∂L/∂w3", W3Step = (x, dZ2) => dZ2 * x.T.H1 },
        Correct with { Name = "ReLU mask omitted", Mask0 = x => 1, Mask1 = x => 1 },
        Correct with { Name = "mask of z1 taken from z0", Mask1 = x => x.T.Z0 > 0 ? 1 : 0 },
        Correct with { Name = "squared-loss gradient 2(ŷ − y) used for L1", LossSlope = x => 2 * (x.T.YHat - x.S.Y) },
        Correct with { Name = "update climbs: w + α·g", Update = (w, g, rate) => Sgd.Step(w, g, -rate) },
        Correct with { Name = "transposed factor: ∂L/∂w1 = ∂L/∂z1·w1", W1Step = (x, dZ1) => dZ1 * x.W.W1 },
        Correct with { Name = "h0 used instead of h1 in ∂L/∂w2", W2Step = (x, dZ2) => dZ2 * x.T.H0 },
        Correct with { Name = "h0 used instead of x in ∂L/∂w0", W0Step = (x, dZ0) => dZ0 * x.T.H0 },
        Correct with { Name = "x used instead of h0 in ∂L/∂w1", W1Step = (x, dZ1) => dZ1 * x.S.X },
        Correct with { Name = "w3 used instead of w2 in ∂L/∂h1", H1Step = (x, dZ2) => dZ2 * x.W.W3 },
        Correct with { Name = "ReLU mask inverted (z < 0)", Mask0 = x => x.T.Z0 < 0 ? 1 : 0 },
        Correct with { Name = "first mask applied to the main part only", Z0Step = (x, skip, main, m) => main * m + skip },
        Correct with { Name = "derivative of |u| taken as 1", LossSlope = x => 1 },
        Correct with { Name = "upstream gradient forgotten in ∂L/∂w3", W3Step = (x, dZ2) => x.T.H0 },
        Correct with { Name = "learning rate left out of the update", Update = (w, g, rate) => Sgd.Step(w, g, 1) },
        Correct with { Name = "skip and main parts subtracted", H0Sum = (skip, main) => skip - main, Z0Step = (x, skip, main, m) => (skip - main) * m },
    ];

    /// <summary>A mistake of a different shape: every gradient taken at the weights after the update (α = 1).</summary>
    public static Derivation GradientsAtUpdatedWeights { get; } = new(
        "gradients taken at the updated weights",
        (w, s) => Correct.Derive(Sgd.Step(w, Correct.Derive(w, s).ForWeights, 1), s),
        Sgd.Step);

    /// <summary>Correct derivations written differently: the battery must accept each.</summary>
    public static IReadOnlyList<Derivation> Controls { get; } =
    [
        (Correct with { Name = "control: masks read from h > 0", Mask0 = x => x.T.H0 > 0 ? 1 : 0, Mask1 = x => x.T.H1 > 0 ? 1 : 0 })
            .ToDerivation(),
        (Correct with { Name = "control: masks z ≥ 0 (ReLU′(0) = 1)", Mask0 = x => x.T.Z0 >= 0 ? 1 : 0, Mask1 = x => x.T.Z1 >= 0 ? 1 : 0 })
            .ToDerivation(),
        (Correct with
        {
            Name = "control: ∂L/∂w0 rearranged as sign·x·mask0·(w3 + w2·w1·mask1)",
            W0Step = (x, dZ0) => Math.Sign(x.T.YHat - x.S.Y) * x.S.X * (x.T.Z0 > 0 ? 1 : 0)
                * (x.W.W3 + x.W.W2 * x.W.W1 * (x.T.Z1 > 0 ? 1 : 0)),
        }).ToDerivation(),
    ];

    /// <summary>Every wrong derivation, as the battery takes them.</summary>
    public static IReadOnlyList<Derivation> WrongDerivations { get; } =
        Mistakes.Select(m => m.ToDerivation()).Append(GradientsAtUpdatedWeights).ToArray();
}
