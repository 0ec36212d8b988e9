using SkipNet.Checker.Formulas;
using SkipNet.Checker.Formulas.Latex;
using SkipNet.Checker.Solve;
using SkipNet.Reference.Variants;
using SkipNet.Checker.Reading.Documents;

namespace SkipNet.Checker.Tests.Formulas.Latex;

/// <summary>The LaTeX answer sheets of <c>skipnet solve --format latex</c> read back cleanly and consistently.</summary>
public sealed class AnswerSheetReadBackTests
{
    public static TheoryData<int> VariantIndices => [.. Enumerable.Range(0, RealEquations.Variants.Count)];

    [Theory]
    [MemberData(nameof(VariantIndices))]
    public void Read_EverySheetRow_ReadsEverySide(int variant)
    {
        var rows = Rows(RealEquations.Variants[variant]);
        var unread = rows.SelectMany(row => LatexMathReader.Read(row, name => name).SelectMany(chain => chain.Sides)
            .Where(side => !side.IsRead).Select(side => $"{row} @{side.Unread!.Column}: {side.Unread.Reason}"));
        Assert.Empty(unread);
        Assert.True(rows.Count > 20, $"only {rows.Count} rows");
    }

    [Theory]
    [MemberData(nameof(VariantIndices))]
    public void Read_EverySideOfASheetRow_HasTheRowsValue(int variant)
    {
        var sheet = AnswerSheet.For(Given.WorkedExample with { Variant = RealEquations.Variants[variant] });
        var values = ValuesOf(sheet);
        var compared = 0;
        foreach (var chain in Rows(RealEquations.Variants[variant]).SelectMany(row => LatexMathReader.Read(row, name => name)))
        {
            var evaluable = chain.Sides.Where(side => DocumentReader.Names(side.Expr!).All(values.ContainsKey)).ToList();
            if (evaluable.Count < 2)
            {
                continue;
            }

            var expected = FormulaEvaluator.Evaluate(evaluable[^1].Expr!, name => values[name]);
            foreach (var side in evaluable)
            {
                var actual = FormulaEvaluator.Evaluate(side.Expr!, name => values[name]);
                Assert.True(Math.Abs(actual - expected) <= 1e-12 * Math.Max(1, Math.Abs(expected)), $"{LatexPrinter.Print(side.Expr!)} = {actual}, not {expected}");
                compared++;
            }
        }

        // Every step of the sheet has a formula side, a working side and a result: at least 3 × 20 sides.
        Assert.True(compared >= 60, $"only {compared} sides compared");
    }

    private static IReadOnlyList<string> Rows(Variant variant) =>
        [.. RealEquations.RowsOf(AnswerSheetRenderer.Latex(AnswerSheet.For(Given.WorkedExample with { Variant = variant })))];

    // Every name a sheet writes, by the spelling the reader passes on.
    private static Dictionary<string, double> ValuesOf(AnswerSheet sheet)
    {
        var (given, t, g, u, t2) = (sheet.Given, sheet.Forward, sheet.Gradients, sheet.Updated, sheet.Second);
        return new Dictionary<string, double>
        {
            ["x"] = given.Sample.X, ["y"] = given.Sample.Y, ["w0"] = given.Weights.W0, ["w1"] = given.Weights.W1,
            ["w2"] = given.Weights.W2, ["w3"] = given.Weights.W3, ["alpha"] = given.LearningRate,
            ["delta"] = given.Variant.Loss.Delta, ["slope"] = given.Variant.Activation.Slope,
            ["z0"] = t.Z0, ["h0"] = t.H0, ["z1"] = t.Z1, ["h1"] = t.H1, ["z2"] = t.Z2, ["yhat"] = t.YHat, ["loss"] = t.Loss,
            ["dL/dyhat"] = g.DLdYHat, ["dL/dz2"] = g.DLdZ2, ["dL/dw2"] = g.DLdW2, ["dL/dw3"] = g.DLdW3, ["dL/dh1"] = g.DLdH1,
            ["dL/dz1"] = g.DLdZ1, ["dL/dw1"] = g.DLdW1, ["dL/dh0"] = g.DLdH0, ["dL/dz0"] = g.DLdZ0, ["dL/dw0"] = g.DLdW0,
            ["w0'"] = u.W0, ["w1'"] = u.W1, ["w2'"] = u.W2, ["w3'"] = u.W3, ["yhat'"] = t2.YHat, ["loss'"] = t2.Loss,
        };
    }
}
