using SkipNet.Analytic;
using SkipNet.Reference;
using SkipNet.Checker.Truth;
using SkipNet.Reference.Variants;

namespace SkipNet.Checker.Judging;

/// <summary>
/// The classic mistakes, as the wrong value each produces for a quantity. A wrong claim that equals one of them,
/// to its written precision, is explained by it.
/// </summary>
public static class Diagnoses
{
    public const string SignFlipped = "sign flipped";
    public const string SumForAbsolute = "y + ŷ computed for |y − ŷ|";
    public const string SkipMissing = "the skip term w3·∂L/∂z2 is missing";
    public const string MainMissing = "the main-path term w1·∂L/∂z1 is missing";
    public const string MaskMissing = "the ReLU mask is missing";
    public const string UpdateSign = "the update climbs: w + α·∂L/∂w instead of w − α·∂L/∂w";
    public const string OldWeights = "the second pass was run with the old weights";

    /// <summary>The first mistake whose value matches the claim, or null.</summary>
    public static string? Explain(string name, double claim, double tolerance, Given given, Func<string, double> claimedOrTrue)
    {
        ArgumentNullException.ThrowIfNull(given);
        ArgumentNullException.ThrowIfNull(claimedOrTrue);
        return Candidates(name, given, claimedOrTrue)
            .Where(c => double.IsFinite(c.Value) && Math.Abs(c.Value - claim) <= tolerance)
            .Select(c => c.Diagnosis)
            .FirstOrDefault();
    }

    private static IEnumerable<(string Diagnosis, double Value)> Candidates(string name, Given given, Func<string, double> v)
    {
        var (w, s, rate, variant) = (given.Weights, given.Sample, given.LearningRate, given.Variant);
        var t = Network.Forward(w, s, variant);
        var g = WidthOne.Backward(w, s, variant);
        var truth = TrueValues.At(given)[name].Value;
        var paths = PathTerms.Of(name, w, s, variant);
        var maskMissing = variant.Activation.Kind == ActivationKind.Relu ? MaskMissing : $"the factor {variant.Activation.Name}′(z) is missing";

        if (truth != 0)
        {
            yield return (SignFlipped, -truth);
        }

        if (paths is var (skip, main))
        {
            yield return (SkipMissing, main);
            yield return (MainMissing, skip);
        }

        switch (name)
        {
            case "loss" when variant.Loss.Kind == LossKind.L1:
                yield return (SumForAbsolute, s.Y + v("yhat"));
                yield return (SumForAbsolute, s.Y + t.YHat);
                break;
            case "second.loss":
                if (variant.Loss.Kind == LossKind.L1)
                {
                    yield return (SumForAbsolute, s.Y + v("second.yhat"));
                }

                yield return (OldWeights, t.Loss);
                break;
            case "second.yhat":
                yield return (OldWeights, t.YHat);
                break;
            case "dL/dz0":
                yield return (maskMissing, g.DLdH0);
                break;
            case "dL/dw0":
                yield return (maskMissing, g.DLdH0 * s.X);
                break;
            case "dL/dz1":
                yield return (maskMissing, g.DLdH1);
                break;
            case "dL/dw1":
                yield return (maskMissing, g.DLdH1 * t.H0);
                break;
            case "dL/dh1":
                yield return ("the wrong weight: w3 used where w2 belongs", g.DLdZ2 * w.W3);
                yield return ("the wrong weight: w1 used where w2 belongs", g.DLdZ2 * w.W1);
                break;
            case "dL/dw2":
                yield return ("the wrong activation: h0 used where h1 belongs", g.DLdZ2 * t.H0);
                break;
            case "dL/dw3":
                yield return ("the wrong activation: h1 used where h0 belongs", g.DLdZ2 * t.H1);
                break;
            case var updated when updated.StartsWith("updated.", StringComparison.Ordinal):
                var weight = updated["updated.".Length..];
                yield return (UpdateSign, v(weight) + rate * v("dL/d" + weight));
                break;
        }

        // The wrong weight in the skip or main term of ∂L/∂h0 and everything after it.
        if (name is "dL/dh0")
        {
            yield return ("the wrong weight: w1 used where the skip weight w3 belongs", g.DLdZ2 * w.W1 + g.DLdH0ViaMain);
            yield return ("the wrong weight: w3 used where w1 belongs in the main term", g.DLdH0ViaSkip + g.DLdZ1 * w.W3);
        }
    }
}
