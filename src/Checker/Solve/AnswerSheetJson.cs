using System.Text.Json;
using SkipNet.Checker.Json;

namespace SkipNet.Checker.Solve;

/// <summary>
/// The answer sheet as one JSON object (<see cref="AnswerSheetDocument"/>): given, forward, gradients, updated, second,
/// kinks. Numbers are JSON numbers written round-trip precise. A sheet worked with any activation or loss but the
/// exercise's ReLU and L1 adds one top-level object, "variant": {"activation", "slope" (leaky ReLU only), "loss",
/// "delta" (Huber only)}; the other keys keep their names and meanings.
/// </summary>
public static class AnswerSheetJson
{
    public static string Of(AnswerSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var (given, t, g, u, t2) = (sheet.Given, sheet.Forward, sheet.Gradients, sheet.Updated, sheet.Second);
        var (s, w) = (given.Sample, given.Weights);
        var document = new AnswerSheetDocument(
            new SheetGiven(s.X, s.Y, w.W0, w.W1, w.W2, w.W3, given.LearningRate),
            new SheetForward(t.Z0, t.H0, t.Z1, t.H1, t.Z2, t.YHat, t.Loss),
            new SheetGradients(g.DLdYHat, g.DLdZ2, g.DLdW2, g.DLdW3, g.DLdH1, g.DLdZ1, g.DLdW1, g.DLdH0, g.DLdZ0, g.DLdW0),
            new SheetWeights(u.W0, u.W1, u.W2, u.W3),
            new SheetSecond(t2.YHat, t2.Loss),
            sheet.Kinks,
            VariantJson.Unless(sheet.Variant));
        return JsonSerializer.Serialize(document, JsonOutput.Default.AnswerSheetDocument);
    }
}
