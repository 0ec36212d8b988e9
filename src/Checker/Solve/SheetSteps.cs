using static SkipNet.Checker.Numbers;

namespace SkipNet.Checker.Solve;

/// <summary>
/// The answer sheet as a good student writes it: each value with its chain-rule formula and the numbers substituted.
/// Formulas are in the Unicode notation of the exercise; renderers translate it.
/// </summary>
public static class SheetSteps
{
    public static IReadOnlyList<SheetSection> Of(AnswerSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var (w, s, rate) = (sheet.Given.Weights, sheet.Given.Sample, sheet.Given.LearningRate);
        var (t, g, u, t2) = (sheet.Forward, sheet.Gradients, sheet.Updated, sheet.Second);
        return
        [
            new("Forward pass",
            [
                new("z0", "w0·x", $"{Operand(w.W0)}·{Operand(s.X)}", t.Z0),
                new("h0", "ReLU(z0)", $"ReLU({Format(t.Z0)})", t.H0),
                new("z1", "w1·h0", $"{Operand(w.W1)}·{Operand(t.H0)}", t.Z1),
                new("h1", "ReLU(z1)", $"ReLU({Format(t.Z1)})", t.H1),
                new("z2", "w2·h1 + w3·h0", $"{Operand(w.W2)}·{Operand(t.H1)} + {Operand(w.W3)}·{Operand(t.H0)}", t.Z2),
                new("ŷ", "z2", Format(t.Z2), t.YHat),
                new("L", "|y − ŷ|", $"|{Format(s.Y)} − {Operand(t.YHat)}|", t.Loss),
            ]),
            new("Backward pass",
            [
                new("∂L/∂ŷ", "sign(ŷ − y)", $"sign({Format(t.YHat)} − {Operand(s.Y)})", g.DLdYHat),
                new("∂L/∂z2", "∂L/∂ŷ", Format(g.DLdYHat), g.DLdZ2),
                new("∂L/∂w2", "∂L/∂z2·h1", $"{Operand(g.DLdZ2)}·{Operand(t.H1)}", g.DLdW2),
                new("∂L/∂w3", "∂L/∂z2·h0", $"{Operand(g.DLdZ2)}·{Operand(t.H0)}", g.DLdW3),
                new("∂L/∂h1", "∂L/∂z2·w2", $"{Operand(g.DLdZ2)}·{Operand(w.W2)}", g.DLdH1),
                new("∂L/∂z1", "∂L/∂h1·ReLU′(z1)", $"{Operand(g.DLdH1)}·{Format(ReluSlope(t.Z1))}", g.DLdZ1),
                new("∂L/∂w1", "∂L/∂z1·h0", $"{Operand(g.DLdZ1)}·{Operand(t.H0)}", g.DLdW1),
                new("∂L/∂h0", "∂L/∂z2·w3 + ∂L/∂z1·w1 (skip + main)",
                    $"{Operand(g.DLdZ2)}·{Operand(w.W3)} + {Operand(g.DLdZ1)}·{Operand(w.W1)} = {Format(g.DLdH0ViaSkip)} + {Operand(g.DLdH0ViaMain)}",
                    g.DLdH0),
                new("∂L/∂z0", "∂L/∂h0·ReLU′(z0)", $"{Operand(g.DLdH0)}·{Format(ReluSlope(t.Z0))}", g.DLdZ0),
                new("∂L/∂w0", "∂L/∂z0·x", $"{Operand(g.DLdZ0)}·{Operand(s.X)}", g.DLdW0),
            ]),
            new($"SGD update, α = {Format(rate)}",
            [
                Update("w0", w.W0, g.DLdW0, u.W0, rate),
                Update("w1", w.W1, g.DLdW1, u.W1, rate),
                Update("w2", w.W2, g.DLdW2, u.W2, rate),
                Update("w3", w.W3, g.DLdW3, u.W3, rate),
            ]),
            new("Second forward pass, with the updated weights",
            [
                new("ŷ′", "w2′·ReLU(w1′·ReLU(w0′·x)) + w3′·ReLU(w0′·x)",
                    $"{Operand(u.W2)}·ReLU({Operand(u.W1)}·ReLU({Operand(u.W0)}·{Operand(s.X)})) + {Operand(u.W3)}·ReLU({Operand(u.W0)}·{Operand(s.X)})",
                    t2.YHat),
                new("L′", "|y − ŷ′|", $"|{Format(s.Y)} − {Operand(t2.YHat)}|", t2.Loss),
            ]),
        ];
    }

    // ReLU′ as the sheet shows it: PyTorch's 0 at z = 0.
    private static double ReluSlope(double z) => z > 0 ? 1 : 0;

    private static SheetStep Update(string weight, double before, double gradient, double after, double rate) =>
        new($"{weight}′", $"{weight} − α·∂L/∂{weight}", $"{Format(before)} − {Operand(rate)}·{Operand(gradient)}", after);
}
