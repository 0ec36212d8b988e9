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
        var f = new VariantNotation(sheet.Variant);
        var (loss, lossGradient, secondLoss) = (f.Loss("ŷ", s.Y, t.YHat), f.LossGradient(s.Y, t.YHat), f.Loss("ŷ′", s.Y, t2.YHat));
        return
        [
            new("Forward pass",
            [
                new("z0", "w0·x", $"{Operand(w.W0)}·{Operand(s.X)}", t.Z0),
                new("h0", f.Apply("z0"), f.Apply(Format(t.Z0)), t.H0),
                new("z1", "w1·h0", $"{Operand(w.W1)}·{Operand(t.H0)}", t.Z1),
                new("h1", f.Apply("z1"), f.Apply(Format(t.Z1)), t.H1),
                new("z2", "w2·h1 + w3·h0", $"{Operand(w.W2)}·{Operand(t.H1)} + {Operand(w.W3)}·{Operand(t.H0)}", t.Z2),
                new("ŷ", "z2", Format(t.Z2), t.YHat),
                new("L", loss.Formula, loss.Substituted, t.Loss),
            ]),
            new("Backward pass",
            [
                new("∂L/∂ŷ", lossGradient.Formula, lossGradient.Substituted, g.DLdYHat),
                new("∂L/∂z2", "∂L/∂ŷ", Format(g.DLdYHat), g.DLdZ2),
                new("∂L/∂w2", "∂L/∂z2·h1", $"{Operand(g.DLdZ2)}·{Operand(t.H1)}", g.DLdW2),
                new("∂L/∂w3", "∂L/∂z2·h0", $"{Operand(g.DLdZ2)}·{Operand(t.H0)}", g.DLdW3),
                new("∂L/∂h1", "∂L/∂z2·w2", $"{Operand(g.DLdZ2)}·{Operand(w.W2)}", g.DLdH1),
                ThroughActivation("∂L/∂z1", "∂L/∂h1", "z1", g.DLdH1, t.Z1, g.DLdZ1, f),
                new("∂L/∂w1", "∂L/∂z1·h0", $"{Operand(g.DLdZ1)}·{Operand(t.H0)}", g.DLdW1),
                new("∂L/∂h0", "∂L/∂z2·w3 + ∂L/∂z1·w1 (skip + main)",
                    $"{Operand(g.DLdZ2)}·{Operand(w.W3)} + {Operand(g.DLdZ1)}·{Operand(w.W1)} = {Format(g.DLdH0ViaSkip)} + {Operand(g.DLdH0ViaMain)}",
                    g.DLdH0),
                ThroughActivation("∂L/∂z0", "∂L/∂h0", "z0", g.DLdH0, t.Z0, g.DLdZ0, f),
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
                new("ŷ′", $"w2′·{f.Apply($"w1′·{f.Apply("w0′·x")}")} + w3′·{f.Apply("w0′·x")}",
                    $"{Operand(u.W2)}·{f.Apply($"{Operand(u.W1)}·{f.Apply($"{Operand(u.W0)}·{Operand(s.X)}")}")} + {Operand(u.W3)}·{f.Apply($"{Operand(u.W0)}·{Operand(s.X)}")}",
                    t2.YHat),
                new("L′", secondLoss.Formula, secondLoss.Substituted, t2.Loss),
            ]),
        ];
    }

    // ∂L/∂z = ∂L/∂h·f′(z), f′ as PyTorch takes it (ReLU′(0) = 0); the identity's f′ = 1 is left out.
    private static SheetStep ThroughActivation(string symbol, string upstream, string z, double upstreamValue, double zValue, double value, VariantNotation f) =>
        f.Derivative(z) is { } derivative
            ? new(symbol, $"{upstream}·{derivative}", $"{Operand(upstreamValue)}·{Format(f.Variant.Activation.Derivative(zValue))}", value)
            : new(symbol, upstream, Format(upstreamValue), value);

    private static SheetStep Update(string weight, double before, double gradient, double after, double rate) =>
        new($"{weight}′", $"{weight} − α·∂L/∂{weight}", $"{Format(before)} − {Operand(rate)}·{Operand(gradient)}", after);
}
