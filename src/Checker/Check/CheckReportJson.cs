using System.Text.Json;
using System.Text.Json.Nodes;

namespace SkipNet.Checker.Check;

/// <summary>
/// The report as JSON: {"values":[{name, claimed, correct, verdict, diagnosis}], "formulas":[{name, formula, verdict,
/// counterexample:{x, y, w0, w1, w2, w3}, claimed_at, correct_at, diagnosis}], "summary":{right, wrong, carried}}.
/// </summary>
public static class CheckReportJson
{
    public static string Of(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var json = new JsonObject
        {
            ["values"] = new JsonArray(report.Values.Select(v => (JsonNode)new JsonObject
            {
                ["name"] = v.Name,
                ["claimed"] = double.Parse(v.Claimed, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture),
                ["correct"] = v.Correct,
                ["verdict"] = Name(v.Verdict),
                ["diagnosis"] = v.Diagnosis,
            }).ToArray()),
            ["formulas"] = new JsonArray(report.Formulas.Select(f => (JsonNode)new JsonObject
            {
                ["name"] = f.Name,
                ["formula"] = f.Formula,
                ["verdict"] = Name(f.Verdict),
                ["counterexample"] = f.CounterexampleSample is { } s && f.CounterexampleWeights is { } w
                    ? new JsonObject { ["x"] = s.X, ["y"] = s.Y, ["w0"] = w.W0, ["w1"] = w.W1, ["w2"] = w.W2, ["w3"] = w.W3 }
                    : null,
                ["claimed_at"] = f.ClaimedAt,
                ["correct_at"] = f.CorrectAt,
                ["diagnosis"] = f.Diagnosis,
            }).ToArray()),
            ["summary"] = new JsonObject { ["right"] = report.Right, ["wrong"] = report.Wrong, ["carried"] = report.Carried },
        };
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static string Name(Verdict verdict) => verdict.ToString().ToLowerInvariant();
}
