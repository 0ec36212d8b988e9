using SkipNet.Analytic;
using SkipNet.Analytic.Wide;
using SkipNet.Checker.GradCheck;
using SkipNet.Points;
using SkipNet.Reference;
using SkipNet.Reference.Oracles;
using SkipNet.Reference.Wide;

namespace SkipNet.Checker.Tests.PyTorch;

/// <summary>
/// SkipNet against PyTorch 1.13.1's autograd and gradcheck, from the committed vectors (peers/pytorch/conformance.json;
/// no Python needed): the exercise to the bit, the variants and widths within <see cref="TorchRoundingBound"/>, and
/// SkipNet's gradient check where PyTorch's raises an alarm. Every count is asserted exactly; regenerating the file
/// with other seeds or sizes means restating them.
/// </summary>
public sealed class PyTorchConformanceTests
{
    private static ConformanceVectors Vectors => ConformanceVectors.Default;

    [Fact]
    public void ConformanceVectors_HaveTheirStatedSizes()
    {
        var kinds = Vectors.Exercise.GroupBy(p => Family(p.Kind)).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(3129, Vectors.Exercise.Count);
        Assert.Equal(
            new Dictionary<string, int> { ["grid"] = 729, ["exercise"] = 500, ["wide"] = 500, ["mixed"] = 300, ["kink"] = 600, ["stacked"] = 300, ["dead"] = 200 },
            kinds);
        Assert.Equal(2346, Vectors.Exercise.Count(p => Kinks.IsOnKink(Point(p))));
        Assert.Equal(1060, Vectors.Exercise.Count(p => KinksAt(Point(p)) >= 2));
        Assert.Equal(900, Vectors.Variants.Count);
        Assert.Equal(45, Vectors.Variants.Select(p => p.Variant).Distinct().Count());
        Assert.Equal(40, Vectors.Wide.Count);
        Assert.Equal(5096, Vectors.Wide.Sum(p => p.Gradients.Count));
        Assert.Equal("1.13.0a0", Vectors.TorchVersion); // Debian's python3-torch 1.13.1+dfsg reports itself so
    }

    [Fact]
    public void Exercise_EqualsPyTorch_BitForBit()
    {
        var (compared, signOfZero) = (0, 0);
        foreach (var p in Vectors.Exercise)
        {
            var (g, t) = (WidthOne.Backward(p.Parameters, p.Sample), Network.Forward(p.Parameters, p.Sample));
            Assert.True(Same(t.Loss, p.Loss), $"L at {Point(p)}: SkipNet {t.Loss:R}, PyTorch {p.Loss:R}");
            foreach (var (node, torch) in p.Gradients)
            {
                var mine = g.For(node);
                Assert.True(Same(mine, torch), $"∂L/∂{node} at {Point(p)}: SkipNet {mine:R}, PyTorch {torch:R}");
                signOfZero += BitConverter.DoubleToInt64Bits(mine) != BitConverter.DoubleToInt64Bits(torch) ? 1 : 0;
                compared++;
            }
        }

        Assert.Equal(3129 * 10, compared);
        // Only zeros' signs differ (Same above): the two form zeros through different operations (∂L/∂w2 at h1 = 0 is +0
        // here where PyTorch has −0; ∂L/∂w0 differs both ways). The count pins it.
        Assert.Equal(7284, signOfZero);
    }

    [Fact]
    public void Variants_AgreeWithPyTorch_WithinTheRoundingBound()
    {
        var (compared, otherPieces) = CompareWithinBound(Vectors.Variants);
        Assert.Equal(8940, compared);
        // An L1 residual placed at y = ŷ by PyTorch's tanh or softplus, which SkipNet's rounds an ulp away: there the two
        // passes sit on different sides of the kink, and sign(r) differs by a whole step. Their forward passes agree
        // within the bound (ForwardPass_AgreesWithPyTorch_WithinTheRoundingBound).
        Assert.Equal(6, otherPieces);
    }

