using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SkipNet.Checker.Judging;

namespace SkipNet.Checker.Reporting;

/// <summary>
/// The report as JSON: {"values":[{name, claimed, correct, verdict, diagnosis}], "formulas":[{name, formula, verdict,
/// counterexample:{x, y, w0, w1, w2, w3}, claimed_at, correct_at, diagnosis}], "summary":{right, wrong, carried}}.
/// A number that is not finite is null with "KEY_undefined" beside it (<see cref="JsonNumber"/>).
/// </summary>
public static class CheckReportJson
{
    public static string Of(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var json = new JsonObject
        {
            ["values"] = new JsonArray(report.Values.Select(Value).ToArray()),
            ["formulas"] = new JsonArray(report.Formulas.Select(Formula).ToArray()),
            ["summary"] = new JsonObject { ["right"] = report.Right, ["wrong"] = report.Wrong, ["carried"] = report.Carried },
        };
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonNode Value(ValueJudgement v)
    {
        var json = new JsonObject { ["name"] = v.Name };
        JsonNumber.Add(json, "claimed", double.TryParse(v.Claimed, NumberStyles.Float, CultureInfo.InvariantCulture, out var claimed) ? claimed : double.NaN);
        JsonNumber.Add(json, "correct", v.Correct);
        json["verdict"] = Name(v.Verdict);
        json["diagnosis"] = v.Diagnosis;
        return json;
    }

    private static JsonNode Formula(FormulaJudgement f)
    {
        var json = new JsonObject
        {
            ["name"] = f.Name,
            ["formula"] = f.Formula,
            ["verdict"] = Name(f.Verdict),
            ["counterexample"] = f.CounterexampleSample is { } s && f.CounterexampleWeights is { } w
                ? JsonNumber.Object(("x", s.X), ("y", s.Y), ("w0", w.W0), ("w1", w.W1), ("w2", w.W2), ("w3", w.W3))
                : null,
        };
        JsonNumber.Add(json, "claimed_at", f.ClaimedAt);
        JsonNumber.Add(json, "correct_at", f.CorrectAt);
        json["diagnosis"] = f.Diagnosis;
        return json;
    }

    private static string Name(Verdict verdict) => verdict.ToString().ToLowerInvariant();
}
