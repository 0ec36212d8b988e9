using System.Text.RegularExpressions;
using SkipNet.Checker.Formulas.Latex;

namespace SkipNet.Checker.Tests.Formulas.Latex;

/// <summary>Every math span of the real worked example submission: which chains read, which sides are unread and why.</summary>
public sealed partial class WorkedExampleSubmissionTests
{
    // One entry per span, in order; each chain as its sides joined by relations, a read side in the formula language,
    // an unread one as ?column: reason. A leading relation marks a chain that continues the previous span's.
    private static readonly string[][] Expected =
    [
        ["z0 = w0 * x"],
        ["h0 = ?7: unknown name 'g0'"],
        ["z1 = h0 * w1"],
        ["h1 = ?7: unknown name 'g1'"],
        ["z2 = h1 * w2 + h0 * w3"],
        ["yhat = ?11: unknown name 'g2' = z2"],
        ["loss = abs(y - yhat)"],
        ["dL/dyhat = yhat > y ? -1 : yhat <= y ? 1 : (0 / 0)"],
        ["dL/dz2 = dL/dyhat * dyhat/dz2 = dL/dyhat * 1"],
        ["dL/dw3 = dL/dz2 * dz2/dw3 = dL/dyhat * 1 * h0"],
        ["dL/dw2 = dL/dz2 * dz2/dw2 = dL/dyhat * 1 * h1"],
        ["dL/dw1 = dL/dz2 * dz2/dh1 * dh1/dz1 * dz1/dw1 = z1 > 0 ? dL/dyhat * w2 * h0 : z1 <= 0 ? 0 : (0 / 0)"],
        ["dL/dz1 = z1 > 0 ? dL/dyhat * w2 : z1 <= 0 ? 0 : (0 / 0)"],
        ["dL/dw0 = dL/dh0 * dh0/dz0 * dz0/dw0", "x"],
        [],
        ["dL/dz2 * dz2/dh0 + dL/dz1 * dz1/dh0", "z0 > 0 ? 1 : z0 <= 0 ? 0 : (0 / 0)"],
        ["?1: the matrix environment is not read"],
        ["= ?39: unknown name 'w5'"],
        ["z0 = ?10: unknown name 'x1' = 1 * 0.5 = 0.5"],
        ["h0 = relu(z0) = 0.5"],
        ["z1 = h0 * w1 = 0.5 * 0.5 = 0.25"],
        ["h1 = relu(z1) = 0.25"],
        ["z2 = ?33: unknown name 'w5' = 0.25 * 0.5 + 0.5 * 0.5"],
        ["= 0.125 + 0.25 = 0.375"],
        ["yhat = ?11: unknown name 'g2' = 0.375"],
        ["loss = abs(y - yhat) = abs(3 - 0.375) = 3.375"],
        ["?1: unknown name 'dL/dy' = -1", "dL/dz2 = -1", "dL/dw2 = -1 * 1 * h1 = -0.25"],
        ["?1: unknown name 'dL/dw5' = -1 * 1 * h0 = -0.5"],
        ["dL/dw1 = ?33: unknown name 'dL/dy' = z1 > 0 ? -0.5 * 0.5 : z1 <= 0 ? 0 : (0 / 0)"],
        ["= -0.25", "«because» z1 = 0.25 > 0"],
        ["dL/dz1 = ?33: unknown name 'dL/dy' = z1 > 0 ? -0.5 : z1 <= 0 ? 0 : (0 / 0)"],
        ["= -0.5", "«because» z1 = 0.25 > 0"],
        ["dL/dw0 = ?55: unknown name 'w5'"],
        ["= z0 > 0 ? (0.5 + -0.5 * 0.5) * 1 : z0 <= 0 ? 0 : (0 / 0)"],
        ["= -0.75", "«because» z0 = 0.5 > 0"],
        ["w2 = w2 - alpha * dL/dw2 = 0.5 + 0.25 = 0.75"],
        ["w1 = 0.5 + 0.25 = 0.75", "?31: unknown name 'w5' = 0.5 + 0.5 = 1"],
        ["w0 = 0.5 + 0.75 = 1.25"],
        ["«Loss :» w0 = 1.25", "w1 = 0.75", "w2 = 0.75", "w3 = 1"],
        ["z0 = 1 * 1.25 = 1.25"],
        ["h0 = relu(1.25) = 1.25"],
        ["z1 = h0 * w1 = 1.25 * 0.75 = 0.9375"],
        ["h1 = relu(0.9375) = 0.9375"],
        ["z2 = 0.9375 * 0.75 + 1.25 * 1 = 1.95"],
        ["yhat = ?11: unknown name 'g' = z2 = 1.95"],
        ["loss = abs(y - yhat) = abs(1 - 3 - 1.95) = 4.95"],
    ];

