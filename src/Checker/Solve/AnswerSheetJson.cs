using System.Text.Json;
using System.Text.Json.Nodes;
using SkipNet.Reference.Variants;

namespace SkipNet.Checker.Solve;

/// <summary>
/// The answer sheet as one JSON object: given, forward, gradients, updated, second, kinks. Numbers are JSON numbers
/// written round-trip precise. A sheet worked with any activation or loss but the exercise's ReLU and L1 adds one
/// top-level object, "variant": {"activation", "slope" (leaky ReLU only), "loss", "delta" (Huber only)}; the other keys
/// keep their names and meanings.
/// </summary>
public static class AnswerSheetJson
{
    public static string Of(AnswerSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var (given, t, g, u, t2) = (sheet.Given, sheet.Forward, sheet.Gradients, sheet.Updated, sheet.Second);
        var json = new JsonObject
        {
            ["given"] = new JsonObject
            {
                ["x"] = given.Sample.X, ["y"] = given.Sample.Y,
                ["w0"] = given.Weights.W0, ["w1"] = given.Weights.W1, ["w2"] = given.Weights.W2, ["w3"] = given.Weights.W3,
                ["lr"] = given.LearningRate,
            },
            ["forward"] = new JsonObject
            {
                ["z0"] = t.Z0, ["h0"] = t.H0, ["z1"] = t.Z1, ["h1"] = t.H1, ["z2"] = t.Z2, ["yhat"] = t.YHat, ["loss"] = t.Loss,
            },
            ["gradients"] = new JsonObject
            {
                ["dL/dyhat"] = g.DLdYHat, ["dL/dz2"] = g.DLdZ2, ["dL/dw2"] = g.DLdW2, ["dL/dw3"] = g.DLdW3,
                ["dL/dh1"] = g.DLdH1, ["dL/dz1"] = g.DLdZ1, ["dL/dw1"] = g.DLdW1, ["dL/dh0"] = g.DLdH0,
                ["dL/dz0"] = g.DLdZ0, ["dL/dw0"] = g.DLdW0,
            },
            ["updated"] = new JsonObject { ["w0"] = u.W0, ["w1"] = u.W1, ["w2"] = u.W2, ["w3"] = u.W3 },
            ["second"] = new JsonObject { ["yhat"] = t2.YHat, ["loss"] = t2.Loss },
            ["kinks"] = new JsonArray(sheet.Kinks.Select(k => (JsonNode?)JsonValue.Create(k)).ToArray()),
        };
        if (sheet.Variant != Variant.Exercise)
        {
            json["variant"] = VariantJson.Of(sheet.Variant);
        }

        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