    [Fact]
    public void Wide_AgreesWithPyTorch_WithinTheRoundingBound()
    {
        var (compared, otherPieces) = CompareWithinBound(Vectors.Wide);
        Assert.Equal(5096, compared);
        Assert.Equal(0, otherPieces);
    }

    [Fact]
    public void ForwardPass_AgreesWithPyTorch_WithinTheRoundingBound()
    {
        foreach (var p in Vectors.Variants.Concat(Vectors.Wide))
        {
            var t = WideNetwork.Forward(p.Weights, p.Sample, p.Variant);
            var d = TorchRoundingBound.ForwardDifferences(p.Weights, p.Sample, p.Variant, t);
            var nodes = new[] { ("z0", t.Z0, p.Forward.Z0, d.Z0), ("h0", t.H0, p.Forward.H0, d.H0), ("z1", t.Z1, p.Forward.Z1, d.Z1), ("h1", t.H1, p.Forward.H1, d.H1), ("z2", t.Z2, p.Forward.Z2, d.Z2) };
            foreach (var (name, mine, torch, bound) in nodes)
            {
                for (var i = 0; i < mine.Count; i++)
                {
                    Assert.True(Math.Abs(mine[i] - torch[i]) <= bound[i], $"{name}[{i}] ({p.Variant}): SkipNet {mine[i]:R}, PyTorch {torch[i]:R}, bound {bound[i]:R}");
                }
            }

            // Each pass's L is within WideRoundingScale.LossError of the exact L (a probe that moves nothing).
            var stay = new EntryProbe(new Entry(Node.X, 0), p.Sample.X[0], 0);
            var lossBound = 2 * WideRoundingScale.LossError(p.Weights, p.Sample, p.Variant, stay);
            Assert.True(Math.Abs(t.Loss - p.Loss) <= lossBound, $"L ({p.Variant}): SkipNet {t.Loss:R}, PyTorch {p.Loss:R}, bound {lossBound:R}");
        }
    }

    [Fact]
    public void GradientCheck_NeverSaysMismatch_WherePyTorchsGradcheckFails()
    {
        var verdicts = new Dictionary<CheckVerdict, int> { [CheckVerdict.Ok] = 0, [CheckVerdict.Kink] = 0, [CheckVerdict.Mismatch] = 0 };
        var (alarms, atKink, mismatches) = (0, 0, 0);
        foreach (var p in Vectors.Exercise)
        {
            var rows = GradientCheck.At(p.Parameters, p.Sample, null);
            mismatches += rows.Count(r => r.Verdict == CheckVerdict.Mismatch);
            for (var i = 0; i < rows.Count; i++)
            {
                if (p.GradCheck[i])
                {
                    continue;
                }

                alarms++;
                verdicts[rows[i].Verdict]++;
                atKink += rows[i].KinkAtPoint ? 1 : 0;
            }
        }

        Assert.Equal(3129 * 5, Vectors.Exercise.Sum(p => p.GradCheck.Count));
        Assert.Equal(736, alarms);
        Assert.Equal((30, 706, 0), (verdicts[CheckVerdict.Ok], verdicts[CheckVerdict.Kink], verdicts[CheckVerdict.Mismatch]));
        Assert.Equal(706, atKink);       // every kink verdict: L is not differentiable at the point itself
        Assert.Equal(0, mismatches);     // and none of the 15,645 gradients is a mismatch for SkipNet
    }

