using SkipNet.Reference.Variants;
using static SkipNet.Checker.Numbers;

namespace SkipNet.Checker.Solve;

/// <summary>
/// How the answer sheet writes a variant's activation f and loss ℓ, in the exercise's Unicode notation: ReLU(z0),
/// LeakyReLU(z0), tanh(z0), σ(z0), softplus(z0), or z0 itself for the identity; |y − ŷ|, (y − ŷ)², or Huber's piece
/// the residual lies on.
/// </summary>
public sealed record VariantNotation(Variant Variant)
{
    /// <summary>f's name on the sheet; null for the identity, which is written as its argument.</summary>
    public string? Function => Variant.Activation.Kind switch
    {
        ActivationKind.Relu => "ReLU",
        ActivationKind.LeakyRelu => "LeakyReLU",
        ActivationKind.Tanh => "tanh",
        ActivationKind.Sigmoid => "σ",
        ActivationKind.Softplus => "softplus",
        _ => null,
    };

    /// <summary>f(argument): "tanh(z0)"; the identity's is the argument itself.</summary>
    public string Apply(string argument) => Function is { } f ? $"{f}({argument})" : argument;

    /// <summary>f′(argument), "tanh′(z1)"; null for the identity, whose f′ = 1 is left out of a product.</summary>
    public string? Derivative(string argument) => Function is { } f ? $"{f}′({argument})" : null;

    /// <summary>
    /// The line that defines f and ℓ, for any variant but the exercise's (whose sheet stays as it always was):
    /// "Network: h = tanh(z), L = (y − ŷ)²".
    /// </summary>
    public string? Definition
    {
        get
        {
            if (Variant == Variant.Exercise)
            {
                return null;
            }

            var (f, loss) = (Variant.Activation, Variant.Loss);
            var h = f.Kind switch
            {
                ActivationKind.LeakyRelu => $"LeakyReLU(z) = max(z, 0) + {Operand(f.Slope)}·min(z, 0)",
                ActivationKind.Sigmoid => "σ(z) = 1/(1 + e^(−z))",
                ActivationKind.Softplus => "softplus(z) = ln(1 + e^z)",
                _ => Apply("z"),
            };
            var l = loss.Kind switch
            {
                LossKind.L1 => "|y − ŷ|",
                LossKind.Squared => "(y − ŷ)²",
                _ => $"Huber(y − ŷ), δ = {Format(loss.Delta)}",
            };
            return $"Network: h = {h}, L = {l}";
        }
    }

    /// <summary>L = ℓ(y − ŷ) with its numbers; <paramref name="yHatSymbol"/> is ŷ or ŷ′.</summary>
    public (string Formula, string Substituted) Loss(string yHatSymbol, double y, double yHat)
    {
        var (r, rSubstituted) = ($"y − {yHatSymbol}", $"{Format(y)} − {Operand(yHat)}");
        var delta = Variant.Loss.Delta;
        return Variant.Loss.Kind switch
        {
            LossKind.L1 => ($"|{r}|", $"|{rSubstituted}|"),
            LossKind.Squared => ($"({r})²", $"({rSubstituted})²"),
            // ℓ = r²/2 for |r| ≤ δ, δ·(|r| − δ/2) beyond.
            _ when Math.Abs(y - yHat) <= delta => ($"({r})²/2 (the |{r}| ≤ δ piece)", $"({rSubstituted})²/2"),
            _ => ($"δ·(|{r}| − δ/2) (the |{r}| > δ piece)", $"{Operand(delta)}·(|{rSubstituted}| − {Format(delta)}/2)"),
        };
    }

    /// <summary>∂L/∂ŷ = −ℓ′(y − ŷ) with its numbers.</summary>
    public (string Formula, string Substituted) LossGradient(double y, double yHat)
    {
        var delta = Variant.Loss.Delta;
        return Variant.Loss.Kind switch
        {
            LossKind.L1 => ("sign(ŷ − y)", $"sign({Format(yHat)} − {Operand(y)})"),
            LossKind.Squared => ("−2(y − ŷ)", $"−2·({Format(y)} − {Operand(yHat)})"),
            // ℓ′ = r for |r| ≤ δ, δ·sign(r) beyond.
            _ when Math.Abs(y - yHat) <= delta => ("−(y − ŷ) (the |y − ŷ| ≤ δ piece)", $"−({Format(y)} − {Operand(yHat)})"),
            _ => ("−δ·sign(y − ŷ) (the |y − ŷ| > δ piece)", $"−{Operand(delta)}·sign({Format(y)} − {Operand(yHat)})"),
        };
    }

    /// <summary>The slopes used on the kinks the point sits on, as the kink line states them: "LeakyReLU′(0) = 0.01 is used".</summary>
    public string KinkConvention(IReadOnlyList<string> kinks)
    {
        ArgumentNullException.ThrowIfNull(kinks);
        var used = new List<string>();
        if (kinks.Contains("z0") || kinks.Contains("z1"))
        {
            used.Add($"{Function}′(0) = {Format(Variant.Activation.Derivative(0))}");
        }

        if (kinks.Contains("yhat=y"))
        {
            used.Add("d|u|/du = 0 at 0");
        }

        return string.Join(" and ", used) + (used.Count > 1 ? " are used" : " is used");
    }
}