    [Fact]
    public void Read_EverySpanOfTheSubmission_GivesExactlyTheseChains()
    {
        var spans = RealEquations.SubmissionSpans;
        Assert.Equal(Expected.Length, spans.Count);
        for (var i = 0; i < spans.Count; i++)
        {
            Assert.Equal(Expected[i], LatexMathReader.Read(spans[i], Strict).Select(Describe).ToArray());
        }
    }

    [Fact]
    public void Read_WithTheStudentsAliases_LeavesOnlyTheIdentityFunctionsAndTheMatrixUnread()
    {
        // What a later stage would alias: w5 is the skip weight w3, x1 is x, g0 and g1 are ReLU, dL/dy means dL/dŷ.
        var aliases = new Dictionary<string, string>
        {
            ["w5"] = "w3", ["x1"] = "x", ["g0"] = "relu", ["g1"] = "relu", ["dL/dy"] = "dL/dyhat", ["dL/dw5"] = "dL/dw3",
        };
        string? Resolve(string name) => aliases.TryGetValue(name, out var alias) ? alias : Strict(name);
        var chains = RealEquations.SubmissionSpans.Select(span => LatexMathReader.Read(span, Resolve)).ToList();
        Assert.Equal(
            ["the matrix environment is not read", "unknown name 'g'", "unknown name 'g2'", "unknown name 'g2'"],
            chains.SelectMany(span => span).SelectMany(chain => chain.Sides).Where(side => !side.IsRead).Select(side => side.Unread!.Reason).Order());
        // h_0 = g_0(z_0) and z_2 = h_1 w_2 + h_0 w_5, read through the aliases.
        Assert.Equal("relu(z0)", chains[1][0].Sides[1].Expr!.ToString());
        Assert.Equal("h1 * w2 + h0 * w3", chains[22][0].Sides[1].Expr!.ToString());
    }

    [Fact]
    public void Read_CasesWithTheGap_AreUndefinedAtTheWorkedPoint()
    {
        // dL/dw0 = [dL/dz2·w5 + dL/dz1·w1]·x for z0 > 1, 0 for z0 ≤ 0: at z0 = 0.5 neither case holds.
        var chain = Assert.Single(LatexMathReader.Read(RealEquations.SubmissionSpans[32], name => name == "w5" ? "w3" : Strict(name)));
        var values = new Dictionary<string, double> { ["dL/dz2"] = -1, ["w3"] = 0.5, ["dL/dz1"] = -0.5, ["w1"] = 0.5, ["x"] = 1 };
        Assert.True(double.IsNaN(LatexReading.Value(chain.Sides[1].Expr!, new Dictionary<string, double>(values) { ["z0"] = 0.5 })));
        // (−1·0.5 + −0.5·0.5)·1 = −0.75 where z0 = 2 > 1.
        Assert.Equal(-0.75, LatexReading.Value(chain.Sides[1].Expr!, new Dictionary<string, double>(values) { ["z0"] = 2 }));
    }

    // The canonical names, α, and the local partials dA/dB of the network's own quantities; nothing else.
    private static string? Strict(string name) =>
        Quantities.FormulaNames.Contains(name) || name == "alpha"
        || (LocalPartial().Match(name) is { Success: true } partial && IsQuantity(partial.Groups[1].Value) && IsQuantity(partial.Groups[2].Value))
            ? name
            : null;

    private static bool IsQuantity(string name) => Quantities.Inputs.Contains(name) || Quantities.Forward.Contains(name);

    private static string Describe(LatexChain chain)
    {
        var words = new List<string>();
        if (chain.Lead is { } lead)
        {
            words.Add($"«{lead}»");
        }

        var relations = new Queue<LatexRelation>(chain.Relations);
        for (var i = 0; i < chain.Sides.Count; i++)
        {
            if (i > 0 || chain.Continues)
            {
                words.Add(relations.Dequeue() switch { LatexRelation.Equal => "=", LatexRelation.Greater => ">", var other => other.ToString() });
            }

            var side = chain.Sides[i];
            words.Add(side.Expr is { } expr ? expr.ToString() : $"?{side.Unread!.Column}: {side.Unread.Reason}");
        }

        return string.Join(" ", words);
    }

    [GeneratedRegex(@"^d(\w+)/d(\w+)$")]
    private static partial Regex LocalPartial();
}