    [Fact]
    public void EntryCheck_SaysMismatch_WherePyTorchsGradcheckFails_OnlyWherePyTorchsValueIsNoOneSidedSlope()
    {
        var (alarms, ok, kink, mismatch, noOneSidedSlope) = (0, 0, 0, 0, 0);
        foreach (var p in Vectors.Variants)
        {
            var rows = EntryCheck.At(p.Weights, p.Sample, p.Variant, null);
            var magnitudes = PathMagnitude.Of(p.Weights, p.Sample, p.Variant);
            for (var i = 0; i < rows.Count; i++)
            {
                if (p.GradCheck[i])
                {
                    continue;
                }

                alarms++;
                var row = rows[i];
                var tolerance = PathMagnitude.Tolerance(row.Entry, magnitudes, p.Weights.Widths);
                if (row.Verdict == CheckVerdict.Mismatch)
                {
                    // Stacked kinks of leaky ReLU (z0 = 0 forces z1 = 0): the convention's s·s lies outside the exact
                    // one-sided slopes, so the value PyTorch and SkipNet both compute is no derivative from either side.
                    Assert.False(row.Exact.Contains(row.Analytic, tolerance), $"{row.Entry} ({p.Variant}): {row.Analytic:R} within {row.Exact}");
                    Assert.Equal(0, p.Forward.Z0[0]);
                    Assert.Equal(0, p.Forward.Z1[0]);
                    noOneSidedSlope++;
                }

                (ok, kink, mismatch) = row.Verdict switch
                {
                    CheckVerdict.Ok => (ok + 1, kink, mismatch),
                    CheckVerdict.Kink => (ok, kink + 1, mismatch),
                    _ => (ok, kink, mismatch + 1),
                };
            }
        }

        Assert.Equal(900 * 5, Vectors.Variants.Sum(p => p.GradCheck.Count));
        Assert.Equal(190, alarms);
        // 5 of the alarms are Huber residuals whose stencil crosses both seams (r from above δ to below −δ): kink, not ok.
        Assert.Equal((54, 125, 11), (ok, kink, mismatch));
        Assert.Equal(11, noOneSidedSlope);
        Assert.All(Vectors.Wide, p => Assert.Equal([true], p.GradCheck)); // gradcheck passes every vectorised point
    }

    [Fact]
    public void EntryCheck_NeverSaysMismatch_OnTheWiderNetworks()
    {
        var rows = Vectors.Wide.SelectMany(p => EntryCheck.At(p.Weights, p.Sample, p.Variant, null)).ToArray();
        Assert.Equal(Vectors.Wide.Sum(p => Entry.OfInputs(p.Weights.Widths).Count), rows.Length);
        Assert.Equal(8 * (19 + 29 + 60 + 149 + 264), rows.Length); // weight and x entries of 2,3,2,1 … 8,8,8,8
        Assert.DoesNotContain(rows, r => r.Verdict == CheckVerdict.Mismatch);
    }

    // Every gradient entry within the bound, at the points where both passes lie on the same pieces.
    private static (int Compared, int OtherPieces) CompareWithinBound(IReadOnlyList<TorchWidePoint> points)
    {
        var (compared, otherPieces) = (0, 0);
        foreach (var p in points)
        {
            var t = WideNetwork.Forward(p.Weights, p.Sample, p.Variant);
            if (!TorchRoundingBound.SamePieces(p.Variant, t, p))
            {
                otherPieces++;
                continue;
            }

            var (g, bound) = (Backprop.Of(p.Weights, p.Sample, p.Variant), TorchRoundingBound.ForGradients(p.Weights, p.Sample, p.Variant));
            foreach (var (entry, torch) in p.Gradients)
            {
                Assert.True(Math.Abs(g.For(entry) - torch) <= bound(entry), $"∂L/∂{entry} ({p.Variant}): SkipNet {g.For(entry):R}, PyTorch {torch:R}, bound {bound(entry):R}");
                compared++;
            }
        }

        return (compared, otherPieces);
    }

    // Equal as doubles: the same bits, but for the sign of a zero.
    private static bool Same(double a, double b) => a == b && !double.IsNaN(a);

    private static int KinksAt(Point point)
    {
        var t = point.Trace;
        return (t.Z0 == 0 ? 1 : 0) + (t.Z1 == 0 ? 1 : 0) + (t.YHat == point.Y ? 1 : 0);
    }

    private static Point Point(TorchExercisePoint p) => new(p.Parameters, p.Sample);

    // "kink3" → "kink", "stacked04" → "stacked".
    private static string Family(string kind) => kind.TrimEnd('0', '1', '2', '3', '4');
}
